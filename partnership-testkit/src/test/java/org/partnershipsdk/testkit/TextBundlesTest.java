package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextBundlesTest {
  @Test
  void aBundleIsReadInUtf8(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("rules_es.properties");
    Files.writeString(file, "rule.message={title} no tiene resumen; ¿y la evaluación?\n", StandardCharsets.UTF_8);

    assertThat(TextBundles.read(file).getProperty("rule.message"))
        .isEqualTo("{title} no tiene resumen; ¿y la evaluación?");
  }

  @Test
  void placeholdersAreNamedSortedAndOnce() {
    assertThat(TextBundles.placeholders("{rule} failed on {subject}: {rule} {}"))
        .containsExactly("rule", "subject");
  }

  @Test
  void aMissingBundleNamesItsFile(@TempDir Path folder) {
    Path missing = folder.resolve("none.properties");

    assertThatThrownBy(() -> TextBundles.read(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }
}

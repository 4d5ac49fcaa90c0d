package org.partnershipsdk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalogues in the jar are what the texts and code lists render, in every shipped language.
 * After changing a text, run with {@code -Dpartnership.updateDocs=true} and commit the files.
 */
class CataloguesTest {
  private static final Path FOLDER = Path.of("src/main/resources/partnership-sdk/catalogues");
  private static final Texts CORE = org.partnershipsdk.core.internal.Texts.CORE;

  @Test
  void theShippedCataloguesAreTheTextsAndCodeListsOfEachLanguage() throws IOException {
    Files.createDirectories(FOLDER);
    for (Locale language : Texts.LANGUAGES) {
      check("messages_" + language.getLanguage() + ".json", Catalogues.json(Catalogues.messages(CORE, language)));
      check("codes_" + language.getLanguage() + ".json", Catalogues.json(Catalogues.codeLists(language)));
    }
    assertThat(Catalogues.codeLists(Locale.forLanguageTag("es")).get("stage")).containsEntry("implementation", "Ejecución");
    assertThat(Catalogues.messages(CORE, Locale.FRENCH)).containsEntry("value.required", "Une valeur est obligatoire");
    try (InputStream in = Catalogues.class.getResourceAsStream("/partnership-sdk/catalogues/codes_es.json")) {
      assertThat(in).as("the catalogues are in the jar, outside any package").isNotNull();
    }
  }

  @Test
  void textsAreEscapedAsJsonStrings() {
    assertThat(Catalogues.json(Map.of("a\"b", "line\nnext \\ \u0001")))
        .isEqualTo("{\n  \"a\\\"b\": \"line\\nnext \\\\ \\u0001\"\n}\n");
  }

  private static void check(String name, String rendered) throws IOException {
    Path file = FOLDER.resolve(name);
    if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(file)) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", name).isEqualTo(rendered);
  }
}

package org.partnershipsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/core/texts");

  @Test
  void fillsNamedPlaceholdersAndLeavesUnknownOnesAsWritten() {
    assertThat(Texts.fill("from {start} to {end} ({unknown})", Map.of("start", "2015", "end", 2018)))
        .isEqualTo("from 2015 to 2018 ({unknown})");
    assertThat(Texts.fill("no placeholder", Map.of("x", 1))).isEqualTo("no placeholder");
    assertThat(Texts.fill("dangling {brace", Map.of("x", 1))).isEqualTo("dangling {brace");
  }

  @Test
  void picksFrenchForFrenchLocalesAndEnglishOtherwise() {
    assertThat(Texts.text("value.blank", Locale.CANADA_FRENCH)).isEqualTo("Ne doit pas être vide");
    assertThat(Texts.text("value.blank", Locale.GERMANY)).isEqualTo("Must not be blank");
    assertThat(Texts.text("no.such.code", Locale.FRENCH)).isEqualTo("no.such.code");
  }

  @Test
  void everyTextExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
    try (Stream<Path> files = Files.list(TEXTS)) {
      for (Path en : files.filter(p -> p.toString().endsWith("_en.properties")).toList()) {
        Path fr = Path.of(en.toString().replace("_en.properties", "_fr.properties"));
        Properties english = load(en);
        Properties french = load(fr);
        assertThat(french.stringPropertyNames()).as(fr.toString()).isEqualTo(english.stringPropertyNames());
        for (String code : english.stringPropertyNames()) {
          assertThat(placeholders(french.getProperty(code))).as(code)
              .isEqualTo(placeholders(english.getProperty(code)));
          assertThat(Texts.has(code)).as("%s is loaded: is its area listed in Texts?", code).isTrue();
        }
      }
    }
  }

  private static java.util.Set<String> placeholders(String text) {
    var matcher = java.util.regex.Pattern.compile("\\{([a-zA-Z0-9]+)}").matcher(text);
    var names = new java.util.TreeSet<String>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}

package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.text.Catalogues;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.json.internal.JsonTexts;

/** Every message of the JSON module is shipped in French and Spanish, and read in the reader's language. */
class JsonTextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/json/texts");

  @Test
  void everyMessageHasAFrenchAndASpanishText() throws IOException {
    Properties english = load(TEXTS.resolve("json.properties"));
    for (String language : new String[] {"fr", "es"}) {
      Set<String> missing = new TreeSet<>(english.stringPropertyNames());
      missing.removeAll(load(TEXTS.resolve("json_" + language + ".properties")).stringPropertyNames());
      assertThat(missing).as("keys of json.properties without a text in json_%s.properties", language).isEmpty();
    }
  }

  @Test
  void aReadProblemIsToldInSpanish() {
    JsonReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> PartnershipJson.create().read(DocumentType.ORGANISATION, "{\"type\":"), JsonReadException.class);

    assertThat(e.problems().get(0).message(Locale.forLanguageTag("es-SV")))
        .isEqualTo("El documento no es JSON bien formado");
    assertThat(e.problems().get(0).message(Locale.FRENCH)).isEqualTo(e.problems().get(0).frenchMessage());
  }

  /** The JSON module's messages ship as catalogues too: partnership-sdk/catalogues/json-messages_LANG.json. */
  @Test
  void theShippedCataloguesAreTheMessagesOfEachLanguage() throws IOException {
    Path folder = Path.of("src/main/resources/partnership-sdk/catalogues");
    Files.createDirectories(folder);
    for (Locale language : Texts.LANGUAGES) {
      String rendered = Catalogues.json(Catalogues.messages(JsonTexts.JSON, language));
      Path file = folder.resolve("json-messages_" + language.getLanguage() + ".json");
      if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(file)) {
        Files.writeString(file, rendered, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", file).isEqualTo(rendered);
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}

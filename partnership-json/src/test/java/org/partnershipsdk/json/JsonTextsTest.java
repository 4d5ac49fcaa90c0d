package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.text.Catalogues;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.json.internal.JsonTexts;
import org.partnershipsdk.testkit.TextBundles;

/** Every message of the JSON module is shipped in French and Spanish, and read in the reader's language. */
class JsonTextsTest {
  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/json/texts");
  private static final Locale SPANISH = Locale.forLanguageTag("es-SV");

  @Test
  void aReadFailureSpeaksTheReadersLanguage() {
    JsonReadException malformed = catchThrowableOfType(JsonReadException.class,
        () -> PartnershipJson.create().read(DocumentType.ORGANISATION, "{\"type\": "));
    assertThat(malformed.getMessage(Locale.forLanguageTag("es"))).contains("El documento no es JSON bien formado");
    assertThat(malformed.getMessage(Locale.FRENCH)).contains("Le document n'est pas du JSON bien formé");
    assertThat(malformed.getMessage()).contains("The document is not well-formed JSON");
  }

  @Test
  void everyMessageHasAFrenchAndASpanishText() throws IOException {
    Properties english = TextBundles.read(TEXTS.resolve("json.properties"));
    for (String language : new String[] {"fr", "es"}) {
      Set<String> missing = new TreeSet<>(english.stringPropertyNames());
      missing.removeAll(TextBundles.read(TEXTS.resolve("json_" + language + ".properties")).stringPropertyNames());
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

  /** Each failure to write is told in the reader's language, Spanish included, from the module's texts. */
  @Test
  void aWriteFailureIsToldInSpanish() {
    Organisation built = Organisation.builder().id(OrganisationId.of("o")).name("O")
        .putUnknownProperty("note", "1 2").build();
    JsonWriteException invalid = catchThrowableOfType(JsonWriteException.class,
        () -> PartnershipJson.create().write(DocumentType.ORGANISATION, built));
    assertThat(invalid.code()).isEqualTo(JsonWriteException.UNKNOWN_PROPERTY_INVALID);
    assertThat(invalid.getMessage(SPANISH)).isEqualTo("La propiedad desconocida \"note\" no puede escribirse: su valor"
        + " no es un único valor JSON, o un nombre que contiene no es texto");
    assertThat(invalid.getMessage(Locale.FRENCH)).isEqualTo("La propriété inconnue « note » ne peut pas être écrite :"
        + " sa valeur n'est pas une valeur JSON, ou un nom qu'elle contient n'est pas du texte");
    assertThat(invalid.getMessage()).isEqualTo(invalid.getMessage(Locale.ENGLISH)).isEqualTo("The unknown property"
        + " \"note\" cannot be written: its value is not one JSON value, or a name in it is not text");

    IOException full = new IOException("disk full");
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw full;
      }
    };
    JsonWriteException failed = catchThrowableOfType(JsonWriteException.class,
        () -> PartnershipJson.create().write(DocumentType.ORGANISATION,
            Organisation.builder().id(OrganisationId.of("o")).name("O").build(), failing));
    assertThat(failed.code()).isEqualTo(JsonWriteException.WRITE_FAILED);
    assertThat(failed.getMessage(SPANISH)).isEqualTo("No se pudo escribir el documento: IOException: disk full");
    assertThat(failed.getMessage(Locale.FRENCH)).isEqualTo("Le document n'a pas pu être écrit : IOException: disk full");
    assertThat(failed.getCause()).isSameAs(full);

    JsonWriteException closed = closedWriterFailure();
    assertThat(closed.code()).isEqualTo(JsonWriteException.WRITER_CLOSED);
    assertThat(closed.getMessage(SPANISH)).isEqualTo("El escritor de elementos está cerrado: no puede escribirse nada más");
    assertThat(closed.getMessage(Locale.ENGLISH)).isEqualTo("The item writer is closed: nothing more can be written");
    assertThat(closed.getCause()).isNull();
  }

  /** A user's bundle words a write failure their way, even for an exception thrown before it was registered. */
  @Test
  void aWriteFailureIsToldAsAUsersBundleWordsIt() {
    JsonWriteException closed = closedWriterFailure();
    Texts.addBundle("acme-json.texts", JsonTextsTest.class.getClassLoader());
    try {
      assertThat(closed.getMessage(SPANISH)).isEqualTo("El escritor ya se cerró");
      assertThat(closed.getMessage(Locale.FRENCH)).isEqualTo("L'écriture élément par élément est close : plus rien ne"
          + " peut être écrit");
    } finally {
      assertThat(Texts.removeBundle("acme-json.texts")).isTrue();
    }
  }

  private static JsonWriteException closedWriterFailure() {
    JsonItemWriter<Initiative> writer = PartnershipJson.create()
        .writeItems(ItemList.PORTFOLIO_INITIATIVES, Portfolio.empty(), new StringWriter());
    writer.close();
    return catchThrowableOfType(JsonWriteException.class,
        () -> writer.write(Initiative.builder().id(InitiativeId.of("i-1")).build()));
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
}

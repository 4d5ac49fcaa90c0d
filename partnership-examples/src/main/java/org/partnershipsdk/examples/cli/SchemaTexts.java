package org.partnershipsdk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The {@code schema} command: the JSON Schema of a document type, or of the check report. */
final class SchemaTexts {
  static final String DEFAULT_DOCUMENT = "portfolio";

  static final CliText NOT_AVAILABLE = CliText.of(
      "The JSON Schema of the document type \"{document}\" is not available in this build",
      "Le schéma JSON du type de document « {document} » n'est pas disponible dans cette version");

  private SchemaTexts() {}

  /** @return the schema's text, when there is one by that name */
  static Optional<String> schema(String document) {
    if (document.equals(JsonReport.TYPE)) {
      return Optional.of(resource("check-report.schema.json"));
    }
    return Optional.empty();
  }

  static String notAvailable(String document, Locale locale) {
    return NOT_AVAILABLE.in(locale, "document", document);
  }

  private static String resource(String name) {
    try (InputStream in = SchemaTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

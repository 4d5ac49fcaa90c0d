package org.partnershipsdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipsdk.json.DocumentType;

/**
 * The {@code schema} command: the JSON Schema of a document type, from a {@link SchemaSource}, or
 * of the check report, shipped with the checker.
 */
final class SchemaTexts {
  static final String DEFAULT_DOCUMENT = "portfolio";

  private static final CliText UNKNOWN = CliText.of("cli.schema.document.unknown");

  private final SchemaSource source;

  SchemaTexts(SchemaSource source) {
    this.source = source;
  }

  /**
   * @return the schema's text
   * @throws CliUsageException if {@code document} is neither a document type nor {@code check-report}
   */
  String schema(String document) {
    if (document.equals(JsonReport.TYPE)) {
      return resource("check-report.schema.json");
    }
    DocumentType<?> type = Documents.byName(document).orElseThrow(() -> CliUsageException.of(
        CliUsageException.DOCUMENT_UNKNOWN, UNKNOWN, Map.of("document", document, "names", names())));
    return source.schema(type);
  }

  private static String names() {
    return Stream.concat(Documents.TYPES.stream().map(DocumentType::name), Stream.of(JsonReport.TYPE))
        .collect(Collectors.joining(", "));
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

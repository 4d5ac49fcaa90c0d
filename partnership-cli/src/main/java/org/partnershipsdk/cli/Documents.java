package org.partnershipsdk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a file as a document of the type asked for ({@code --type}), or else of whatever type its
 * envelope names. Without a type asked for, the envelope's {@code type} is looked at first, with the
 * JSON module's hardened mapper; the document is then read by the JSON module as that type, so that
 * every failure is the module's {@link JsonReadException}, with its code, JSON Pointer, line and
 * column. A file of another type than the one asked for is the module's
 * {@code json.document-type.mismatch}.
 */
final class Documents {
  /** The document types the checker reads. */
  static final List<DocumentType<?>> TYPES = DocumentType.values();

  private static final CliText UNKNOWN_TYPE = CliText.of("cli.file.type-unknown");

  private static final CliText BAD_PATH = CliText.of("cli.file.name-invalid");
  private static final CliText NOT_FOUND = CliText.of("cli.file.not-found");
  private static final CliText NOT_A_FILE = CliText.of("cli.file.folder");
  private static final int MAX_SHOWN = 64;

  private Documents() {}

  /** The failure of a file name the file system rejects, such as one holding a NUL character. */
  static JsonReadException invalidPath(java.nio.file.InvalidPathException e) {
    return new JsonReadException(JsonReadException.IO,
        List.of(JsonProblem.of(JsonReadException.IO, "", 0, 0, BAD_PATH.filled(Map.of("reason", e.getReason())))),
        null);
  }

  /**
   * The failure of a file that is not there (or is a folder), said in the user's words rather than
   * as the file system's exception: {@code file not found: PATH}.
   */
  static JsonReadException notFound(Path file) {
    var text = (java.nio.file.Files.isDirectory(file) ? NOT_A_FILE : NOT_FOUND).filled(Map.of("path", file));
    return new JsonReadException(JsonReadException.IO,
        List.of(JsonProblem.of(JsonReadException.IO, "", 0, 0, text)), null);
  }

  static DocumentLoader.Loaded load(Path file, PartnershipJson json, Optional<DocumentType<?>> asked) {
    // Not regular files only: a device or a pipe (/dev/stdin, /dev/zero) is read as a stream.
    if (!java.nio.file.Files.exists(file) || java.nio.file.Files.isDirectory(file)) {
      throw notFound(file);
    }
    if (asked.isPresent()) {
      return new DocumentLoader.Loaded(asked.get().name(), json.read(asked.get(), file));
    }
    Optional<Envelope> envelope = envelope(file);
    // Read as the first type when the envelope could not be looked at: the module then says why.
    DocumentType<?> type = TYPES.get(0);
    if (envelope.isPresent()) {
      type = byName(envelope.get().type()).orElseThrow(() -> unknown(envelope.get()));
    }
    return new DocumentLoader.Loaded(type.name(), json.read(type, file));
  }

  static Optional<DocumentType<?>> byName(String name) {
    return TYPES.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  private static JsonReadException unknown(Envelope envelope) {
    String expected = TYPES.stream().map(DocumentType::name).collect(Collectors.joining(", "));
    String found = envelope.type().length() > MAX_SHOWN ? envelope.type().substring(0, MAX_SHOWN) + "…" : envelope.type();
    Map<String, Object> arguments = Map.of("found", found, "expected", expected);
    return new JsonReadException(JsonReadException.DOCUMENT_TYPE_MISMATCH, List.of(JsonProblem.of(
        JsonReadException.DOCUMENT_TYPE_MISMATCH, "/type", envelope.line(), envelope.column(),
        UNKNOWN_TYPE.filled(arguments))), null);
  }

  /** The envelope's type and where it is; empty when the file is not an object with a string type. */
  private static Optional<Envelope> envelope(Path file) {
    try (JsonParser parser = PartnershipJson.mapper().createParser(file)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("type") && value == JsonToken.VALUE_STRING) {
          return Optional.of(new Envelope(parser.getString(), parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr()));
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  private record Envelope(String type, int line, int column) {}
}

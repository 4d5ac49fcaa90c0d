package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonWriteException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a document: {@code {"type": ..., "schemaVersion": "1.0", "data": {...}}}, the envelope
 * first so that streaming readers find it before the data; through the hardened mapper, or the
 * {@linkplain Redaction redacting} one. Not for public use.
 *
 * @param indented whether the output is indented (two spaces, {@code \n}) rather than compact
 * @param mapper the mapper that writes the data
 */
public record DocumentWriter(boolean indented, JsonMapper mapper) {

  /** @param indented whether the output is indented rather than compact */
  public DocumentWriter(boolean indented) {
    this(indented, HardenedMapper.mapper());
  }

  /**
   * @param indented whether the output is indented rather than compact
   * @return a writer with personal data redacted
   */
  public static DocumentWriter redacting(boolean indented) {
    return new DocumentWriter(indented, Redaction.mapper());
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if the target fails or an unknown property is not JSON
   */
  public <T> void write(DocumentType<T> type, T value, Writer out) {
    require(out);
    ObjectWriter writer = writer();
    run(() -> {
      try (JsonGenerator generator = writer.createGenerator(out)) {
        write(type, value, generator, writer);
      }
    });
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write, in UTF-8; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if the target fails or an unknown property is not JSON
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    require(out);
    ObjectWriter writer = writer();
    run(() -> {
      try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)) {
        write(type, value, generator, writer);
      }
    });
  }

  /**
   * Writes into Jackson's segmented buffer rather than a growing array, which copies the whole
   * document at each doubling (half the bytes a portfolio's write allocated).
   *
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the document in UTF-8
   */
  public <T> byte[] writeBytes(DocumentType<T> type, T value) {
    ByteArrayBuilder out = new ByteArrayBuilder();
    write(type, value, out);
    byte[] bytes = out.toByteArray();
    out.release();
    return bytes;
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the document
   */
  public <T> String write(DocumentType<T> type, T value) {
    StringWriter out = new StringWriter();
    write(type, value, out);
    return out.toString();
  }

  private ObjectWriter writer() {
    ObjectWriter writer = mapper.writer();
    return indented ? writer.with(HardenedMapper.prettyPrinter()) : writer;
  }

  private static void require(Object out) {
    if (out == null) {
      throw new IncompleteValueException("out");
    }
  }

  private static <T> void write(DocumentType<T> type, T value, JsonGenerator generator, ObjectWriter writer) {
    if (type == null) {
      throw new IncompleteValueException("type");
    }
    if (value == null) {
      throw new IncompleteValueException("value");
    }
    generator.writeStartObject();
    generator.writeStringProperty(DocumentReader.TYPE, type.name());
    generator.writeStringProperty(DocumentReader.SCHEMA_VERSION, SchemaVersions.CURRENT);
    generator.writeName(DocumentReader.DATA);
    writer.writeValue(generator, value);
    generator.writeEndObject();
  }

  /**
   * Runs a write, turning any failure into a {@link JsonWriteException}.
   *
   * @param writing the write
   */
  static void run(Runnable writing) {
    try {
      writing.run();
    } catch (JacksonException failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof JsonWriteException invalid) {
          throw invalid;
        }
      }
      throw failed(failure instanceof JacksonIOException && failure.getCause() != null ? failure.getCause() : failure);
    } catch (UncheckedIOException failure) {
      throw failed(failure.getCause());
    }
  }

  /**
   * @param cause why writing failed
   * @return a {@code json.write.failed} exception
   */
  static JsonWriteException failed(Throwable cause) {
    Map<String, Object> arguments = Map.of("reason", cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    return new JsonWriteException(JsonWriteException.WRITE_FAILED, arguments, cause);
  }

  /**
   * @param cause an I/O failure
   * @return a {@code json.write.failed} exception
   */
  public static JsonWriteException failed(IOException cause) {
    return failed((Throwable) cause);
  }
}

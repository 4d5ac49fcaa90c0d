package org.partnershipsdk.json.internal;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonWriteException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a document as {@link DocumentWriter} does, through the {@linkplain Redaction redacting}
 * mapper. Not for public use.
 *
 * @param indented whether the output is indented (two spaces, {@code \n}) rather than compact
 */
public record RedactedDocumentWriter(boolean indented) {

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if the target fails
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
   * @throws JsonWriteException if the target fails
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

  private static void require(Object out) {
    if (out == null) {
      throw new IncompleteValueException("out");
    }
  }

  private ObjectWriter writer() {
    ObjectWriter writer = Redaction.mapper().writer();
    return indented ? writer.with(HardenedMapper.prettyPrinter()) : writer;
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

  private static void run(Runnable writing) {
    try {
      writing.run();
    } catch (JacksonException failure) {
      throw DocumentWriter.failed(failure instanceof JacksonIOException && failure.getCause() != null
          ? failure.getCause() : failure);
    } catch (UncheckedIOException failure) {
      throw DocumentWriter.failed(failure.getCause());
    }
  }
}

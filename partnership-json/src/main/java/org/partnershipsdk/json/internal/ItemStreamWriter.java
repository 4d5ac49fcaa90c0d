package org.partnershipsdk.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonWriteException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a document whose one list is given item by item, in bounded memory. The document's other
 * properties are written from a value whose list is empty: those declared before the list first,
 * then the items as they come, then on {@link #close()} the properties declared after the list and
 * the unknown ones. The bytes are therefore exactly those of the whole document written at once.
 * Not for public use.
 *
 * @param <T> the items' model type
 */
public final class ItemStreamWriter<T> implements Closeable {
  /** Reads back the SDK's own output: no limit is needed, and none must refuse what was written. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
          .maxDocumentLength(-1).maxTokenCount(-1).maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build())
      .build();

  private final JsonGenerator generator;
  private final Closeable owned;
  private final ObjectWriter writer;
  private final String property;
  private final JsonParser rest;
  private boolean listStarted;
  private boolean closed;
  private long count;

  private ItemStreamWriter(JsonGenerator generator, Closeable owned, ObjectWriter writer, String property,
      JsonParser rest) {
    this.generator = generator;
    this.owned = owned;
    this.writer = writer;
    this.property = property;
    this.rest = rest;
  }

  /**
   * Opens the target and writes the envelope and the properties declared before the list.
   *
   * @param type the document type
   * @param property the list property of {@code data}, such as {@code initiatives}
   * @param others the document's value, its list empty
   * @param target a {@link Path} (created or replaced), an {@link OutputStream} (UTF-8) or a
   *     {@link Writer}; a stream or writer is flushed on close, never closed
   * @param indented whether the output is indented
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the writer, ready for the first item
   * @throws JsonWriteException if the target fails
   */
  public static <D, T> ItemStreamWriter<T> open(DocumentType<D> type, String property, D others, Object target,
      boolean indented) {
    if (others == null) {
      throw new IncompleteValueException("value");
    }
    ObjectWriter writer = indented ? HardenedMapper.mapper().writer().with(HardenedMapper.prettyPrinter())
        : HardenedMapper.mapper().writer();
    // The other properties, as compact JSON, to be copied before and after the list.
    StringBuilder data = new StringBuilder();
    DocumentWriter.run(() -> data.append(HardenedMapper.mapper().writeValueAsString(others)));
    OutputStream file = null;
    try {
      JsonGenerator generator;
      if (target instanceof Path path) {
        file = Files.newOutputStream(path);
        generator = writer.createGenerator(file, JsonEncoding.UTF8);
      } else if (target instanceof OutputStream out) {
        generator = writer.createGenerator(out, JsonEncoding.UTF8);
      } else {
        generator = writer.createGenerator((Writer) target);
      }
      JsonParser rest = FACTORY.createParser(ObjectReadContext.empty(), data.toString());
      ItemStreamWriter<T> items = new ItemStreamWriter<>(generator, file, writer, property, rest);
      items.start(type, before(type, property));
      return items;
    } catch (IOException e) {
      throw DocumentWriter.failed(e);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
  }

  /**
   * @param item the next item of the list
   * @throws JsonWriteException if the target fails, or the writer is closed
   */
  public void write(T item) {
    if (closed) {
      throw closedWriter();
    }
    if (item == null) {
      throw new IncompleteValueException("item");
    }
    DocumentWriter.run(() -> {
      if (!listStarted) {
        generator.writeName(property);
        generator.writeStartArray();
        listStarted = true;
      }
      writer.writeValue(generator, item);
    });
    count++;
  }

  /** @return how many items were written */
  public long count() {
    return count;
  }

  /**
   * Ends the list, writes the rest of the document and flushes it; closes the file when the writer
   * opened one. Closing twice does nothing.
   *
   * @throws JsonWriteException if the target fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      DocumentWriter.run(() -> {
        if (listStarted) {
          generator.writeEndArray();
        }
        // The parser stands at the first property after the list, or at the end of data.
        for (JsonToken token = rest.currentToken(); token == JsonToken.PROPERTY_NAME; token = rest.nextToken()) {
          generator.writeName(rest.currentName());
          rest.nextToken();
          RawJson.copy(rest, generator);
        }
        generator.writeEndObject();
        generator.writeEndObject();
        generator.close();
      });
      if (owned != null) {
        owned.close();
      }
    } catch (IOException e) {
      throw DocumentWriter.failed(e);
    } finally {
      rest.close();
      closeQuietly(owned);
    }
  }

  private void start(DocumentType<?> type, Set<String> before) {
    DocumentWriter.run(() -> {
      generator.writeStartObject();
      generator.writeStringProperty(DocumentReader.TYPE, type.name());
      generator.writeStringProperty(DocumentReader.SCHEMA_VERSION, SchemaVersions.CURRENT);
      generator.writeName(DocumentReader.DATA);
      rest.nextToken();
      generator.writeStartObject();
      JsonToken token = rest.nextToken();
      for (; token == JsonToken.PROPERTY_NAME && before.contains(rest.currentName()); token = rest.nextToken()) {
        generator.writeName(rest.currentName());
        rest.nextToken();
        RawJson.copy(rest, generator);
      }
    });
  }

  /** @return the properties of the document's value declared before the list */
  private static Set<String> before(DocumentType<?> type, String property) {
    List<String> order = Bindings.propertyOrder(type.modelType());
    return new HashSet<>(order.subList(0, order.indexOf(property)));
  }

  private static JsonWriteException closedWriter() {
    return new JsonWriteException(JsonWriteException.WRITER_CLOSED, Map.of(), null);
  }

  private static void closeQuietly(Closeable owned) {
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException ignored) {
        // Already failing, or already closed: the first failure is the one reported.
      }
    }
  }
}

package org.partnershipsdk.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * Reads one list of a document item by item, in bounded memory: the envelope (whose {@code type}
 * and {@code schemaVersion} must come before {@code data}), then the other properties of
 * {@code data}, skipped but checked to be well-formed, then the list's items one at a time, then the
 * rest of the document, checked as the list ends. Only the current item is held.
 *
 * <p>Every failure is a {@link JsonReadException} pointing into the document; after one, the reader
 * throws it again. The strict reader rejects unknown properties as they are met (in the envelope, in
 * {@code data}, in each item); the validating reader validates each item. Not for public use.
 *
 * @param <T> the items' model type
 */
public final class ItemStreamReader<T> implements Closeable {
  private enum State { IN_LIST, AFTER_LIST, DONE, FAILED, CLOSED }

  private final JsonParser parser;
  private final Closeable owned;
  private final String property;
  private final Set<String> dataProperties;
  private final ObjectReader reader;
  private final UnknownPropertyLog log;
  private final ModelValidator validator;
  private final String listPointer;
  private State state = State.AFTER_LIST;
  private T next;
  private long index;
  private JsonReadException failure;

  private ItemStreamReader(JsonParser parser, Closeable owned, DocumentType<?> type, String property,
      Class<T> itemType, boolean strict, boolean validating) {
    this.parser = parser;
    this.owned = owned;
    this.property = property;
    this.dataProperties = new HashSet<>(Bindings.propertyOrder(type.modelType()));
    this.log = strict ? new UnknownPropertyLog() : null;
    ObjectReader items = HardenedMapper.streamingMapper().readerFor(itemType)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.reader = log == null ? items : items.withAttribute(UnknownPropertyLog.KEY, log);
    this.validator = validating ? ModelValidator.create() : null;
    this.listPointer = Pointers.append("/" + DocumentReader.DATA, List.of(property));
  }

  /**
   * Opens a document and reads it up to its list's first item.
   *
   * @param type the expected document type
   * @param property the list property of {@code data}, such as {@code initiatives}
   * @param itemType the items' model type
   * @param source the document: a {@link Path}, an {@link InputStream} or a {@link Reader}
   * @param strict whether unknown properties are rejected
   * @param validating whether each item is validated
   * @param <T> the items' model type
   * @return the reader, positioned before the first item
   * @throws JsonReadException for a failure before the list: I/O, envelope, schema version, type
   */
  public static <T> ItemStreamReader<T> open(DocumentType<?> type, String property, Class<T> itemType,
      Object source, boolean strict, boolean validating) {
    ObjectReader factory = HardenedMapper.streamingMapper().reader();
    InputStream file = null;
    JsonParser parser = null;
    try {
      if (source instanceof Path path) {
        file = Files.newInputStream(path);
        parser = factory.createParser(TextInput.reader(file));
      } else if (source instanceof InputStream in) {
        parser = factory.createParser(TextInput.reader(in));
      } else {
        parser = factory.createParser((Reader) source);
      }
      ItemStreamReader<T> items = new ItemStreamReader<>(parser, file, type, property, itemType, strict, validating);
      items.start(type);
      return items;
    } catch (IOException e) {
      throw ReadFailures.io(e);
    } catch (RuntimeException failure) {
      JsonReadException translated = ReadFailures.translate(failure, parser);
      closeQuietly(parser, file);
      throw translated;
    }
  }

  /**
   * @return whether another item follows
   * @throws JsonReadException if the document is wrong before the next item or, at the list's end,
   *     in the rest of the document
   */
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (state == State.FAILED) {
      throw failure;
    }
    if (state != State.IN_LIST) {
      return false;
    }
    try {
      next = fetch();
      return next != null;
    } catch (RuntimeException e) {
      failure = ReadFailures.translate(e, parser);
      state = State.FAILED;
      throw failure;
    }
  }

  /**
   * @return the next item
   * @throws NoSuchElementException if there is none
   * @throws JsonReadException as {@link #hasNext()}
   */
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more items in the list " + property);
    }
    T item = next;
    next = null;
    return item;
  }

  /** @return how many items were read so far */
  public long count() {
    return next == null ? index : index - 1;
  }

  /** Closes the parser, and the file when the reader opened one; never the caller's stream. */
  @Override
  public void close() {
    if (state != State.FAILED) {
      state = State.CLOSED;
    }
    next = null;
    closeQuietly(parser, owned);
  }

  private void start(DocumentType<?> type) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw BindingProblem.of(parser, JsonReadException.MALFORMED, JsonReadException.MALFORMED, Map.of());
    }
    if (token != JsonToken.START_OBJECT) {
      throw Tokens.mismatch(parser, "object");
    }
    boolean typeFound = false;
    boolean versionFound = false;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case DocumentReader.TYPE -> {
          DocumentReader.checkDocumentType(parser, type, Tokens.requireString(parser));
          typeFound = true;
        }
        case DocumentReader.SCHEMA_VERSION -> {
          SchemaVersions.check(parser, Tokens.requireString(parser));
          versionFound = true;
        }
        case DocumentReader.DATA -> {
          if (!typeFound || !versionFound) {
            String missing = typeFound ? DocumentReader.SCHEMA_VERSION : DocumentReader.TYPE;
            throw new JsonReadException(JsonReadException.PROPERTY_MISSING, List.of(Problems.of(
                JsonReadException.PROPERTY_MISSING, "/" + missing, parser.currentTokenLocation(),
                "json.property.missing.before-data", Map.of("property", missing))), null);
          }
          if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw Tokens.mismatch(parser, "object");
          }
          state = State.AFTER_LIST;
          toList();
          return;
        }
        default -> unknown(name);
      }
    }
    String missing = !typeFound ? DocumentReader.TYPE
        : !versionFound ? DocumentReader.SCHEMA_VERSION : DocumentReader.DATA;
    throw BindingProblem.of(parser, JsonReadException.PROPERTY_MISSING, JsonReadException.PROPERTY_MISSING,
        Map.of("property", missing));
  }

  /** Skips the properties of {@code data} up to the list, or to the end of {@code data} if it has none. */
  private void toList() {
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      token = parser.nextToken();
      if (name.equals(property)) {
        if (token != JsonToken.START_ARRAY) {
          throw Tokens.mismatch(parser, "array");
        }
        state = State.IN_LIST;
        return;
      }
      if (dataProperties.contains(name)) {
        parser.skipChildren();
      } else {
        unknown(name);
      }
    }
    finish();
  }

  private T fetch() {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      state = State.AFTER_LIST;
      toList();
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw Tokens.mismatch(parser, "object");
    }
    T item = reader.readValue(parser);
    long position = index++;
    if (log != null && !log.problems().isEmpty()) {
      throw new JsonReadException(JsonReadException.PROPERTY_UNKNOWN, log.problems(), null);
    }
    if (validator != null) {
      DocumentReader.validate(validator, item, listPointer + "/" + position);
    }
    return item;
  }

  /** Reads the rest of the envelope after {@code data}: the reader is then done. */
  private void finish() {
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals(DocumentReader.TYPE) || name.equals(DocumentReader.SCHEMA_VERSION)) {
        // Already read before data: a second occurrence is a duplicate key, which the parser rejects.
        parser.skipChildren();
      } else {
        unknown(name);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw BindingProblem.of(parser, JsonReadException.MALFORMED, JsonReadException.MALFORMED, Map.of());
    }
    if (parser.nextToken() != null) {
      throw BindingProblem.of(parser, JsonReadException.TRAILING_TOKENS, JsonReadException.TRAILING_TOKENS, Map.of());
    }
    state = State.DONE;
  }

  private void unknown(String name) {
    if (log != null) {
      throw new JsonReadException(JsonReadException.PROPERTY_UNKNOWN, List.of(Problems.at(parser,
          JsonReadException.PROPERTY_UNKNOWN, JsonReadException.PROPERTY_UNKNOWN, Map.of("property", name))), null);
    }
    parser.skipChildren();
  }

  private static void closeQuietly(JsonParser parser, Closeable owned) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (RuntimeException ignored) {
      // Closing after a failure: the failure is what the caller needs to see.
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException ignored) {
        // Nothing was written; a failure to release a file being read changes nothing for the caller.
      }
    }
  }
}

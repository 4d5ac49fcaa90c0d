package org.partnershipsdk.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a document: the envelope ({@code type}, {@code schemaVersion}, {@code data}, in any order),
 * its data through the module, then the strict and validation checks. Every failure becomes a
 * {@link JsonReadException}. Not for public use.
 *
 * @param strict whether unknown properties are rejected
 * @param validating whether the model read is validated
 * @param lengthLimited whether the document's length and token count are limited, as they are unless
 *     the caller trusts the document ({@code PartnershipJson.withoutLengthLimit()})
 */
public record DocumentReader(boolean strict, boolean validating, boolean lengthLimited) {
  /** The envelope's property holding the document type's name. */
  public static final String TYPE = "type";
  /** The envelope's property holding the schema version. */
  public static final String SCHEMA_VERSION = "schemaVersion";
  /** The envelope's property holding the model value. */
  public static final String DATA = "data";

  /**
   * A reader of documents whose length and token count are limited.
   *
   * @param strict whether unknown properties are rejected
   * @param validating whether the model read is validated
   */
  public DocumentReader(boolean strict, boolean validating) {
    this(strict, validating, true);
  }

  /**
   * @param type the expected document type
   * @param source the document
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure
   */
  public <T> T read(DocumentType<T> type, Source source) {
    if (type == null) {
      throw new IncompleteValueException("type");
    }
    UnknownPropertyLog log = strict ? new UnknownPropertyLog() : null;
    ObjectReader reader = (lengthLimited ? HardenedMapper.mapper() : HardenedMapper.streamingMapper())
        .readerFor(type.modelType()).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    if (log != null) {
      reader = reader.withAttribute(UnknownPropertyLog.KEY, log);
    }
    T value = parse(type, source, reader, log);
    if (log != null && !log.problems().isEmpty()) {
      throw new JsonReadException(JsonReadException.PROPERTY_UNKNOWN, log.problems(), null);
    }
    if (validating) {
      validate(ModelValidator.create(), value, "/" + DATA);
    }
    return value;
  }

  /**
   * Reads one model value that is not in a document, such as the {@code data} of one, or an
   * initiative that a mapper of another Jackson (partnership-json-jackson2) found in its own input:
   * the same binding, limits, strict and validation checks as a document's data, every failure a
   * {@link JsonReadException} whose pointers start from the value ({@code /title}, empty for the
   * value itself). Content after the value is {@code json.trailing-tokens}.
   *
   * @param type the model type
   * @param source the value's text
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure; {@code json.type-mismatch} for {@code null}
   */
  public <T> T readValue(Class<T> type, Source source) {
    if (type == null) {
      throw new IncompleteValueException("type");
    }
    UnknownPropertyLog log = strict ? new UnknownPropertyLog() : null;
    ObjectReader reader = HardenedMapper.mapper().readerFor(type)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    if (log != null) {
      reader = reader.withAttribute(UnknownPropertyLog.KEY, log);
    }
    T value;
    JsonParser parser = null;
    try {
      parser = source.open(reader);
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw BindingProblem.of(parser, JsonReadException.MALFORMED, JsonReadException.MALFORMED, Map.of());
      }
      if (token == JsonToken.VALUE_NULL) {
        throw Tokens.mismatch(parser, "a value");
      }
      value = reader.readValue(parser);
      if (parser.nextToken() != null) {
        throw BindingProblem.of(parser, JsonReadException.TRAILING_TOKENS, JsonReadException.TRAILING_TOKENS, Map.of());
      }
    } catch (RuntimeException failure) {
      throw ReadFailures.translate(failure, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (log != null && !log.problems().isEmpty()) {
      throw new JsonReadException(JsonReadException.PROPERTY_UNKNOWN, log.problems(), null);
    }
    if (validating) {
      validate(ModelValidator.create(), value, "");
    }
    return value;
  }

  private <T> T parse(DocumentType<T> type, Source source, ObjectReader reader, UnknownPropertyLog log) {
    JsonParser parser = null;
    try {
      parser = source.open(reader);
      Envelope<T> envelope = new Envelope<>(type, reader, log, source.reopenable());
      envelope.read(parser, false);
      if (!envelope.deferred) {
        return envelope.value;
      }
      // The data came before the type or the version: read it now that both are checked, from the
      // tokens kept of a stream, or again from the text in memory.
      if (envelope.buffered != null) {
        JsonParser envelopeParser = parser;
        parser = envelope.buffered.asParser(envelopeParser.objectReadContext());
        envelopeParser.close();
        parser.nextToken();
        parser.nextToken();
        parser.nextToken();
        return reader.readValue(parser);
      }
      parser.close();
      parser = source.open(reader);
      Envelope<T> again = new Envelope<>(type, reader, null, true);
      again.read(parser, true);
      return again.value;
    } catch (RuntimeException failure) {
      throw ReadFailures.translate(failure, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * @param validator the model's validator
   * @param value a model value read
   * @param pointer the JSON Pointer of the value in its document, such as {@code /data}
   * @throws JsonReadException ({@code json.validation.failed}) listing every violation with its
   *     pointer, up to the validator's limit, then one problem ({@code validation.omitted}, at
   *     {@code pointer}) that says how many more there are
   */
  static void validate(ModelValidator validator, Object value, String pointer) {
    ValidationReport report = validator.validate(value);
    if (report.isValid()) {
      return;
    }
    List<JsonProblem> problems = new ArrayList<>(report.violations().size() + 1);
    for (Violation violation : report.violations()) {
      problems.add(JsonProblem.of(violation.code(), Pointers.append(pointer, violation.segments()), 0, 0,
          violation::message));
    }
    if (report.omitted() > 0) {
      problems.add(JsonProblem.of(ValidationReport.OMITTED, pointer, 0, 0, report::omittedMessage));
    }
    throw new JsonReadException(JsonReadException.VALIDATION_FAILED, problems, null);
  }

  /**
   * @param parser the parser, at the type's value
   * @param type the expected document type
   * @param name the type's name read
   * @throws BindingProblem ({@code json.document-type.mismatch}) if the name is another type's
   */
  static void checkDocumentType(JsonParser parser, DocumentType<?> type, String name) {
    if (!type.name().equals(name)) {
      throw BindingProblem.of(parser, JsonReadException.DOCUMENT_TYPE_MISMATCH,
          JsonReadException.DOCUMENT_TYPE_MISMATCH, Map.of("expected", type.name(), "found", name));
    }
  }

  /** One pass over the envelope. */
  private static final class Envelope<T> {
    private final DocumentType<T> type;
    private final ObjectReader reader;
    private final UnknownPropertyLog log;
    private final boolean reopenable;
    private String typeName;
    private String version;
    private boolean dataFound;
    private boolean deferred;
    private TokenBuffer buffered;
    private T value;

    Envelope(DocumentType<T> type, ObjectReader reader, UnknownPropertyLog log, boolean reopenable) {
      this.type = type;
      this.reader = reader;
      this.log = log;
      this.reopenable = reopenable;
    }

    void read(JsonParser parser, boolean checked) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw BindingProblem.of(parser, JsonReadException.MALFORMED, JsonReadException.MALFORMED, Map.of());
      }
      if (token != JsonToken.START_OBJECT) {
        throw Tokens.mismatch(parser, "object");
      }
      while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (checked && !DATA.equals(name)) {
          parser.skipChildren();
          continue;
        }
        switch (name) {
          case TYPE -> checkType(parser, Tokens.requireString(parser));
          case SCHEMA_VERSION -> {
            version = Tokens.requireString(parser);
            SchemaVersions.check(parser, version);
          }
          case DATA -> readData(parser, checked);
          default -> {
            if (log != null) {
              log.add(Problems.at(parser, JsonReadException.PROPERTY_UNKNOWN, JsonReadException.PROPERTY_UNKNOWN,
                  Map.of("property", name)));
            }
            parser.skipChildren();
          }
        }
      }
      if (checked) {
        return;
      }
      if (parser.nextToken() != null) {
        throw BindingProblem.of(parser, JsonReadException.TRAILING_TOKENS, JsonReadException.TRAILING_TOKENS, Map.of());
      }
      for (String required : List.of(TYPE, SCHEMA_VERSION, DATA)) {
        boolean found = switch (required) {
          case TYPE -> typeName != null;
          case SCHEMA_VERSION -> version != null;
          default -> dataFound;
        };
        if (!found) {
          throw BindingProblem.of(parser, JsonReadException.PROPERTY_MISSING, JsonReadException.PROPERTY_MISSING,
              Map.of("property", required));
        }
      }
    }

    private void checkType(JsonParser parser, String name) {
      typeName = name;
      checkDocumentType(parser, type, name);
    }

    private void readData(JsonParser parser, boolean checked) {
      dataFound = true;
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        throw Tokens.mismatch(parser, "object");
      }
      if (!checked && (typeName == null || version == null)) {
        deferred = true;
        if (reopenable) {
          parser.skipChildren();
        } else {
          // Kept as {"data": ...}, so that a pointer into it still starts with /data.
          buffered = TokenBuffer.forGeneration();
          buffered.writeStartObject();
          buffered.writeName(DATA);
          buffered.copyCurrentStructure(parser);
          buffered.writeEndObject();
        }
      } else {
        value = reader.readValue(parser);
      }
    }
  }
}

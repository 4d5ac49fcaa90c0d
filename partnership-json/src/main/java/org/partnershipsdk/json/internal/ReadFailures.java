package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.core.model.UnknownCodeException;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns whatever went wrong during a read into the one {@link JsonReadException}, with its stable
 * code, the JSON Pointer of the offending element (taken from the parser's position, which is
 * absolute from the document's root) and its line and column. Not for public use.
 */
public final class ReadFailures {
  /** Jackson's limit messages, by the name of the {@code StreamReadConstraints} setting. */
  private static final Map<String, String> LIMITS = Map.of(
      "nesting depth", "maxNestingDepth",
      "Document length", "maxDocumentLength",
      "Token count", "maxTokenCount",
      "String value length", "maxStringLength",
      "Number value length", "maxNumberLength",
      "Name length", "maxNameLength");
  private static final Map<String, Long> MAXIMA = Map.of(
      "maxNestingDepth", (long) HardenedMapper.MAX_NESTING_DEPTH,
      "maxDocumentLength", HardenedMapper.MAX_DOCUMENT_LENGTH,
      "maxTokenCount", HardenedMapper.MAX_TOKEN_COUNT,
      "maxStringLength", (long) HardenedMapper.MAX_STRING_LENGTH,
      "maxNumberLength", (long) HardenedMapper.MAX_NUMBER_LENGTH,
      "maxNameLength", (long) HardenedMapper.MAX_NAME_LENGTH);

  private ReadFailures() {}

  /**
   * @param failure what went wrong while the parser was reading
   * @param parser the parser, at the position of the failure; null if none was opened
   * @return the SDK's exception
   */
  public static JsonReadException translate(RuntimeException failure, JsonParser parser) {
    if (failure instanceof JsonReadException read) {
      return read;
    }
    try {
      return classify(failure, parser);
    } catch (RuntimeException whileReporting) {
      failure.addSuppressed(whileReporting);
      return single(JsonReadException.INTERNAL, Problems.of(JsonReadException.INTERNAL, "", null,
          JsonReadException.INTERNAL, Map.of()), failure);
    }
  }

  private static JsonReadException classify(RuntimeException failure, JsonParser parser) {
    if (failure instanceof BindingProblem problem) {
      return at(parser, problem.code(), problem.messageKey(), problem.arguments(), failure);
    }
    if (failure instanceof StreamConstraintsException) {
      String limit = limitOf(failure.getMessage());
      return at(parser, JsonReadException.LIMIT_EXCEEDED, JsonReadException.LIMIT_EXCEEDED,
          Map.of("limit", limit, "max", MAXIMA.getOrDefault(limit, 0L)), failure);
    }
    if (failure instanceof InputCoercionException) {
      return at(parser, JsonReadException.VALUE_INVALID, "json.value.invalid.number", Map.of(), failure);
    }
    CharacterCodingException notText = causeOfType(failure, CharacterCodingException.class);
    if (notText != null) {
      // The strict decoder of TextInput refused the bytes: where the parser had read to is where.
      return single(JsonReadException.MALFORMED, Problems.of(JsonReadException.MALFORMED,
          parser == null ? "" : Pointers.at(parser), parser == null ? null : parser.currentLocation(),
          "json.malformed.encoding", Map.of("encoding", encodingOf(notText))), failure);
    }
    if (failure instanceof JacksonIOException io) {
      return io(io.getCause() != null ? io.getCause() : new IOException(io.getMessage(), io));
    }
    if (failure instanceof StreamReadException) {
      String message = String.valueOf(failure.getMessage());
      if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
        return at(parser, JsonReadException.DUPLICATE_KEY, JsonReadException.DUPLICATE_KEY,
            Map.of("property", parser == null ? "" : Pointers.lastSegment(parser)), failure);
      }
      return at(parser, JsonReadException.MALFORMED, JsonReadException.MALFORMED, Map.of(), failure);
    }
    if (failure instanceof InvalidDefinitionException) {
      return at(parser, JsonReadException.INTERNAL, JsonReadException.INTERNAL, Map.of(), failure);
    }
    if (failure instanceof InvalidNullException) {
      return mismatch(parser, "a value", "null", failure);
    }
    if (failure instanceof InvalidFormatException invalid) {
      // A refused coercion ("12" for a number, 12 for a string) is a wrong JSON type, not a wrong value.
      String expected = expected(invalid.getTargetType());
      String found = Tokens.jsonType(parser == null ? null : parser.currentToken());
      if (!expected.equals(found) && !"a value".equals(expected)) {
        return mismatch(parser, expected, found, failure);
      }
      return at(parser, JsonReadException.VALUE_INVALID, JsonReadException.VALUE_INVALID, Map.of(), failure);
    }
    if (failure instanceof MismatchedInputException mismatch) {
      JsonToken token = parser == null ? null : parser.currentToken();
      return mismatch(parser, expected(mismatch.getTargetType()), Tokens.jsonType(token), failure);
    }
    PartnershipException cause = modelCause(failure);
    if (cause != null) {
      return fromModel(cause, parser, failure);
    }
    if (failure instanceof DatabindException) {
      return at(parser, JsonReadException.VALUE_INVALID, JsonReadException.VALUE_INVALID, Map.of(), failure);
    }
    return at(parser, JsonReadException.INTERNAL, JsonReadException.INTERNAL, Map.of(), failure);
  }

  /**
   * @param cause the I/O failure
   * @return a {@code json.io} failure
   */
  public static JsonReadException io(IOException cause) {
    String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return single(JsonReadException.IO,
        Problems.of(JsonReadException.IO, "", null, JsonReadException.IO, Map.of("reason", reason)), cause);
  }

  /**
   * @param code the failure's code
   * @param problem its only problem
   * @param cause the underlying exception, or null
   * @return the exception
   */
  public static JsonReadException single(String code, JsonProblem problem, Throwable cause) {
    return new JsonReadException(code, List.of(problem), cause);
  }

  private static JsonReadException fromModel(PartnershipException cause, JsonParser parser, RuntimeException failure) {
    JsonToken token = parser == null ? null : parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return mismatch(parser, "a value", "null", failure);
    }
    if (cause instanceof IncompleteValueException incomplete) {
      String base = parser == null ? "" : Pointers.at(parser);
      TokenStreamLocation location = parser == null ? null : parser.currentTokenLocation();
      List<JsonProblem> problems = new ArrayList<>();
      for (String attribute : incomplete.attributes()) {
        problems.add(Problems.of(JsonReadException.PROPERTY_MISSING, Pointers.append(base, List.of(attribute)),
            location, JsonReadException.PROPERTY_MISSING, Map.of("property", attribute)));
      }
      return new JsonReadException(JsonReadException.PROPERTY_MISSING, problems, failure);
    }
    if (cause instanceof UnknownCodeException unknown) {
      return at(parser, JsonReadException.CODE_UNKNOWN, JsonReadException.CODE_UNKNOWN,
          Map.of("value", unknown.unknownCode(), "list", unknown.list()), failure);
    }
    String pointer = parser == null ? "" : Pointers.at(parser);
    TokenStreamLocation location = parser == null ? null : parser.currentTokenLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    return single(JsonReadException.VALUE_INVALID, JsonProblem.of(JsonReadException.VALUE_INVALID, pointer, line,
        column, cause::getMessage), failure);
  }

  private static PartnershipException modelCause(Throwable failure) {
    return causeOfType(failure, PartnershipException.class);
  }

  private static <E extends Throwable> E causeOfType(Throwable failure, Class<E> type) {
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String encodingOf(CharacterCodingException notText) {
    return notText instanceof TextInput.NotText known ? known.encoding() : "UTF-8";
  }

  private static JsonReadException mismatch(JsonParser parser, String expected, String found, Throwable cause) {
    return at(parser, JsonReadException.TYPE_MISMATCH, JsonReadException.TYPE_MISMATCH,
        Map.of("expected", expected, "found", found), cause);
  }

  private static JsonReadException at(JsonParser parser, String code, String messageKey, Map<String, ?> arguments,
      Throwable cause) {
    String pointer = parser == null ? "" : Pointers.at(parser);
    if (JsonReadException.PROPERTY_MISSING.equals(code) && arguments.get("property") instanceof String property) {
      pointer = Pointers.append(pointer, List.of(property));
    }
    TokenStreamLocation location = cause instanceof JacksonException jackson && jackson.getLocation() != null
        ? jackson.getLocation()
        : parser == null ? null : parser.currentTokenLocation();
    return single(code, Problems.of(code, pointer, location, messageKey, arguments), cause);
  }

  private static String expected(Class<?> raw) {
    if (raw == null) {
      return "a value";
    }
    if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      return "array";
    }
    if (raw == String.class || CharSequence.class.isAssignableFrom(raw) || raw.isEnum()) {
      return "string";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "boolean";
    }
    if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
      return "number";
    }
    return "object";
  }

  private static String limitOf(String message) {
    if (message != null) {
      for (Map.Entry<String, String> limit : LIMITS.entrySet()) {
        if (message.contains(limit.getKey())) {
          return limit.getValue();
        }
      }
    }
    return "a reading limit";
  }
}

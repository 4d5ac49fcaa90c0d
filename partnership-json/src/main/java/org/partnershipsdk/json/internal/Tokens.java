package org.partnershipsdk.json.internal;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Checks the JSON type of the current token, without any coercion. Not for public use. */
final class Tokens {
  private Tokens() {}

  /**
   * @param parser the parser, at a value token
   * @return the text of a string token
   * @throws BindingProblem ({@code json.type-mismatch}) for any other token
   */
  static String requireString(JsonParser parser) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, "string");
    }
    return parser.getString();
  }

  /**
   * @param parser the parser
   * @param expected the JSON type expected: {@code string}, {@code object}...
   * @return a type-mismatch problem naming the expected and the found JSON types
   */
  static BindingProblem mismatch(JsonParser parser, String expected) {
    return BindingProblem.of(parser, "json.type-mismatch", "json.type-mismatch",
        Map.of("expected", expected, "found", jsonType(parser.currentToken())));
  }

  /**
   * @param token a token, or null at the end of the input
   * @return the JSON type it starts: {@code object}, {@code array}, {@code string}, {@code number},
   *     {@code boolean}, {@code null}
   */
  static String jsonType(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "object";
      case START_ARRAY, END_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> "embedded value";
    };
  }
}

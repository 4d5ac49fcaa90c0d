package org.partnershipsdk.json.internal;

import java.io.StringWriter;
import java.util.Map;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Copies one JSON value token by token, numbers exactly as written (no float rounding), for the
 * properties the SDK does not know. Iterative, so nesting costs no stack. Not for public use.
 */
final class RawJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RawJson() {}

  /**
   * @param parser the parser, at the first token of a value; left at its last token
   * @return the value as compact JSON text
   */
  static String copyToText(JsonParser parser) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      copy(parser, generator);
    }
    return text.toString();
  }

  /**
   * @param parser a parser, at a property's name or value
   * @return the property's name
   * @throws BindingProblem ({@code json.malformed}) if the name holds an unpaired surrogate, which no
   *     writer can write so that a parser reads it back
   */
  static String checkedName(JsonParser parser) {
    String name = parser.currentName();
    if (name != null && TextInput.hasUnpairedSurrogate(name)) {
      throw BindingProblem.of(parser, JsonReadException.MALFORMED, "json.malformed.surrogate", Map.of());
    }
    return name;
  }

  /**
   * @param parser the parser, at the first token of a value; left at its last token
   * @param generator where the value is written
   * @throws BindingProblem ({@code json.malformed}) if a property name holds an unpaired surrogate
   */
  static void copy(JsonParser parser, JsonGenerator generator) {
    int depth = 0;
    while (true) {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT -> {
          generator.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          generator.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          generator.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          generator.writeEndArray();
          depth--;
        }
        case PROPERTY_NAME -> generator.writeName(checkedName(parser));
        case VALUE_STRING -> generator.writeString(parser.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IllegalStateException("Unexpected token " + token);
      }
      if (depth == 0) {
        return;
      }
      parser.nextToken();
    }
  }
}

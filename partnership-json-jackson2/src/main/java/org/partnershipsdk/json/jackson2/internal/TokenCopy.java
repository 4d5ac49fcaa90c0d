package org.partnershipsdk.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.partnershipsdk.json.JsonWriteException;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Writes a model value with partnership-json (Jackson 3) into a token buffer, then gives its tokens
 * to a Jackson 2 generator one by one, so that the generator's pretty printer and features apply.
 * Numbers keep their Java type, and their text when partnership-json wrote a text (the numbers of
 * unknown properties, exactly as they were read). Not for public use.
 */
final class TokenCopy {
  private static final ObjectWriter WRITER = PartnershipJson.mapper().writer();

  private TokenCopy() {}

  /**
   * @param value a model value
   * @param generator where its tokens go
   * @throws IOException if the generator fails
   * @throws JsonWriteException if the value holds an unknown property that is not JSON
   */
  static void write(Object value, JsonGenerator generator) throws IOException {
    TokenBuffer buffer = TokenBuffer.forGeneration();
    try {
      WRITER.writeValue(buffer, value);
    } catch (JacksonException failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof JsonWriteException invalid) {
          throw invalid;
        }
      }
      throw failure;
    }
    try (JsonParser tokens = buffer.asParser()) {
      copy(tokens, generator);
    }
  }

  private static void copy(JsonParser tokens, JsonGenerator generator) throws IOException {
    JsonToken token;
    while ((token = tokens.nextToken()) != null) {
      switch (token) {
        case START_OBJECT -> generator.writeStartObject();
        case END_OBJECT -> generator.writeEndObject();
        case START_ARRAY -> generator.writeStartArray();
        case END_ARRAY -> generator.writeEndArray();
        case PROPERTY_NAME -> generator.writeFieldName(tokens.currentName());
        case VALUE_STRING -> generator.writeString(tokens.getStringCharacters(), tokens.getStringOffset(),
            tokens.getStringLength());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(tokens.getNumberValueDeferred(), generator);
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IllegalStateException("partnership-json wrote an unexpected token: " + token);
      }
    }
  }

  private static void number(Object number, JsonGenerator generator) throws IOException {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      generator.writeNumber(((Number) number).intValue());
    } else if (number instanceof Long value) {
      generator.writeNumber(value);
    } else if (number instanceof BigInteger value) {
      generator.writeNumber(value);
    } else if (number instanceof BigDecimal value) {
      generator.writeNumber(value);
    } else if (number instanceof Double value) {
      generator.writeNumber(value);
    } else if (number instanceof Float value) {
      generator.writeNumber(value);
    } else {
      // A number written as text: kept exactly as it is.
      generator.writeNumber(String.valueOf(number));
    }
  }
}

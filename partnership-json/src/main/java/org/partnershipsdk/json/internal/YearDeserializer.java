package org.partnershipsdk.json.internal;

import java.time.Year;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a year from a JSON integer ({@code 2021}) within {@link Year#MIN_VALUE} and
 * {@link Year#MAX_VALUE}. No string, no fraction. Not for public use.
 */
final class YearDeserializer extends StdDeserializer<Year> {
  YearDeserializer() {
    super(Year.class);
  }

  @Override
  public Year deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Tokens.mismatch(parser, "integer");
    }
    long value;
    try {
      value = parser.getLongValue();
    } catch (InputCoercionException tooLarge) {
      throw BindingProblem.invalid(parser, "json.value.invalid.year", tooLarge);
    }
    if (value < Year.MIN_VALUE || value > Year.MAX_VALUE) {
      throw BindingProblem.invalid(parser, "json.value.invalid.year", null);
    }
    return Year.of((int) value);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Integer;
  }
}

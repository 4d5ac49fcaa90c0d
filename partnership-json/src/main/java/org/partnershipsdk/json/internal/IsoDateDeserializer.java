package org.partnershipsdk.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a day from an ISO-8601 date string ({@code 2022-03-07}; years beyond 9999 carry a sign, as
 * {@link LocalDate#toString()} writes them). No timestamp, no array, no empty string. Not for public
 * use.
 */
public final class IsoDateDeserializer extends StdDeserializer<LocalDate> {
  private static final int MAX_LENGTH = 20;

  /** Used by Jackson, as the binding table says. */
  public IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
    String text = Tokens.requireString(parser);
    if (text.length() > MAX_LENGTH) {
      throw BindingProblem.invalid(parser, "json.value.invalid.date", null);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException invalid) {
      throw BindingProblem.invalid(parser, "json.value.invalid.date", invalid);
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }
}

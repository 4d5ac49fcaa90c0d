package org.partnershipsdk.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a decimal from a JSON string in plain notation or from a JSON number, exactly. Not for public
 * use.
 */
public final class DecimalDeserializer extends StdDeserializer<BigDecimal> {
  /** Used by Jackson, as the binding table says. */
  public DecimalDeserializer() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
    return Decimals.read(parser);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Float;
  }
}

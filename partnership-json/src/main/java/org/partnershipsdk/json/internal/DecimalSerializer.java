package org.partnershipsdk.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a decimal as a JSON string in plain notation ({@code "1200.5"}), for every
 * {@code BigDecimal} property of the binding table, alone, in an {@code Optional} or in a list.
 * Not for public use.
 */
public final class DecimalSerializer extends StdSerializer<BigDecimal> {
  /** Used by Jackson, as the binding table says. */
  public DecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(Decimals.toText(value));
  }
}

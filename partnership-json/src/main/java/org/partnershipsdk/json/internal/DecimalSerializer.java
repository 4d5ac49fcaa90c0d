package org.partnershipsdk.json.internal;

import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a decimal as a JSON string in plain notation ({@code "1200.5"}). Used through the mixins
 * ({@code using} on a {@code BigDecimal}, {@code contentUsing} on an {@code Optional<BigDecimal>}).
 * Not for public use.
 */
public final class DecimalSerializer extends StdSerializer<BigDecimal> {
  /** Used by Jackson through the mixins' annotations. */
  public DecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(Decimals.toText(value));
  }
}

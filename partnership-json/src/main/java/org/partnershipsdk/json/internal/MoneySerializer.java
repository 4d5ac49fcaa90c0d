package org.partnershipsdk.json.internal;

import org.partnershipsdk.core.model.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an amount as {@code {"amount": "1200.5", "currency": "EUR"}}: the amount a JSON string, so
 * that no language loses a digit. Not for public use.
 */
final class MoneySerializer extends StdSerializer<Money> {
  MoneySerializer() {
    super(Money.class);
  }

  @Override
  public void serialize(Money value, JsonGenerator generator, SerializationContext context) {
    generator.writeStartObject(value);
    generator.writeStringProperty("amount", Decimals.toText(value.amount()));
    generator.writeStringProperty("currency", value.currency().value());
    generator.writeEndObject();
  }
}

package org.partnershipsdk.json.internal;

import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value that the wire format represents as one JSON string: a typed identifier, a country
 * or a currency code. Not for public use.
 *
 * @param <T> the value's type
 */
final class TextValueSerializer<T> extends StdSerializer<T> {
  private final transient Function<T, String> toText;

  TextValueSerializer(Class<T> type, Function<T, String> toText) {
    super(type);
    this.toText = toText;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(toText.apply(value));
  }
}

package org.partnershipsdk.json.internal;

import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a day as an ISO-8601 date ({@code 2022-03-07}), whatever the mapper's date settings. Used
 * through the mixins ({@code using} on a {@code LocalDate}, {@code contentUsing} on an
 * {@code Optional<LocalDate>} or a list). Not for public use.
 */
public final class IsoDateSerializer extends StdSerializer<LocalDate> {
  /** Used by Jackson through the mixins' annotations. */
  public IsoDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(value.toString());
  }
}

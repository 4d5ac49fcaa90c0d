package org.partnershipsdk.json.internal;

import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a day as an ISO-8601 date ({@code 2022-03-07}), whatever the mapper's date settings. Used
 * for every {@code LocalDate} property of the binding table, alone, in an {@code Optional} or in a
 * list. Not for public use.
 */
public final class IsoDateSerializer extends StdSerializer<LocalDate> {
  /** Used by Jackson, as the binding table says. */
  public IsoDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate value, JsonGenerator generator, SerializationContext context) {
    generator.writeString(value.toString());
  }
}

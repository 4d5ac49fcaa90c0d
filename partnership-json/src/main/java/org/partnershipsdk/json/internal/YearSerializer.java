package org.partnershipsdk.json.internal;

import java.time.Year;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a year as a JSON integer ({@code 2021}), whatever the mapper's date settings. Not for public use. */
final class YearSerializer extends StdSerializer<Year> {
  YearSerializer() {
    super(Year.class);
  }

  @Override
  public void serialize(Year value, JsonGenerator generator, SerializationContext context) {
    generator.writeNumber(value.getValue());
  }
}

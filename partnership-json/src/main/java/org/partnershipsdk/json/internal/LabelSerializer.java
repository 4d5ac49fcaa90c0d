package org.partnershipsdk.json.internal;

import org.partnershipsdk.core.model.Label;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a text in English and French as {@code {"en": "Listening", "fr": "Écoute"}}. Not for public
 * use.
 */
final class LabelSerializer extends StdSerializer<Label> {
  LabelSerializer() {
    super(Label.class);
  }

  @Override
  public void serialize(Label value, JsonGenerator generator, SerializationContext context) {
    generator.writeStartObject(value);
    generator.writeStringProperty("en", value.en());
    generator.writeStringProperty("fr", value.fr());
    generator.writeEndObject();
  }
}

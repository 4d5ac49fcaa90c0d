package org.partnershipsdk.json.internal;

import java.util.Map;
import org.partnershipsdk.core.model.Label;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a text in English and French from {@code {"en": "Listening", "fr": "Écoute"}}, both
 * required. A label is a closed value, like money: any other property is rejected, in every reading
 * mode. Not for public use.
 */
final class LabelDeserializer extends StdDeserializer<Label> {
  LabelDeserializer() {
    super(Label.class);
  }

  @Override
  public Label deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = parser.nextToken();
    } else if (token != JsonToken.PROPERTY_NAME) {
      throw Tokens.mismatch(parser, "object");
    }
    String en = null;
    String fr = null;
    for (; token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "en" -> en = Tokens.requireString(parser);
        case "fr" -> fr = Tokens.requireString(parser);
        default -> throw BindingProblem.of(parser, "json.property.unknown", "json.property.unknown.label",
            Map.of("property", name));
      }
    }
    if (en == null || fr == null) {
      throw BindingProblem.of(parser, "json.property.missing", "json.property.missing",
          Map.of("property", en == null ? "en" : "fr"));
    }
    return new Label(en, fr);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }
}

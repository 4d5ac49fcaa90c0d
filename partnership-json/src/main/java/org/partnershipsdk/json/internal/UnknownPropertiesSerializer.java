package org.partnershipsdk.json.internal;

import java.util.Map;
import org.partnershipsdk.json.JsonWriteException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes back the properties the SDK does not know, after the known ones, in the order they were
 * read. Each raw text is parsed again and copied token by token, so that a text that is not exactly
 * one JSON value never produces broken JSON, and indentation applies to it too. Used by the mixin
 * on the any-getter. Not for public use.
 */
public final class UnknownPropertiesSerializer extends StdSerializer<Map<String, String>> {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(HardenedMapper.constraints(false)).build();

  /** Used by Jackson through the model types' mixin. */
  @SuppressWarnings("unchecked")
  public UnknownPropertiesSerializer() {
    super((Class<Map<String, String>>) (Class<?>) Map.class);
  }

  @Override
  public void serialize(Map<String, String> properties, JsonGenerator generator, SerializationContext context) {
    for (Map.Entry<String, String> property : properties.entrySet()) {
      if (TextInput.hasUnpairedSurrogate(property.getKey())) {
        throw invalid(property.getKey(), null);
      }
      generator.writeName(property.getKey());
      try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), property.getValue())) {
        if (parser.nextToken() == null) {
          throw invalid(property.getKey(), null);
        }
        RawJson.copy(parser, generator);
        if (parser.nextToken() != null) {
          throw invalid(property.getKey(), null);
        }
      } catch (StreamReadException | BindingProblem notJson) {
        throw invalid(property.getKey(), notJson);
      }
    }
  }

  @Override
  public boolean isEmpty(SerializationContext context, Map<String, String> value) {
    return value.isEmpty();
  }

  private static JsonWriteException invalid(String name, Throwable cause) {
    Map<String, Object> arguments = Map.of("property", name);
    return new JsonWriteException(JsonWriteException.UNKNOWN_PROPERTY_INVALID, arguments, cause);
  }
}

package org.partnershipsdk.json.internal;

import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;

/**
 * Reads the value of a property the SDK does not know as its raw JSON text, so that it is kept on
 * the value and written back unchanged. Under the strict reader it also records the property, with
 * its pointer and position, for the reader to reject them all at once. Used by the builders' mixin
 * on the any-setter. Not for public use.
 */
public final class UnknownPropertyDeserializer extends StdDeserializer<String> {
  /** Used by Jackson through the builders' mixin. */
  public UnknownPropertyDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    record(parser, context);
    return RawJson.copyToText(parser);
  }

  /** Jackson asks this for a {@code null} value instead of calling {@link #deserialize}: it is kept too. */
  @Override
  public Object getNullValue(DeserializationContext context) {
    record(context.getParser(), context);
    return "null";
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  private static void record(JsonParser parser, DeserializationContext context) {
    if (parser == null) {
      return;
    }
    String name = RawJson.checkedName(parser);
    if (context.getAttribute(UnknownPropertyLog.KEY) instanceof UnknownPropertyLog log) {
      log.add(Problems.at(parser, "json.property.unknown", "json.property.unknown",
          Map.of("property", name == null ? Pointers.lastSegment(parser) : name)));
    }
  }
}

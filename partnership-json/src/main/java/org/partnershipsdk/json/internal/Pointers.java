package org.partnershipsdk.json.internal;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** JSON Pointers (RFC 6901) from the parser's position or from a validation path. Not for public use. */
public final class Pointers {
  private Pointers() {}

  /**
   * @param parser a parser
   * @return the pointer of the element at the current token, from the document's root: a property's
   *     value, an array's element, or the object or array that a start or end token opens or closes
   */
  public static String at(JsonParser parser) {
    return context(parser).pathAsPointer().toString();
  }

  /**
   * @param parser a parser, at a property's value
   * @return the property's name, or the element's index, of the current value
   */
  static String lastSegment(JsonParser parser) {
    TokenStreamContext context = context(parser);
    if (context.inObject()) {
      String name = context.currentName();
      return name == null ? "" : name;
    }
    return context.inArray() ? Integer.toString(context.getCurrentIndex()) : "";
  }

  /**
   * @param base a pointer
   * @param segments property names and list indexes below it
   * @return the pointer of the element they designate
   */
  public static String append(String base, List<String> segments) {
    StringBuilder pointer = new StringBuilder(base);
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static TokenStreamContext context(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    // A start token has already opened its own context: the element is named by the parent's.
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      return context.getParent();
    }
    return context;
  }
}

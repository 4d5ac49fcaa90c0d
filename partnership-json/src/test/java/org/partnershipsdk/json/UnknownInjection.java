package org.partnershipsdk.json;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipsdk.testkit.GenContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Adds properties the SDK does not know, as a newer version would write them, at the end of objects
 * at every depth of a compact document's {@code data}: the data itself, territories, participants,
 * indicators, answers... Amounts and labels are closed values and get none.
 *
 * @param document the document with the properties added
 * @param pointers the JSON Pointer of every property added, in document order
 */
record UnknownInjection(String document, List<String> pointers) {
  private static final JsonFactory FACTORY = new JsonFactory();
  /** The properties whose value is a closed object (money, label). */
  private static final Set<String> CLOSED = Set.of("budget", "amount", "cost", "revisedAmount", "paidAmount",
      "wording", "question");
  private static final List<String> NAMES = List.of("future", "x-note", "a/b", "tilde~", "éé", "nested", "zz");

  /**
   * @param compact a document written compact by the SDK
   * @param context the randomness
   * @param chance the chance that an object gets unknown properties
   * @return the document with unknown properties added, and their pointers
   */
  static UnknownInjection into(String compact, GenContext context, double chance) {
    StringWriter text = new StringWriter();
    List<String> pointers = new ArrayList<>();
    Deque<Frame> frames = new ArrayDeque<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), compact);
        JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            Frame parent = frames.peek();
            String pointer = parent == null ? "" : parent.pointer + "/" + escape(parent.segment());
            boolean closed = parent != null && parent.object && CLOSED.contains(parent.name);
            frames.push(new Frame(pointer, token == JsonToken.START_OBJECT, closed));
            if (token == JsonToken.START_OBJECT) {
              generator.writeStartObject();
            } else {
              generator.writeStartArray();
            }
          }
          case END_OBJECT -> {
            Frame frame = frames.pop();
            // Depth 2 is data; the envelope (depth 1) is not part of the model and is not kept.
            if (!frame.closed && frames.size() >= 1 && context.chance(chance)) {
              for (int i = context.intBetween(1, 2); i > 0; i--) {
                String name = context.pick(NAMES) + frame.names.size();
                if (frame.names.add(name)) {
                  generator.writeName(name);
                  generator.writeRawValue(WireGenerators.rawJson(context));
                  pointers.add(frame.pointer + "/" + escape(name));
                }
              }
            }
            generator.writeEndObject();
            advance(frames);
          }
          case END_ARRAY -> {
            frames.pop();
            generator.writeEndArray();
            advance(frames);
          }
          case PROPERTY_NAME -> {
            frames.peek().name = parser.currentName();
            frames.peek().names.add(parser.currentName());
            generator.writeName(parser.currentName());
          }
          default -> {
            copyScalar(parser, generator);
            advance(frames);
          }
        }
      }
    }
    return new UnknownInjection(text.toString(), List.copyOf(pointers));
  }

  private static void copyScalar(JsonParser parser, JsonGenerator generator) {
    switch (parser.currentToken()) {
      case VALUE_STRING -> generator.writeString(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
      case VALUE_TRUE -> generator.writeBoolean(true);
      case VALUE_FALSE -> generator.writeBoolean(false);
      default -> generator.writeNull();
    }
  }

  /** After a value in an array, the next element has the next index. */
  private static void advance(Deque<Frame> frames) {
    Frame parent = frames.peek();
    if (parent != null && !parent.object) {
      parent.index++;
    }
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** An object or array being copied. */
  private static final class Frame {
    final String pointer;
    final boolean object;
    final boolean closed;
    final Set<String> names = new HashSet<>();
    String name;
    int index;

    Frame(String pointer, boolean object, boolean closed) {
      this.pointer = pointer;
      this.object = object;
      this.closed = closed;
    }

    String segment() {
      return object ? name : Integer.toString(index);
    }
  }
}

package org.partnershipsdk.json.internal;

import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a value that the wire format represents as one JSON string: a typed identifier, a country
 * or a currency code. Accepts only a JSON string (no number, no coercion); a text the value's type
 * rejects is an invalid value. Not for public use.
 *
 * @param <T> the value's type
 */
final class TextValueDeserializer<T> extends StdDeserializer<T> {
  private final transient Function<String, T> fromText;
  private final String invalidKey;

  /**
   * @param type the value's type
   * @param fromText builds the value from its text; may throw a {@link PartnershipException} or an
   *     {@link IllegalArgumentException} (as {@code URI.create} does)
   * @param invalidKey the message key when the text is rejected
   */
  TextValueDeserializer(Class<T> type, Function<String, T> fromText, String invalidKey) {
    super(type);
    this.fromText = fromText;
    this.invalidKey = invalidKey;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    String text = Tokens.requireString(parser);
    try {
      return fromText.apply(text);
    } catch (PartnershipException | IllegalArgumentException rejected) {
      throw BindingProblem.invalid(parser, invalidKey, rejected);
    }
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.Textual;
  }
}

package org.partnershipsdk.json.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads an amount from {@code {"amount": "1200.5", "currency": "EUR"}}, the amount a string or a
 * number, exactly. Money is a closed value: any other property is rejected, in every reading mode.
 * Not for public use.
 */
final class MoneyDeserializer extends StdDeserializer<Money> {
  MoneyDeserializer() {
    super(Money.class);
  }

  @Override
  public Money deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = parser.nextToken();
    } else if (token != JsonToken.PROPERTY_NAME) {
      throw Tokens.mismatch(parser, "object");
    }
    BigDecimal amount = null;
    CurrencyCode currency = null;
    for (; token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "amount" -> amount = Decimals.read(parser);
        case "currency" -> currency = CurrencyCode.of(Tokens.requireString(parser));
        default -> throw BindingProblem.of(parser, "json.property.unknown", "json.property.unknown.closed",
            Map.of("property", name));
      }
    }
    if (amount == null || currency == null) {
      throw BindingProblem.of(parser, "json.property.missing", "json.property.missing",
          Map.of("property", amount == null ? "amount" : "currency"));
    }
    return Money.of(amount, currency);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }
}

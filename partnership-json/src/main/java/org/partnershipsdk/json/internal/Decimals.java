package org.partnershipsdk.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;

/**
 * The wire form of decimals: a JSON string in plain notation ({@code "1200.5"}), lossless in every
 * language; a JSON number is accepted on read and kept exactly. Not for public use.
 */
final class Decimals {
  /** The most digits before, and after, the decimal point. */
  static final int MAX_DIGITS = 64;
  private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final int MAX_TEXT_LENGTH = 2 * MAX_DIGITS + 2;

  private Decimals() {}

  /**
   * @param value a decimal
   * @return its plain notation, keeping its scale (a negative scale is written as an integer)
   */
  static String toText(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * @param parser the parser, at a string or number token
   * @return the decimal, exactly as written
   * @throws BindingProblem for another token, another notation, or more than {@value #MAX_DIGITS}
   *     digits on either side of the point
   */
  static BigDecimal read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    BigDecimal value;
    if (token == JsonToken.VALUE_STRING) {
      String text = parser.getString();
      if (text.length() > MAX_TEXT_LENGTH || !PLAIN.matcher(text).matches()) {
        throw BindingProblem.invalid(parser, "json.value.invalid.decimal", null);
      }
      value = new BigDecimal(text);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        value = parser.getDecimalValue();
      } catch (InputCoercionException | NumberFormatException invalid) {
        throw BindingProblem.invalid(parser, "json.value.invalid.decimal", invalid);
      }
    } else {
      throw Tokens.mismatch(parser, "string");
    }
    // Checked before any arithmetic: 1e999999999 is short to write but huge to expand.
    if (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS) {
      throw BindingProblem.invalid(parser, "json.value.invalid.decimal", null);
    }
    return value;
  }
}

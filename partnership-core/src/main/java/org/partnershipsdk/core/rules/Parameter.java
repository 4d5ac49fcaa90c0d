package org.partnershipsdk.core.rules;

import java.math.BigDecimal;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;

/**
 * A named parameter of a rule (months, days, a threshold...) with its default. A profile may set
 * another value; the rule reads it through {@link RuleContext#parameter(Parameter)}.
 *
 * @param name the parameter's name, unique within its rule, such as {@code months}
 * @param type the type of its values: {@link Integer} or {@link BigDecimal}
 * @param defaultValue the value used unless a profile sets another
 * @param description what it means, in English and French
 * @param <T> the type of its values
 */
public record Parameter<T>(String name, Class<T> type, T defaultValue, Label description) {

  /** Rejects nulls. */
  public Parameter {
    if (name == null || type == null || defaultValue == null || description == null) {
      throw new IncompleteValueException("name, type, defaultValue and description of a rule parameter");
    }
  }

  /**
   * @param name the name
   * @param defaultValue the default
   * @param en what it means, in English
   * @param fr what it means, in French
   * @return a whole-number parameter
   */
  public static Parameter<Integer> ofInt(String name, int defaultValue, String en, String fr) {
    return new Parameter<>(name, Integer.class, defaultValue, new Label(en, fr));
  }

  /**
   * @param name the name
   * @param defaultValue the default, as decimal text
   * @param en what it means, in English
   * @param fr what it means, in French
   * @return a decimal parameter
   */
  public static Parameter<BigDecimal> ofDecimal(String name, String defaultValue, String en, String fr) {
    return new Parameter<>(name, BigDecimal.class, new BigDecimal(defaultValue), new Label(en, fr));
  }

  /**
   * @param value a value given for this parameter
   * @return the value in this parameter's type
   * @throws RuleConfigurationException if it cannot be taken as one
   */
  T convert(Object value) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (type == BigDecimal.class && value instanceof Number number) {
      return type.cast(new BigDecimal(number.toString()));
    }
    if (type == Integer.class && (value instanceof Long || value instanceof Short)) {
      long n = ((Number) value).longValue();
      if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
        return type.cast((int) n);
      }
    }
    if (type == Integer.class && value instanceof BigDecimal decimal) { // as a programme's settings hold it
      try {
        return type.cast(decimal.intValueExact());
      } catch (ArithmeticException fraction) {
        throw RuleConfigurationException.wrongType(name, type.getSimpleName(), value);
      }
    }
    throw RuleConfigurationException.wrongType(name, type.getSimpleName(), value);
  }
}

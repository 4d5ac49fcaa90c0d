package org.partnershipsdk.core.model;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsdk.core.validation.constraints.IsoCurrency;

/**
 * A currency as its ISO 4217 code ({@code EUR}, {@code XOF}, {@code USD}...).
 *
 * <p>Any text is accepted so that a draft can hold what a user typed; validation reports a code
 * that ISO 4217 does not define.
 *
 * @param value the code as given, upper-cased
 */
@IsoCurrency
public record CurrencyCode(String value) {
  private static final Set<String> DEFINED = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  /** The euro. */
  public static final CurrencyCode EUR = new CurrencyCode("EUR");

  /**
   * @param value the code; upper-cased
   * @throws IncompleteValueException if {@code value} is null
   */
  public CurrencyCode {
    if (value == null) {
      throw new IncompleteValueException("currency");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * @param code an ISO 4217 code
   * @return the currency code
   */
  public static CurrencyCode of(String code) {
    return new CurrencyCode(code);
  }

  /** @return whether ISO 4217 defines this code */
  public boolean isDefined() {
    return DEFINED.contains(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.partnershipsdk.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;

/**
 * An amount of money: a {@link BigDecimal} and an ISO 4217 currency, never a {@code double}.
 *
 * <p>Amounts are kept without trailing zeros, so {@code 1200.50 EUR} equals {@code 1200.5 EUR}.
 * Amounts in the model (budgets, co-financing, costs) are never negative.
 */
@Value.Immutable(builder = false)
@PartnershipStyle
public abstract class Money implements Comparable<Money> {
  Money() {}

  /** @return the amount, without trailing zeros; never negative in a valid model */
  @Value.Parameter
  @PositiveOrZero
  public abstract BigDecimal amount();

  /** @return the currency */
  @Value.Parameter
  @Valid
  public abstract CurrencyCode currency();

  /**
   * @param amount the amount
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, CurrencyCode currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * @param amount the amount as decimal text, such as {@code "1200.50"}
   * @param currency an ISO 4217 code
   * @return the money
   * @throws NumberFormatException if {@code amount} is not a decimal number
   */
  public static Money of(String amount, String currency) {
    if (amount == null) {
      throw new IncompleteValueException("amount");
    }
    return of(new BigDecimal(amount), CurrencyCode.of(currency));
  }

  /**
   * @param other an amount in the same currency
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount().add(other.amount()), currency());
  }

  /**
   * Converts the amount at a rate the caller states: the SDK never looks up a rate itself.
   *
   * @param currency the currency to convert to
   * @param rate how many units of that currency one unit of this amount's currency is worth
   * @return the amount in that currency, without trailing zeros
   * @throws IncompleteValueException if an argument is null
   */
  public Money convertedTo(CurrencyCode currency, BigDecimal rate) {
    if (currency == null || rate == null) {
      throw new IncompleteValueException(currency == null ? "currency" : "rate");
    }
    return currency.equals(currency()) ? this : of(amount().multiply(rate), currency);
  }

  /**
   * Adds up amounts of one currency.
   *
   * @param currency the currency of the total, and of every amount
   * @param amounts the amounts
   * @return their total; zero when there are none
   * @throws CurrencyMismatchException if an amount is in another currency, naming both currencies;
   *     convert it first with {@link #convertedTo(CurrencyCode, BigDecimal)}
   * @throws IncompleteValueException if an argument or an amount is null
   */
  public static Money total(CurrencyCode currency, Iterable<Money> amounts) {
    if (currency == null || amounts == null) {
      throw new IncompleteValueException(currency == null ? "currency" : "amounts");
    }
    Money total = of(BigDecimal.ZERO, currency);
    for (Money amount : amounts) {
      if (amount == null) {
        throw new IncompleteValueException("amounts");
      }
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * @param other an amount
   * @return whether both amounts are in the same currency
   */
  public boolean hasSameCurrencyAs(Money other) {
    return currency().equals(other.currency());
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount().compareTo(other.amount());
  }

  private void requireSameCurrency(Money other) {
    if (!hasSameCurrencyAs(other)) {
      throw new CurrencyMismatchException(currency(), other.currency());
    }
  }

  @Value.Check
  Money normalize() {
    return Decimals.isNormal(amount()) ? this : of(Decimals.normalise(amount()), currency());
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency();
  }
}

package org.partnershipsdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnershipsdk.core.model.CurrencyCode;

/** Small drawing helpers shared by the generators. */
final class Draws {
  /** The first day generated dates may fall on. */
  static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);
  /** The last day a generated value starts on; later dates (ends, returns) stay within 2025. */
  static final LocalDate LATEST_START = LocalDate.of(2021, 12, 31);

  private Draws() {}

  /**
   * @return how many elements a collection gets: from {@code min} to {@code max}, capped by the
   *     context's size but never below {@code min}
   */
  static int count(GenContext context, int min, int max) {
    return context.intBetween(min, Math.max(min, Math.min(max, context.size())));
  }

  /** @return up to {@code n} distinct elements of {@code from}, in a random order */
  static <T> List<T> distinct(GenContext context, List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<T> chosen = new ArrayList<>();
    while (chosen.size() < n && !pool.isEmpty()) {
      chosen.add(pool.remove(context.intBetween(0, pool.size() - 1)));
    }
    return List.copyOf(chosen);
  }

  /** @return from {@code min} to {@code max} distinct constants of the enum */
  static <E extends Enum<E>> Set<E> enumSet(GenContext context, Class<E> type, int min, int max) {
    List<E> constants = List.of(type.getEnumConstants());
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(distinct(context, constants, count(context, min, Math.min(max, constants.size()))));
    return set;
  }

  /** @return some of the texts, distinct, up to the context's size */
  static List<String> texts(GenContext context, List<String> from, int min, int max) {
    return distinct(context, from, count(context, min, max));
  }

  /**
   * @return an amount in the currency's usual minor unit (cents for the euro, whole francs for the
   *     CFA franc), between {@code minMajor} and {@code maxMajor} major units
   */
  static BigDecimal amount(GenContext context, CurrencyCode currency, long minMajor, long maxMajor) {
    int digits = Math.max(0, Currency.getInstance(currency.value()).getDefaultFractionDigits());
    long factor = BigDecimal.TEN.pow(digits).longValueExact();
    return BigDecimal.valueOf(context.longBetween(minMajor * factor, maxMajor * factor), digits);
  }

  /** @return a day from {@code from} to {@code days} days after it */
  static LocalDate after(GenContext context, LocalDate from, int minDays, int maxDays) {
    return from.plusDays(context.intBetween(minDays, maxDays));
  }
}

package org.partnershipsdk.core.internal;

import java.math.BigDecimal;

/**
 * The one form the model keeps its decimals in (amounts, rates, indicator numbers): no trailing
 * zeros and a scale of at least 0, so that {@code 1200.50} equals {@code 1200.5}, {@code 1E+3}
 * equals {@code 1000}, and a value written then read back equals the original. Not for public use.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * @param value a decimal
   * @return the same number without trailing zeros, with a scale of at least 0
   */
  public static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * @param value a decimal
   * @return whether it is already in the normal form of {@link #normalise(BigDecimal)}
   */
  public static boolean isNormal(BigDecimal value) {
    return normalise(value).equals(value);
  }
}

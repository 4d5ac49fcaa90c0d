package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. The analysis computes with these and rounds once, when it publishes a
 * figure, so that no figure depends on the order of the sums or on intermediate rounding.
 */
final class Exact implements Comparable<Exact> {
  /** Published figures have two decimals, rounded half to even. */
  static final int SCALE = 2;
  static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
  static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Exact(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Exact of(long value) {
    return new Exact(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** @return numerator / denominator; the denominator is not zero */
  static Exact ratio(long numerator, long denominator) {
    return new Exact(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  Exact plus(Exact other) {
    return new Exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Exact minus(Exact other) {
    return plus(other.negate());
  }

  Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  Exact abs() {
    return numerator.signum() < 0 ? negate() : this;
  }

  Exact dividedBy(long divisor) {
    return new Exact(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** @return the value with {@link #SCALE} decimals, rounded {@link #ROUNDING} from the exact value */
  BigDecimal rounded() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), SCALE, ROUNDING);
  }

  @Override
  public int compareTo(Exact other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Exact e && numerator.equals(e.numerator) && denominator.equals(e.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }

  /** Adds values and divides by their number. */
  static final class Mean {
    private Exact sum = ZERO;
    private int count;

    void add(Exact value) {
      sum = sum.plus(value);
      count++;
    }

    int count() {
      return count;
    }

    /** @return the mean; only when at least one value was added */
    Exact value() {
      return sum.dividedBy(count);
    }
  }
}

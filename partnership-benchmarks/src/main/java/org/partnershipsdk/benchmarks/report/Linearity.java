package org.partnershipsdk.benchmarks.report;

import java.util.List;

/**
 * How the time of one rules implementation grows with the portfolio's size: the time per
 * initiative at each size, its growth relative to the smallest size, and the exponent {@code k} of
 * the least-squares fit of {@code log time = k log size + c}.
 *
 * @param perInitiative nanoseconds per initiative (or per unit of the size measured) at each size,
 *     smallest size first
 * @param growth each of those divided by the first
 * @param exponent the fitted exponent: 1 for linear growth
 */
record Linearity(double[] perInitiative, double[] growth, double exponent) {
  /** Above this exponent, growth is not linear. */
  static final double MAX_EXPONENT = 1.1;
  /** Above this growth of the time per initiative, growth is not linear. */
  static final double MAX_GROWTH = 1.5;

  /**
   * @param series measurements of one implementation, by increasing number of initiatives
   * @return the fit
   */
  static Linearity of(List<Measurement> series) {
    return of(series, "initiatives");
  }

  /**
   * @param series measurements of one implementation, by increasing size
   * @param size the JMH parameter that gives the size, such as {@code initiatives}
   * @return the fit, per unit of that size
   */
  static Linearity of(List<Measurement> series, String size) {
    int count = series.size();
    double[] perInitiative = new double[count];
    double[] growth = new double[count];
    double[] x = new double[count];
    double[] y = new double[count];
    for (int i = 0; i < count; i++) {
      int n = Integer.parseInt(series.get(i).param(size));
      perInitiative[i] = series.get(i).nanos() / n;
      growth[i] = perInitiative[i] / perInitiative[0];
      x[i] = Math.log(n);
      y[i] = Math.log(series.get(i).nanos());
    }
    return new Linearity(perInitiative, growth, slope(x, y));
  }

  /** @return the largest growth over the sizes */
  double maxGrowth() {
    double max = 0;
    for (double g : growth) {
      max = Math.max(max, g);
    }
    return max;
  }

  /** @return whether the growth is linear within the limits */
  boolean isLinear() {
    return Double.isNaN(exponent) || exponent <= MAX_EXPONENT && maxGrowth() <= MAX_GROWTH;
  }

  private static double slope(double[] x, double[] y) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < x.length; i++) {
      covariance += (x[i] - mx) * (y[i] - my);
      variance += (x[i] - mx) * (x[i] - mx);
    }
    return covariance / variance;
  }
}

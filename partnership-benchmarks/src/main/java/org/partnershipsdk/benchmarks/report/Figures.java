package org.partnershipsdk.benchmarks.report;

import java.util.Locale;

/** How the report writes its figures: three significant digits, each with its error. */
final class Figures {
  /** The mark of a figure that needs looking into. */
  static final String INVESTIGATE = "**investigate**";
  /** Below this speed relative to its baseline, a figure is investigated. */
  static final double SLOWEST_RATIO = 0.8;

  private Figures() {}

  /** @return a time in the unit that suits it, with its error, such as {@code 12.3 ± 0.4 ms} */
  static String time(double nanos, double error) {
    String[] units = {"ns", "µs", "ms", "s"};
    int unit = 0;
    double scale = 1;
    while (unit < units.length - 1 && nanos >= scale * 1000) {
      scale *= 1000;
      unit++;
    }
    return number(nanos / scale) + (Double.isNaN(error) ? "" : " ± " + number(error / scale)) + " " + units[unit];
  }

  /** @return a byte count in B, KB or MB (powers of 1024), with its error when known */
  static String bytes(double bytes, double error) {
    String[] units = {"B", "KB", "MB", "GB"};
    int unit = 0;
    double scale = 1;
    while (unit < units.length - 1 && bytes >= scale * 1024) {
      scale *= 1024;
      unit++;
    }
    return number(bytes / scale) + (Double.isNaN(error) ? "" : " ± " + number(error / scale)) + " " + units[unit];
  }

  /** @return a rate per second, such as {@code 71,200/s} */
  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f/s", perSecond);
  }

  /**
   * @return the speed of the SDK relative to its baseline (baseline time ÷ SDK time), with the
   *     error the two errors give it, such as {@code 0.42× ± 0.05}
   */
  static String ratio(double ratio, double error) {
    return String.format(Locale.ROOT, "%.2f×", ratio) + (Double.isNaN(error) ? "" : String.format(Locale.ROOT, " ± %.2f", error));
  }

  /** @return three significant digits, grouping thousands */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }

  /** @return the relative error of a figure, or 0 when unknown */
  static double relative(double value, double error) {
    return Double.isNaN(error) || value == 0 ? 0 : error / value;
  }
}

package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a reciprocity index moved between two assessments (évolution d'un indice).
 *
 * @param earlier the index in the earlier assessment, if it had one
 * @param later the index in the later assessment, if it had one
 * @param delta later minus earlier, when both are known: the difference of the two published
 *     indexes, so a reader can check it by subtraction
 * @param direction whether the delta is beyond the tolerance, either way, when both are known
 */
public record IndexChange(
    Optional<BigDecimal> earlier, Optional<BigDecimal> later, Optional<BigDecimal> delta,
    Optional<TrendDirection> direction) {

  public IndexChange {
    Require.present(earlier, "earlier");
    Require.present(later, "later");
    Require.present(delta, "delta");
    Require.present(direction, "direction");
  }

  static IndexChange between(Optional<BigDecimal> earlier, Optional<BigDecimal> later, BigDecimal tolerance) {
    if (earlier.isEmpty() || later.isEmpty()) {
      return new IndexChange(earlier, later, Optional.empty(), Optional.empty());
    }
    BigDecimal delta = later.get().subtract(earlier.get());
    TrendDirection direction = delta.abs().compareTo(tolerance) <= 0 ? TrendDirection.STABLE
        : delta.signum() > 0 ? TrendDirection.IMPROVED : TrendDirection.WORSENED;
    return new IndexChange(earlier, later, Optional.of(delta), Optional.of(direction));
  }
}

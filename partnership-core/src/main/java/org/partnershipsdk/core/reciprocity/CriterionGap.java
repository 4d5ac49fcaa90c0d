package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The difference of perception between two sides on one criterion (écart de perception): the
 * absolute difference of their normalised scores, on 0–100. Each figure has two decimals, rounded
 * half to even from the exact value, so the gap may differ by 0.01 from the difference of the
 * rounded scores.
 *
 * @param criterion the criterion's code
 * @param first the first side's normalised score, if it scored the criterion
 * @param second the second side's normalised score, if it scored the criterion
 * @param gap the absolute difference, when both sides scored the criterion
 */
public record CriterionGap(
    String criterion, Optional<BigDecimal> first, Optional<BigDecimal> second, Optional<BigDecimal> gap) {

  public CriterionGap {
    Require.present(criterion, "criterion");
    Require.present(first, "first");
    Require.present(second, "second");
    Require.present(gap, "gap");
  }

  /** @return whether exactly one of the two sides scored the criterion */
  public boolean isAnsweredByOneSideOnly() {
    return first.isPresent() != second.isPresent();
  }
}

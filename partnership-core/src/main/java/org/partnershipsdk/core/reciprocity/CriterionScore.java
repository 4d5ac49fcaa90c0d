package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one side scored one criterion of a reciprocity assessment: the mean of its respondents'
 * scores as given and brought to 0–100. Both figures have two decimals, rounded half to even from
 * the exact mean; both are empty when no respondent of the side scored the criterion.
 *
 * @param criterion the criterion's code
 * @param side the side
 * @param respondents how many organisations responded for the side
 * @param answers how many of them scored the criterion; the others are missing, not zero
 * @param raw the mean score on the set's scale, such as {@code 3.00} on 1–4
 * @param normalised the mean score on 0–100, such as {@code 66.67}
 */
public record CriterionScore(
    String criterion, Side side, int respondents, int answers, Optional<BigDecimal> raw,
    Optional<BigDecimal> normalised) {

  public CriterionScore {
    Require.present(criterion, "criterion");
    Require.present(side, "side");
    Require.present(raw, "raw");
    Require.present(normalised, "normalised");
  }

  /** @return whether at least one respondent of the side scored the criterion */
  public boolean isAnswered() {
    return answers > 0;
  }
}

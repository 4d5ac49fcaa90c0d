package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The reciprocity index of one side (indice de réciprocité): the mean, on 0–100, of the side's
 * scores of the criteria it answered, with the counts a reader needs to judge it. Missing answers
 * are left out of the mean, never counted as zero.
 *
 * @param side the side
 * @param respondents how many organisations responded for the side
 * @param criteriaAnswered how many criteria at least one of them scored
 * @param answers how many scores the side gave, all respondents together
 * @param missingAnswers how many scores are missing: respondents times criteria, less answers
 * @param index the mean of the side's normalised criterion scores, with two decimals; empty when
 *     the side scored nothing
 */
public record SideIndex(
    Side side, int respondents, int criteriaAnswered, int answers, int missingAnswers,
    Optional<BigDecimal> index) {

  public SideIndex {
    Require.present(side, "side");
    Require.present(index, "index");
  }
}

package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The trend of a partnership's reciprocity from one assessment to the next (évolution du baromètre):
 * for the overall index and for each side's index, the delta and whether it improved, worsened or
 * stayed stable within a tolerance.
 *
 * <p>Indexes are on 0–100 whatever the scale, so assessments answered on different criteria sets
 * or versions still compare. The delta is the difference of the two published indexes (two
 * decimals); it is stable when its absolute value is at most the tolerance.
 *
 * <pre>{@code
 * ReciprocityTrend trend = ReciprocityTrend.between(assessment2019, assessment2021, new BigDecimal("5"));
 * trend.overall().direction(); // Optional[IMPROVED]
 * }</pre>
 */
public final class ReciprocityTrend {
  private final ReciprocityAnalysis earlier;
  private final ReciprocityAnalysis later;
  private final BigDecimal tolerance;

  private ReciprocityTrend(ReciprocityAnalysis earlier, ReciprocityAnalysis later, BigDecimal tolerance) {
    this.earlier = earlier;
    this.later = later;
    this.tolerance = tolerance;
  }

  /**
   * @param earlier the earlier assessment
   * @param later the later assessment, of the same partnership
   * @param tolerance the largest move of an index, in points on 0–100, still read as stable
   * @return the trend
   * @throws UnanalysableAssessmentException if either assessment cannot be analysed
   * @throws IncomparableAssessmentsException if the assessments are of different partnerships, or
   *     both are dated and {@code earlier} is dated after {@code later}
   * @throws InvalidToleranceException if the tolerance is negative
   */
  public static ReciprocityTrend between(ReciprocityAssessment earlier, ReciprocityAssessment later,
      BigDecimal tolerance) {
    Require.present(earlier, "earlier");
    Require.present(later, "later");
    return between(ReciprocityAnalysis.of(earlier), ReciprocityAnalysis.of(later), tolerance);
  }

  /**
   * @param earlier the analysis of the earlier assessment
   * @param later the analysis of the later assessment, of the same partnership
   * @param tolerance the largest move of an index, in points on 0–100, still read as stable
   * @return the trend
   * @throws IncomparableAssessmentsException if the assessments are of different partnerships, or
   *     both are dated and {@code earlier} is dated after {@code later}
   * @throws InvalidToleranceException if the tolerance is negative
   */
  public static ReciprocityTrend between(ReciprocityAnalysis earlier, ReciprocityAnalysis later,
      BigDecimal tolerance) {
    Require.present(earlier, "earlier");
    Require.present(later, "later");
    Require.present(tolerance, "tolerance");
    if (tolerance.signum() < 0) {
      throw new InvalidToleranceException(tolerance);
    }
    ReciprocityAssessment first = earlier.assessment();
    ReciprocityAssessment second = later.assessment();
    if (!first.partnership().equals(second.partnership())) {
      throw IncomparableAssessmentsException.partnershipMismatch(first, second);
    }
    if (first.date().isPresent() && second.date().isPresent() && first.date().get().isAfter(second.date().get())) {
      throw IncomparableAssessmentsException.outOfOrder(first, second);
    }
    return new ReciprocityTrend(earlier, later, tolerance);
  }

  /** @return the analysis of the earlier assessment */
  public ReciprocityAnalysis earlier() {
    return earlier;
  }

  /** @return the analysis of the later assessment */
  public ReciprocityAnalysis later() {
    return later;
  }

  /** @return the largest move, in points on 0–100, read as stable */
  public BigDecimal tolerance() {
    return tolerance;
  }

  /** @return how the overall index moved */
  public IndexChange overall() {
    return IndexChange.between(earlier.overallIndex(), later.overallIndex(), tolerance);
  }

  /**
   * @param side a side
   * @return how the side's index moved; without delta when the side scored nothing in either
   */
  public IndexChange side(Side side) {
    Require.present(side, "side");
    Optional<BigDecimal> before = earlier.index(side).index();
    Optional<BigDecimal> after = later.index(side).index();
    return IndexChange.between(before, after, tolerance);
  }
}

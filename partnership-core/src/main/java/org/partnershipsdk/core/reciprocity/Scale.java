package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.validation.constraints.ReciprocityScaleOrder;

/**
 * The declared scale of a reciprocity assessment (échelle de notation): whole scores from
 * {@link #min()} to {@link #max()}, both included, higher meaning more reciprocal.
 *
 * <p>Any range a programme prefers is accepted (1 to 4, 0 to 10...); the analysis brings every
 * score to 0–100 with {@link #normalise(int)}, so that assessments on different scales compare.
 * Validation reports a scale whose minimum is not below its maximum (code
 * {@code reciprocity.scale.order}, on {@code max}).
 *
 * <pre>{@code
 * Scale scale = Scale.of(1, 4);
 * scale.normalise(3); // 66.67
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@ReciprocityScaleOrder
public abstract class Scale implements WithScale, Extensible {
  Scale() {}

  /** @return the lowest score: the criterion is not met at all */
  public abstract int min();

  /** @return the highest score: the criterion is fully met; above {@link #min()} in a valid scale */
  public abstract int max();

  /** @return whether the minimum is below the maximum, as a scale needs to normalise scores */
  public final boolean isOrdered() {
    return min() < max();
  }

  /**
   * @param score a score
   * @return whether the score lies on the scale, ends included
   */
  public final boolean contains(int score) {
    return score >= min() && score <= max();
  }

  /**
   * Brings a score to 0–100: the minimum gives 0, the maximum 100, and scores in between are
   * placed linearly. The result has two decimals, rounded half to even ({@code 2} on a 1–4 scale
   * gives {@code 33.33}).
   *
   * @param score a score on this scale
   * @return the score on 0–100, with two decimals
   * @throws InvalidScaleException if the scale's minimum is not below its maximum
   * @throws ScoreOutOfScaleException if the score is outside the scale
   */
  public final BigDecimal normalise(int score) {
    return exact(score).rounded();
  }

  /** The exact normalised score, which the analysis averages before it rounds. */
  final Exact exact(int score) {
    requireOrdered();
    if (!contains(score)) {
      throw new ScoreOutOfScaleException(score, min(), max());
    }
    return Exact.ratio(100L * (score - (long) min()), (long) max() - min());
  }

  /** The exact normalised value of the mean of some scores on this scale. */
  final Exact exactMean(long sum, int count) {
    requireOrdered();
    return Exact.ratio(100L * (sum - (long) count * min()), ((long) max() - min()) * count);
  }

  private void requireOrdered() {
    if (!isOrdered()) {
      throw new InvalidScaleException(min(), max());
    }
  }

  /**
   * @param min the lowest score
   * @param max the highest score
   * @return the scale
   */
  public static Scale of(int min, int max) {
    return builder().min(min).max(max).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scale}. */
  public static final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How far two sides' perceptions of a partnership lie apart (écart de perception): the gap on each
 * criterion and overall. It is the most telling figure of a reciprocity assessment: where the
 * supporting organisation and its partner see the relation differently is where they need to talk.
 *
 * @param first the first side
 * @param second the second side
 * @param criteria one gap per criterion of the set, in the set's order
 * @param overall the mean of the criterion gaps where both sides scored, with two decimals rounded
 *     half to even from the exact mean; empty when no criterion was scored by both
 */
public record PerceptionGap(Side first, Side second, List<CriterionGap> criteria, Optional<BigDecimal> overall) {
  private static final Comparator<CriterionGap> WIDEST_FIRST =
      Comparator.comparing((CriterionGap g) -> g.gap().orElseThrow()).reversed();

  public PerceptionGap {
    Require.present(first, "first");
    Require.present(second, "second");
    criteria = List.copyOf(Require.present(criteria, "criteria"));
    Require.present(overall, "overall");
  }

  /** @return how many criteria both sides scored: those the overall gap is the mean of */
  public int compared() {
    return (int) criteria.stream().filter(g -> g.gap().isPresent()).count();
  }

  /**
   * @return the criteria both sides scored, the widest gap first; equal gaps (as published, with
   *     two decimals) keep the set's order
   */
  public List<CriterionGap> disagreements() {
    // A stable sort over a list in the set's order: ties stay in that order.
    return criteria.stream().filter(g -> g.gap().isPresent()).sorted(WIDEST_FIRST).toList();
  }

  /**
   * @param threshold a gap on 0–100
   * @return the {@linkplain #disagreements() disagreements} wider than the threshold, widest first
   */
  public List<CriterionGap> widerThan(BigDecimal threshold) {
    Require.present(threshold, "threshold");
    return disagreements().stream().filter(g -> g.gap().orElseThrow().compareTo(threshold) > 0).toList();
  }

  /** @return the codes of the criteria exactly one of the two sides scored, in the set's order */
  public List<String> answeredByOneSideOnly() {
    return criteria.stream().filter(CriterionGap::isAnsweredByOneSideOnly).map(CriterionGap::criterion).toList();
  }
}

package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/**
 * The figures of a reciprocity assessment (analyse du baromètre de la réciprocité), as values a
 * front-end can draw: each side's score on each criterion, each side's index and an overall
 * index, and the gap between two sides' perceptions.
 *
 * <h2>How the figures are computed</h2>
 * <ul>
 *   <li>Scores are brought to 0–100 by the set's {@link Scale} (minimum 0, maximum 100), so that
 *       assessments on different scales compare.</li>
 *   <li>A side's score on a criterion is the mean of its respondents' scores; a side's index is
 *       the mean of its scores on the criteria it answered; the overall index is the mean of the
 *       sides' indexes, so that each side weighs the same whatever its number of respondents.</li>
 *   <li>Missing answers (an answer without a score, or no answer) are left out of every mean and
 *       counted, never taken as zero.</li>
 *   <li>The gap on a criterion is the absolute difference of two sides' scores on it; the overall
 *       gap is the mean of the gaps on the criteria both sides scored.</li>
 *   <li>Every figure is computed exactly (as a fraction) and rounded once, when it is published,
 *       to a {@link BigDecimal} with two decimals, half to even. The figures are therefore exact and
 *       identical on every machine, whatever the order of the responses.</li>
 * </ul>
 *
 * <p>With the 2021 assessment of the worked example in {@code docs/reciprocity.md} (a partnership
 * of the CAAC programme, scored on the standard set; the scores are illustrative):
 *
 * <pre>{@code
 * ReciprocityAnalysis analysis = ReciprocityAnalysis.of(assessment);
 * analysis.index(Side.PARTNER).index();    // Optional[60.61]
 * analysis.overallIndex();                 // Optional[71.21]
 * analysis.gap().overall();                // Optional[27.27]
 * analysis.gap().disagreements().get(0);   // the criterion the two sides see most differently
 * }</pre>
 */
public final class ReciprocityAnalysis {
  private final ReciprocityAssessment assessment;
  private final List<CriterionScore> scores = new ArrayList<>();
  private final Map<Side, SideIndex> indexes = new EnumMap<>(Side.class);
  private final Map<Side, Map<String, Exact>> exactScores = new EnumMap<>(Side.class);
  private final Map<Side, Exact> exactIndexes = new EnumMap<>(Side.class);
  private final Optional<BigDecimal> overallIndex;

  private ReciprocityAnalysis(ReciprocityAssessment assessment) {
    this.assessment = assessment;
    for (Side side : assessment.respondingSides()) {
      analyseSide(side);
    }
    Exact.Mean overall = new Exact.Mean();
    exactIndexes.values().forEach(overall::add);
    overallIndex = overall.count() == 0 ? Optional.empty() : Optional.of(overall.value().rounded());
  }

  /**
   * Analyses an assessment. Drafts are accepted: a missing date or unscored criteria do not prevent
   * the analysis, they show in the counts.
   *
   * @param assessment the assessment
   * @return its figures
   * @throws UnanalysableAssessmentException if validation finds a problem of reciprocity (code
   *     {@code reciprocity.*}): scale out of order, score outside the scale, unknown criterion,
   *     repeated criterion, answer or response
   */
  public static ReciprocityAnalysis of(ReciprocityAssessment assessment) {
    Require.present(assessment, "assessment");
    List<Violation> problems = ModelValidator.create().validate(assessment).violations().stream()
        .filter(v -> v.code().startsWith("reciprocity.")).toList();
    if (!problems.isEmpty()) {
      throw new UnanalysableAssessmentException(problems);
    }
    return new ReciprocityAnalysis(assessment);
  }

  private void analyseSide(Side side) {
    List<Response> responses = assessment.responses().stream().filter(r -> r.side() == side).toList();
    CriteriaSet set = assessment.criteriaSet();
    Map<String, Exact> byCriterion = new HashMap<>();
    Exact.Mean index = new Exact.Mean();
    int answers = 0;
    for (Criterion criterion : set.criteria()) {
      long sum = 0;
      int count = 0;
      for (Response response : responses) {
        var score = response.answer(criterion.code()).map(Answer::score);
        if (score.isPresent() && score.get().isPresent()) {
          sum += score.get().getAsInt();
          count++;
        }
      }
      answers += count;
      Optional<BigDecimal> raw = Optional.empty();
      Optional<BigDecimal> normalised = Optional.empty();
      if (count > 0) {
        Exact exact = set.scale().exactMean(sum, count);
        byCriterion.put(criterion.code(), exact);
        index.add(exact);
        raw = Optional.of(Exact.ratio(sum, count).rounded());
        normalised = Optional.of(exact.rounded());
      }
      scores.add(new CriterionScore(criterion.code(), side, responses.size(), count, raw, normalised));
    }
    exactScores.put(side, byCriterion);
    Optional<BigDecimal> published = Optional.empty();
    if (index.count() > 0) {
      exactIndexes.put(side, index.value());
      published = Optional.of(index.value().rounded());
    }
    int missing = responses.size() * set.criteria().size() - answers;
    indexes.put(side, new SideIndex(side, responses.size(), index.count(), answers, missing, published));
  }

  /** @return the assessment analysed */
  public ReciprocityAssessment assessment() {
    return assessment;
  }

  /**
   * @return every side's score on every criterion: for each side that responded, in the order of
   *     {@link Side}, one score per criterion in the set's order, answered or not
   */
  public List<CriterionScore> scores() {
    return Collections.unmodifiableList(scores);
  }

  /**
   * @param criterion a criterion's code
   * @param side a side
   * @return the side's score on the criterion, or empty when the side did not respond or the set
   *     has no such criterion
   */
  public Optional<CriterionScore> score(String criterion, Side side) {
    return scores.stream().filter(s -> s.side() == side && s.criterion().equals(criterion)).findFirst();
  }

  /** @return the index of each side that responded, in the order of {@link Side} */
  public List<SideIndex> indexes() {
    return List.copyOf(indexes.values());
  }

  /**
   * @param side a side
   * @return the side's index; without respondents nor index when the side did not respond
   */
  public SideIndex index(Side side) {
    Require.present(side, "side");
    return indexes.getOrDefault(side, new SideIndex(side, 0, 0, 0, 0, Optional.empty()));
  }

  /** @return the mean of the sides' indexes, on 0–100 with two decimals; empty when nothing is scored */
  public Optional<BigDecimal> overallIndex() {
    return overallIndex;
  }

  /** @return how many scores were given, all responses together */
  public int answers() {
    return indexes.values().stream().mapToInt(SideIndex::answers).sum();
  }

  /** @return how many scores are missing: responses times criteria, less the scores given */
  public int missingAnswers() {
    return indexes.values().stream().mapToInt(SideIndex::missingAnswers).sum();
  }

  /** @return the sides that gave at least one score, in the order of {@link Side} */
  public Set<Side> answeredSides() {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    sides.addAll(exactIndexes.keySet());
    return Collections.unmodifiableSet(sides);
  }

  /**
   * @return whether exactly one side gave scores: the assessment shows one perception of the
   *     relation and no gap can be measured (an assessment without any score is not one-sided but
   *     empty: see {@link #answeredSides()})
   */
  public boolean isAnsweredByOneSideOnly() {
    return exactIndexes.size() == 1;
  }

  /** @return the gap between the supporting organisation's and the partner's perceptions */
  public PerceptionGap gap() {
    return gap(Side.SUPPORTING_ORGANISATION, Side.PARTNER);
  }

  /**
   * @param first a side
   * @param second another side
   * @return the gap between the two sides' perceptions, criterion by criterion and overall; the
   *     same figures whichever side is named first
   */
  public PerceptionGap gap(Side first, Side second) {
    Require.present(first, "first");
    Require.present(second, "second");
    Map<String, Exact> firstScores = exactScores.getOrDefault(first, Map.of());
    Map<String, Exact> secondScores = exactScores.getOrDefault(second, Map.of());
    List<CriterionGap> gaps = new ArrayList<>();
    Exact.Mean overall = new Exact.Mean();
    for (String code : assessment.criteriaSet().codes()) {
      Optional<Exact> a = Optional.ofNullable(firstScores.get(code));
      Optional<Exact> b = Optional.ofNullable(secondScores.get(code));
      Optional<BigDecimal> gap = Optional.empty();
      if (a.isPresent() && b.isPresent()) {
        Exact exact = a.get().minus(b.get()).abs();
        overall.add(exact);
        gap = Optional.of(exact.rounded());
      }
      gaps.add(new CriterionGap(code, a.map(Exact::rounded), b.map(Exact::rounded), gap));
    }
    return new PerceptionGap(first, second, gaps,
        overall.count() == 0 ? Optional.empty() : Optional.of(overall.value().rounded()));
  }
}

package org.partnershipsdk.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.RelationStart;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.CriterionGap;
import org.partnershipsdk.core.reciprocity.IndexChange;
import org.partnershipsdk.core.reciprocity.ReciprocityAnalysis;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.ReciprocityTrend;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.reciprocity.TrendDirection;
import org.partnershipsdk.core.reciprocity.UnanalysableAssessmentException;
import org.partnershipsdk.core.rules.Findings;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules on partnerships (relations partenariales) and their reciprocity assessments
 * (baromètre de la réciprocité), from Fonda n.d.: the CAAC programme wants horizontal partnerships
 * founded on listening, reciprocity and learning, announces a barometer for a self-diagnosis of
 * the relation through the lens of reciprocity, and notes that trust takes time.
 *
 * <p>The rules on assessments read them through {@link ReciprocityAnalysis}. An assessment that
 * cannot be analysed (a score outside the scale, an unknown or repeated criterion, a repeated
 * response: validation codes {@code reciprocity.*}) gives no finding here: validation already
 * reports each of those problems at its path, and figures cannot be read before they are fixed.
 * The rules compare the supporting organisation with the partner, the two sides the barometer is
 * for; the scores of other participants of a multi-actor partnership count in the indexes only.
 */
public final class PartnershipRules {
  /** Id of {@link #ASSESSMENT_OVERDUE}. */
  public static final String ASSESSMENT_OVERDUE_ID = "partnership.assessment.overdue";
  /** Id of {@link #RELATION_RECENT}. */
  public static final String RELATION_RECENT_ID = "partnership.relation.recent";
  /** Id of {@link #ONE_SIDE_ONLY}. */
  public static final String ONE_SIDE_ONLY_ID = "assessment.responses.one-side-only";
  /** Id of {@link #GAP_TOO_WIDE}. */
  public static final String GAP_TOO_WIDE_ID = "assessment.gap.too-wide";
  /** Id of {@link #INDEX_DROPPED}. */
  public static final String INDEX_DROPPED_ID = "assessment.index.dropped";

  /** How long a partnership may go without a reciprocity assessment, in months. */
  public static final Parameter<Integer> OVERDUE_MONTHS = Parameter.ofInt("months", 24,
      "Months a partnership may go without a reciprocity assessment",
      "Nombre de mois qu'un partenariat peut passer sans baromètre de la réciprocité");

  /** The age, in whole years, below which a relation is called recent. */
  public static final Parameter<Integer> RECENT_YEARS = Parameter.ofInt("years", 2,
      "Age, in years, below which a relation is recent",
      "Âge, en années, en dessous duquel une relation est récente");

  /**
   * The widest gap between the two sides on one criterion, in levels of the assessment's own scale,
   * that needs no discussion: with 1, two sides one level apart (3 and 4 on a 1–4 scale) are not
   * reported, two levels apart are.
   */
  public static final Parameter<BigDecimal> GAP_LEVELS = Parameter.ofDecimal("levels", "1",
      "Widest gap, in levels of the assessment's scale, between the two sides on one criterion without a finding",
      "Écart le plus large, en niveaux de l'échelle du baromètre, entre les deux parties sur un critère sans constat");

  /** The largest fall of the overall index, on 0–100, from one assessment to the next, without a finding. */
  public static final Parameter<BigDecimal> DROP_POINTS = Parameter.ofDecimal("points", "10",
      "Largest fall, in points on 0–100, of the overall index since the previous assessment without a finding",
      "Baisse la plus forte, en points sur 0–100, de l'indice global depuis le baromètre précédent sans constat");

  /**
   * A partnership with no reciprocity assessment for more than {@link #OVERDUE_MONTHS} months,
   * counted from its last dated assessment or, when it has none, from the day the relation began.
   * A partnership with neither is not reported: validation already asks for its start date; nor is
   * a partnership that has ended ({@link Partnership#isEndedOn}).
   * Undated assessments are drafts and do not count. Fonda n.d.: the barometer is a regular
   * self-diagnosis of the relation.
   */
  public static final Rule<Partnership> ASSESSMENT_OVERDUE = BuiltIn.rule(Subject.PARTNERSHIP,
      ASSESSMENT_OVERDUE_ID, Severity.WARNING,
      "[Fonda n.d.] a reciprocity barometer lets both sides diagnose their relation; it is only useful if taken"
          + " again from time to time",
      PartnershipRules::checkOverdue, OVERDUE_MONTHS);

  /**
   * A partnership that began less than {@link #RECENT_YEARS} years ago (information). A
   * partnership without a start date, or that has not begun yet, is not reported. Fonda n.d.:
   * cooperating is hard between actors who have known each other only recently; trust takes time.
   */
  public static final Rule<Partnership> RELATION_RECENT = BuiltIn.rule(Subject.PARTNERSHIP,
      RELATION_RECENT_ID, Severity.INFO,
      "[Fonda n.d.] cooperating is hard when actors have only known each other recently; building trust takes time",
      PartnershipRules::checkRecent, RECENT_YEARS);

  /**
   * An assessment that the supporting organisation or the partner scored and the other did not:
   * it shows one perception of the relation and no gap can be measured. An assessment that neither
   * of them scored is an empty draft and is not reported. Fonda n.d.: the barometer is a
   * self-diagnosis of the relation, which takes both sides.
   */
  public static final Rule<ReciprocityAssessment> ONE_SIDE_ONLY = BuiltIn.rule(Subject.ASSESSMENT,
      ONE_SIDE_ONLY_ID, Severity.WARNING,
      "[Fonda n.d.] the reciprocity barometer diagnoses a relation, so both the supporting organisation and the"
          + " partner answer it",
      PartnershipRules::checkOneSideOnly);

  /**
   * An assessment where the supporting organisation's and the partner's scores of a criterion lie
   * more than {@link #GAP_LEVELS} levels of the assessment's scale apart: one finding per such
   * criterion, at {@code criteriaSet.criteria[i]}. The gap is compared on 0–100, where one level is
   * {@code 100 / (max - min)} points (33.33 on a 1–4 scale), both rounded to two decimals as the
   * analysis publishes them. Fonda n.d.: reciprocity means deconstructing power relations, and where
   * the two sides see the relation differently is where they need to talk.
   */
  public static final Rule<ReciprocityAssessment> GAP_TOO_WIDE = BuiltIn.rule(Subject.ASSESSMENT,
      GAP_TOO_WIDE_ID, Severity.WARNING,
      "[Fonda n.d.] developing reciprocity means deconstructing power relations; a criterion the two sides score"
          + " far apart is where to start",
      PartnershipRules::checkGap, GAP_LEVELS);

  /**
   * An assessment whose overall index fell by more than {@link #DROP_POINTS} points since the
   * assessment of the same partnership just before it (by date; undated assessments are not
   * compared). Fonda n.d.: the barometer follows how reciprocity in the relation evolves.
   */
  public static final Rule<ReciprocityAssessment> INDEX_DROPPED = BuiltIn.rule(Subject.ASSESSMENT,
      INDEX_DROPPED_ID, Severity.WARNING,
      "[Fonda n.d.] the barometer follows reciprocity in a relation over time; a marked fall calls for a"
          + " conversation",
      PartnershipRules::checkDrop, DROP_POINTS);

  private static final List<Rule<?>> ALL = BuiltIn.concat(
      List.of(ASSESSMENT_OVERDUE, RELATION_RECENT, ONE_SIDE_ONLY, GAP_TOO_WIDE, INDEX_DROPPED),
      ConsistencyRules.assessments());

  private PartnershipRules() {}

  /** @return the rules of this family, those on partnerships first, then those on assessments */
  public static List<Rule<?>> all() {
    return ALL;
  }

  private static void checkOverdue(Partnership partnership, RuleContext context,
      Findings findings) {
    if (partnership.isEndedOn(context.today())) {
      return;
    }
    Optional<LocalDate> last = lastDated(context.assessmentsOf(partnership.id()));
    Optional<LocalDate> from = last.isPresent() ? last : latestStart(partnership);
    if (from.isEmpty()) {
      return;
    }
    int months = context.parameter(OVERDUE_MONTHS);
    if (context.today().isAfter(from.get().plusMonths(months))) {
      boolean yearOnly = last.isEmpty() && partnership.since().isEmpty();
      findings.report("", Map.of("months", months,
          "date", yearOnly ? partnership.sinceYear().orElseThrow() : from.get(),
          "basis", last.isPresent() ? Basis.LAST_ASSESSMENT : yearOnly ? Basis.RELATION_START_YEAR
              : Basis.RELATION_START));
    }
  }

  private static Optional<LocalDate> lastDated(List<ReciprocityAssessment> oldestFirst) {
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      Optional<LocalDate> date = oldestFirst.get(i).date();
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The day the relation began, or when only its year is known, the last day of that year: the
   * latest it can have begun, so that a relation is never found older than it can be.
   */
  private static Optional<LocalDate> latestStart(Partnership partnership) {
    return partnership.since().isPresent() ? partnership.since()
        : partnership.sinceYear().map(year -> year.atMonth(12).atEndOfMonth());
  }

  private static void checkRecent(Partnership partnership, RuleContext context,
      Findings findings) {
    if (partnership.isEndedOn(context.today())) {
      return;
    }
    int years = context.parameter(RECENT_YEARS);
    if (partnership.since().isEmpty()) {
      // Only the year is known: recent only if it is, whatever day of that year it began.
      partnership.sinceYear().filter(year -> context.today().getYear() - year.getValue() < years)
          .filter(year -> !year.atDay(1).isAfter(context.today()))
          .ifPresent(year -> findings.report("sinceYear", "since", RelationStart.in(year), "years", years));
      return;
    }
    partnership.ageInYears(context.today()).ifPresent(age -> {
      if (age < years) {
        findings.report("since", "since", RelationStart.on(partnership.since().orElseThrow()), "years", years);
      }
    });
  }

  private static void checkOneSideOnly(ReciprocityAssessment assessment, RuleContext context,
      Findings findings) {
    analyse(assessment).ifPresent(analysis -> {
      Set<Side> answered = analysis.answeredSides();
      boolean supporting = answered.contains(Side.SUPPORTING_ORGANISATION);
      if (supporting != answered.contains(Side.PARTNER)) {
        findings.report("responses",
            "answered", supporting ? Side.SUPPORTING_ORGANISATION : Side.PARTNER,
            "missing", supporting ? Side.PARTNER : Side.SUPPORTING_ORGANISATION);
      }
    });
  }

  private static void checkGap(ReciprocityAssessment assessment, RuleContext context,
      Findings findings) {
    Optional<ReciprocityAnalysis> analysis = analyse(assessment);
    if (analysis.isEmpty()) {
      return;
    }
    BigDecimal levels = context.parameter(GAP_LEVELS);
    CriteriaSet set = assessment.criteriaSet();
    Scale scale = set.scale();
    BigDecimal points = levels.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf((long) scale.max() - scale.min()), 2, RoundingMode.HALF_EVEN);
    List<String> codes = set.codes();
    for (CriterionGap gap : analysis.get().gap().widerThan(points)) {
      int index = codes.indexOf(gap.criterion());
      findings.report("criteriaSet.criteria[" + index + "]", Map.of(
          "criterion", new CriterionName(set.criteria().get(index)),
          "supporting", gap.first().orElseThrow(),
          "partner", gap.second().orElseThrow(),
          "gap", gap.gap().orElseThrow(),
          "levels", levels.stripTrailingZeros().toPlainString(),
          "scale", scale.min() + "–" + scale.max(),
          "points", points));
    }
  }

  private static void checkDrop(ReciprocityAssessment assessment, RuleContext context,
      Findings findings) {
    Optional<ReciprocityAssessment> previous = previous(assessment, context);
    if (previous.isEmpty()) {
      return;
    }
    Optional<ReciprocityAnalysis> earlier = analyse(previous.get());
    Optional<ReciprocityAnalysis> later = earlier.isEmpty() ? Optional.empty() : analyse(assessment);
    if (later.isEmpty()) {
      return;
    }
    BigDecimal points = context.parameter(DROP_POINTS);
    IndexChange overall = ReciprocityTrend.between(earlier.get(), later.get(), points).overall();
    if (overall.direction().filter(d -> d == TrendDirection.WORSENED).isPresent()) {
      findings.report("", Map.of(
          "drop", overall.delta().orElseThrow().negate(),
          "before", overall.earlier().orElseThrow(),
          "after", overall.later().orElseThrow(),
          "previous", previous.get().date().orElseThrow(),
          "points", points));
    }
  }

  /**
   * The assessment of the same partnership just before this one: the one listed before it, oldest
   * first, when both are dated (undated assessments come last and are not compared).
   */
  private static Optional<ReciprocityAssessment> previous(ReciprocityAssessment assessment, RuleContext context) {
    if (assessment.date().isEmpty()) {
      return Optional.empty();
    }
    List<ReciprocityAssessment> oldestFirst = context.assessmentsOf(assessment.partnership());
    for (int i = 1; i < oldestFirst.size(); i++) {
      if (oldestFirst.get(i) == assessment) {
        return Optional.of(oldestFirst.get(i - 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<ReciprocityAnalysis> analyse(ReciprocityAssessment assessment) {
    try {
      return Optional.of(ReciprocityAnalysis.of(assessment));
    } catch (UnanalysableAssessmentException e) {
      return Optional.empty();
    }
  }

  /** What the months without assessment are counted from, as the message says it. */
  private enum Basis implements Coded {
    LAST_ASSESSMENT("last-assessment", "the last one dates from", "le dernier date du"),
    RELATION_START("relation-start", "none since the relation began on", "aucun depuis le début de la relation, le"),
    RELATION_START_YEAR("relation-start-year", "none since the relation began, in", "aucun depuis le début de la relation, en");

    private final String code;
    private final Label label;

    Basis(String code, String en, String fr) {
      this.code = code;
      this.label = new Label(en, fr);
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label(Locale locale) {
      return Texts.text("partnership.assessment.overdue.basis." + code, label, locale);
    }
  }

  /** A criterion named in a message: by its wording in the reader's language, its code for machines. */
  private record CriterionName(Criterion criterion) implements Coded {
    @Override
    public String code() {
      return criterion.code();
    }

    @Override
    public String label(Locale locale) {
      return criterion.wording(locale);
    }

    /** @return the code: short, so that a message never cuts the argument as a long text */
    @Override
    public String toString() {
      return criterion.code();
    }
  }
}

package org.partnershipsdk.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.EvaluationTiming;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.FigureQualifier;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * Adds to generated values what schema version 1.2 brought: stable references on the elements of
 * lists, reporting periods with targets, actuals and breakdowns by sex and age group, directions,
 * baseline years and SDG targets of indicators, activities' schedules and responsible participants,
 * evaluations' timing and lead, several mission types, partnerships begun in a known year,
 * programmes' aggregate results, and the words of an "other" field of action. It draws after
 * everything else, so that the rest of a seed's value stays what it was before. Every value it
 * makes is valid.
 */
final class LaterDetails {
  private static final List<SdgTarget> SDG_TARGETS = List.of("1.4", "2.3", "2.4", "5.5", "5.a", "8.5", "10.2", "16.7",
      "17.17").stream().map(SdgTarget::of).toList();

  private LaterDetails() {}

  /** @return the items, some with a reference of their own: the prefix and their rank, unique in the list */
  static <T> List<T> referenced(GenContext context, String prefix, List<T> items, BiFunction<T, String, T> withRef) {
    List<T> referenced = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      referenced.add(context.chance(0.5) ? withRef.apply(items.get(i), prefix + "-" + (i + 1)) : items.get(i));
    }
    return referenced;
  }

  /** @return the organisation, its "other" field of action named */
  static Organisation organisation(GenContext context, Organisation organisation) {
    return organisation.fieldsOfAction().contains(FieldOfAction.OTHER)
        ? organisation.withOtherFieldOfAction(context.pick(Vocabulary.OTHER_FIELDS)) : organisation;
  }

  /** @return the initiative with references, the later details of its evaluations and framework */
  static Initiative initiative(GenContext context, Initiative initiative) {
    ProjectCycle cycle = initiative.cycle();
    List<OrganisationId> participants = initiative.participants().stream().map(Participant::organisation).toList();
    Initiative detailed = initiative
        .withEvaluations(referenced(context, "evaluation", initiative.evaluations().stream()
            .map(e -> evaluation(context, e)).toList(), Evaluation::withRef))
        .withFollowUpContacts(referenced(context, "contact", initiative.followUpContacts(),
            (c, ref) -> c.withRef(ref)))
        .withCoFinancing(referenced(context, "share", initiative.coFinancing(), (c, ref) -> c.withRef(ref)))
        .withBudgetLines(referenced(context, "line", initiative.budgetLines(), (l, ref) -> l.withRef(ref)))
        .withCycle(cycle.withEntries(referenced(context, "stage", cycle.entries(), (e, ref) -> e.withRef(ref))))
        .withResultsFramework(framework(context, initiative.resultsFramework(), initiative.period(), participants));
    return initiative.fieldsOfAction().contains(FieldOfAction.OTHER)
        ? detailed.withOtherFieldOfAction(context.pick(Vocabulary.OTHER_FIELDS)) : detailed;
  }

  /**
   * @return the evaluation stating, for some, when it took place and who led it apart, its kind
   *     kept or left out, never contradicted
   */
  static Evaluation evaluation(GenContext context, Evaluation evaluation) {
    if (evaluation.kind().isEmpty() || !context.chance(0.5)) {
      return evaluation;
    }
    EvaluationKind kind = evaluation.kind().get();
    EvaluationTiming timing = kind.timing().orElseGet(() -> context.pick(EvaluationTiming.class));
    EvaluationLead lead = kind.lead().orElseGet(() -> evaluation.consultant().isPresent()
        ? context.pick(List.of(EvaluationLead.EXTERNAL, EvaluationLead.JOINT)) : context.pick(EvaluationLead.class));
    Evaluation stated = evaluation.withTiming(timing).withLedBy(lead);
    return context.chance(0.5) ? stated.withKind(Optional.empty()) : stated;
  }

  /** @return the framework with references, and its indicators and activities detailed */
  static ResultsFramework framework(GenContext context, ResultsFramework framework, Period span,
      List<OrganisationId> participants) {
    ResultsFramework.Builder detailed = ResultsFramework.builder().from(framework);
    framework.overallObjective().ifPresent(o -> detailed.overallObjective(
        o.withIndicators(indicators(context, o.indicators(), span)).withRef(context.chance(0.5)
            ? Optional.of("impact") : Optional.empty())));
    List<SpecificObjective> objectives = new ArrayList<>();
    for (SpecificObjective objective : framework.specificObjectives()) {
      List<ExpectedResult> results = new ArrayList<>();
      for (ExpectedResult result : objective.expectedResults()) {
        List<Activity> activities = new ArrayList<>();
        for (Activity activity : result.activities()) {
          activities.add(activity(context, activity.withIndicators(indicators(context, activity.indicators(), span)),
              span, participants));
        }
        results.add(result.withIndicators(indicators(context, result.indicators(), span))
            .withActivities(referenced(context, "activity", activities, Activity::withRef)));
      }
      objectives.add(objective.withIndicators(indicators(context, objective.indicators(), span))
          .withExpectedResults(referenced(context, "result", results, ExpectedResult::withRef)));
    }
    return detailed.specificObjectives(referenced(context, "objective", objectives, SpecificObjective::withRef))
        .build();
  }

  private static Activity activity(GenContext context, Activity activity, Period span,
      List<OrganisationId> participants) {
    Activity detailed = activity;
    if (context.chance(0.5)) {
      LocalDate start = context.dateBetween(span.start().orElseThrow(), span.end().orElse(span.start().get()));
      detailed = detailed.withSchedule(Period.of(start, Draws.after(context, start, 1, 120)));
    }
    if (!participants.isEmpty() && context.chance(0.5)) {
      detailed = detailed.withResponsible(context.pick(participants));
    }
    return detailed;
  }

  private static List<Indicator> indicators(GenContext context, List<Indicator> indicators, Period span) {
    return referenced(context, "indicator", indicators.stream().map(i -> indicator(context, i, span)).toList(),
        Indicator::withRef);
  }

  /**
   * @return the indicator with, for some, a direction, its baseline's year, SDG targets, and
   *     reporting periods (one per year of the span, up to three) whose numbers are broken down by
   *     sex and age group into parts that add up to them
   */
  static Indicator indicator(GenContext context, Indicator indicator, Period span) {
    Indicator.Builder detailed = Indicator.builder().from(indicator)
        .targets(referenced(context, "target", indicator.targets(), IndicatorValue::withRef))
        .measurements(referenced(context, "measurement", indicator.measurements(), IndicatorValue::withRef));
    if (context.chance(0.3)) {
      detailed.ascending(context.chance(0.7));
    }
    indicator.baseline().flatMap(IndicatorValue::date).filter(d -> context.chance(0.5))
        .ifPresent(date -> detailed.baselineYear(Year.of(date.getYear())));
    if (context.chance(0.3)) {
      detailed.sdgTargets(Draws.distinct(context, SDG_TARGETS, context.intBetween(1, 2)));
    }
    IndicatorMeasure measure = indicator.measure().orElse(IndicatorMeasure.NUMBER);
    boolean broken = measure.isQuantitative() && context.chance(0.4);
    boolean byAge = broken && context.chance(0.5);
    if (broken) {
      detailed.addDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"));
    }
    if (byAge) {
      detailed.addDisaggregations(Disaggregation.builder().name(Disaggregation.AGE_GROUP)
          .groups(context.chance(0.5) ? Vocabulary.AGE_GROUPS : List.of()).build());
    }
    LocalDate start = span.start().orElse(Draws.EARLIEST);
    LocalDate end = span.end().orElse(start);
    List<IndicatorPeriod> periods = new ArrayList<>();
    int years = Math.min(Draws.count(context, 0, 3), end.getYear() - start.getYear() + 1);
    for (int y = 0; y < years; y++) {
      Period year = Period.ofYear(start.getYear() + y);
      IndicatorPeriod.Builder period = IndicatorPeriod.builder().period(year);
      if (context.chance(0.5)) {
        period.ref(String.valueOf(start.getYear() + y));
      }
      if (context.chance(0.85)) {
        period.target(breakdown(context, ResultsGenerators.value(context, measure, year.end().orElseThrow(), false)
            .withDate(Optional.empty()), measure, broken, byAge));
      }
      if (context.chance(0.7)) {
        LocalDate observed = context.dateBetween(year.start().orElseThrow(), year.end().orElseThrow());
        period.actual(breakdown(context, ResultsGenerators.value(context, measure, observed, false)
            .withSourceOfVerification(context.pick(Vocabulary.SOURCES_OF_VERIFICATION)), measure, broken, byAge));
      }
      if (context.chance(0.3)) {
        period.comment(context.pick(Vocabulary.PERIOD_COMMENTS));
      }
      periods.add(period.build());
    }
    return detailed.periods(periods).build();
  }

  /** The value, broken down for some: by sex, and by sex and age group, parts adding up to at most the whole. */
  private static IndicatorValue breakdown(GenContext context, IndicatorValue value, IndicatorMeasure measure,
      boolean bySex, boolean byAge) {
    if (!bySex || value.number().isEmpty() || !context.chance(0.6)) {
      return value;
    }
    BigDecimal total = value.number().get();
    List<DisaggregatedValue> parts = new ArrayList<>();
    List<BigDecimal> sexes = shares(context, measure, total, 2);
    parts.add(part(sexes.get(0), Dimension.of(Disaggregation.SEX, "female")));
    parts.add(part(sexes.get(1), Dimension.of(Disaggregation.SEX, "male")));
    if (byAge && context.chance(0.5)) {
      Dimension young = Dimension.of(Disaggregation.AGE_GROUP, Vocabulary.AGE_GROUPS.get(0));
      List<BigDecimal> women = shares(context, measure, sexes.get(0), 1);
      List<BigDecimal> men = shares(context, measure, sexes.get(1), 1);
      parts.add(part(women.get(0), Dimension.of(Disaggregation.SEX, "female"), young));
      parts.add(part(men.get(0), Dimension.of(Disaggregation.SEX, "male"), young));
    }
    return value.withBreakdown(parts);
  }

  /**
   * @return {@code count} parts of the whole: for a number, whole parts adding up to at most the
   *     whole; for a percentage, percentages of their own (the parts of a share do not add up)
   */
  private static List<BigDecimal> shares(GenContext context, IndicatorMeasure measure, BigDecimal whole, int count) {
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal left = whole.setScale(0, RoundingMode.DOWN).max(BigDecimal.ZERO);
    for (int i = 0; i < count; i++) {
      if (measure == IndicatorMeasure.PERCENTAGE) {
        shares.add(BigDecimal.valueOf(context.intBetween(0, 100)));
      } else {
        BigDecimal share = i == count - 1 && count > 1 ? left
            : BigDecimal.valueOf(context.longBetween(0, left.longValueExact()));
        shares.add(share);
        left = left.subtract(share);
      }
    }
    return shares;
  }

  private static DisaggregatedValue part(BigDecimal number, Dimension... dimensions) {
    return DisaggregatedValue.builder().number(number).addDimensions(dimensions).build();
  }

  /** @return the mission stating, for some, several types, its volunteers and achievements referenced */
  static VolunteerMission mission(GenContext context, VolunteerMission mission) {
    VolunteerMission detailed = mission
        .withVolunteers(referenced(context, "volunteer", mission.volunteers(), (v, ref) -> v.withRef(ref)))
        .withAchievements(referenced(context, "achievement", mission.achievements(), (a, ref) -> a.withRef(ref)));
    if (mission.type().isEmpty() || !context.chance(0.5)) {
      return detailed;
    }
    Set<MissionType> types = EnumSet.of(mission.type().get());
    types.addAll(Draws.enumSet(context, MissionType.class, 0, 1));
    detailed = detailed.withTypes(types);
    return context.chance(0.5) ? detailed.withType(Optional.empty()) : detailed;
  }

  /** @return the partnership begun, for some, in a known year only, or on a day and in its year */
  static Partnership partnership(GenContext context, Partnership partnership) {
    if (partnership.since().isEmpty() || !context.chance(0.4)) {
      return partnership;
    }
    Partnership dated = partnership.withSinceYear(Year.of(partnership.since().get().getYear()));
    return context.chance(0.5) ? dated.withSince(Optional.empty()) : dated;
  }

  /** @return the programme with up to three aggregate results over one of its phases */
  static Programme programme(GenContext context, Programme programme) {
    List<AggregateResult> results = new ArrayList<>();
    int count = Draws.count(context, 0, 3);
    for (int i = 0; i < count; i++) {
      AggregateResult.Builder result = AggregateResult.builder()
          .description(context.pick(Vocabulary.AGGREGATE_DESCRIPTIONS))
          .number(BigDecimal.valueOf(context.longBetween(1, 500_000)))
          .unit(context.pick(Vocabulary.AGGREGATE_UNITS));
      if (context.chance(0.5)) {
        result.ref("figure-" + (i + 1));
      }
      if (context.chance(0.4)) {
        result.qualifier(context.pick(FigureQualifier.class));
      }
      if (!programme.phases().isEmpty() && context.chance(0.7)) {
        result.period(context.pick(programme.phases()).period());
      }
      if (context.chance(0.5)) {
        result.source(context.pick(Vocabulary.AGGREGATE_SOURCES));
      }
      results.add(result.build());
    }
    return programme.withAggregateResults(results);
  }

  /** @return the agreement, some of its tranches referenced */
  static FundingAgreement agreement(GenContext context, FundingAgreement agreement) {
    return agreement.withTranches(referenced(context, "tranche", agreement.tranches(), (t, ref) -> t.withRef(ref)));
  }
}

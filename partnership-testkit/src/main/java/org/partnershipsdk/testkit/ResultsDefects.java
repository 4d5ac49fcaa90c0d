package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.OrganisationDefects.first;
import static org.partnershipsdk.testkit.OrganisationDefects.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;

/** Breaks valid indicators, and results frameworks, in exactly one place each. */
final class ResultsDefects {
  private ResultsDefects() {}

  static Indicator indicator(GenContext context, Defect defect) {
    Period span = OrganisationGenerators.period(context);
    LocalDate start = span.start().orElseThrow();
    return switch (defect) {
      case TEXT_IN_QUANTITATIVE_INDICATOR -> {
        Indicator valid = ResultsGenerators.indicator(context, span, quantitative(context));
        yield valid.withTargets(first(
            IndicatorValue.ofText(context.pick(List.of("N/A", "non mesuré", "about forty"))).withDate(start),
            valid.targets()));
      }
      case PERCENTAGE_OUT_OF_RANGE -> ResultsGenerators.indicator(context, span, IndicatorMeasure.PERCENTAGE)
          .withBaseline(IndicatorValue.ofNumber(BigDecimal.valueOf(context.intBetween(1_001, 2_500), 1))
              .withDate(start));
      case MEASUREMENTS_OUT_OF_ORDER -> {
        Indicator valid = ResultsGenerators.indicator(context, span);
        IndicatorMeasure measure = valid.measure().orElseThrow();
        LocalDate measured = Draws.after(context, start, 30, 365);
        yield valid.withMeasurements(
            ResultsGenerators.value(context, measure, measured, false),
            ResultsGenerators.value(context, measure, measured.minusDays(context.intBetween(1, 29)), false));
      }
      case UNDECLARED_DISAGGREGATION -> {
        Indicator total = totalsOnly(ResultsGenerators.indicator(context, span));
        yield total.withTargets(first(
            ResultsGenerators.value(context, total.measure().orElseThrow(), span.end().orElseThrow(), false)
                .withDisaggregationKey(context.pick(List.of("women", "men", "under 25"))),
            total.targets()));
      }
      case UNDECLARED_BREAKDOWN_GROUP -> {
        Indicator valid = ResultsGenerators.indicator(context, span, IndicatorMeasure.NUMBER)
            .withDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"));
        Dimension undeclared = context.chance(0.5) ? Dimension.of(Disaggregation.SEX, context.pick(List.of("f", "women")))
            : Dimension.of(context.pick(List.of("site", "age-group")), "15-24");
        yield valid.withPeriods(IndicatorPeriod.builder().period(Period.ofYear(start.getYear()))
            .target(IndicatorValue.ofNumber(20))
            .actual(IndicatorValue.ofNumber(15).withBreakdown(DisaggregatedValue.of(context.intBetween(0, 15), undeclared)))
            .build());
      }
      case BREAKDOWN_NOT_QUANTITATIVE -> {
        Indicator valid = ResultsGenerators.indicator(context, span, IndicatorMeasure.QUALITATIVE)
            .withDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"));
        yield valid.withPeriods(IndicatorPeriod.builder().period(Period.ofYear(start.getYear()))
            .actual(IndicatorValue.ofText(context.pick(List.of("More women speak in assemblies",
                    "Les femmes prennent davantage la parole")))
                .withBreakdown(DisaggregatedValue.of(context.intBetween(1, 40), Dimension.of(Disaggregation.SEX,
                    context.pick(List.of("female", "male"))))))
            .build());
      }
      case BREAKDOWN_DIMENSION_REPEATED -> withBreakdown(context, span,
          DisaggregatedValue.of(context.intBetween(0, 10), Dimension.of(Disaggregation.SEX, "female"),
              Dimension.of(Disaggregation.SEX, "male")));
      case BREAKDOWN_GROUP_COUNTED_TWICE -> {
        String group = context.pick(List.of("female", "male"));
        yield withBreakdown(context, span,
            DisaggregatedValue.of(context.intBetween(0, 7), Dimension.of(Disaggregation.SEX, group)),
            DisaggregatedValue.of(context.intBetween(0, 7), Dimension.of(Disaggregation.SEX, group)));
      }
      case DISAGGREGATION_DECLARED_TWICE -> {
        Disaggregation declared = context.chance(0.5) ? Disaggregation.of(Disaggregation.SEX, "female", "male")
            : Disaggregation.of(Disaggregation.AGE_GROUP, "under-25", "25-and-over");
        yield withBreakdown(context, span).withDisaggregations(declared,
            Disaggregation.of(declared.name(), context.pick(List.of("other", "not-stated"))));
      }
      case BASELINE_YEAR_MISMATCH -> {
        Indicator valid = ResultsGenerators.indicator(context, span);
        IndicatorValue baseline = valid.baseline().orElseGet(() ->
            ResultsGenerators.value(context, valid.measure().orElseThrow(), start, false));
        yield valid.withBaseline(baseline).withBaselineYear(
            Year.of(baseline.date().orElseThrow().getYear() + context.intBetween(1, 5)));
      }
      case UNKNOWN_SDG_TARGET -> ResultsGenerators.indicator(context, span).withSdgTargets(
          SdgTarget.of(context.pick(List.of("18.1", "2.9", "17.a", "sdg-2", "N/A"))));
      default -> throw new IllegalArgumentException("Not a defect of an indicator: " + defect);
    };
  }

  /** @return the initiative's framework, its overall objective's first indicator with an empty baseline */
  static ResultsFramework withEmptyValue(GenContext context, Initiative initiative) {
    ResultsFramework framework = initiative.resultsFramework();
    OverallObjective overall = framework.overallObjective()
        .orElseGet(() -> OverallObjective.of(context.pick(Vocabulary.OVERALL_STATEMENTS)));
    Indicator indicator = overall.indicators().stream().findFirst()
        .orElseGet(() -> ResultsGenerators.indicator(context, initiative.period()))
        .withBaseline(IndicatorValue.builder().date(initiative.period().start().orElseThrow()).build());
    return framework.withOverallObjective(overall.withIndicators(first(indicator, rest(overall.indicators()))));
  }

  /** @return the initiative's framework, its first activity under a responsible that does not take part */
  static ResultsFramework withOutsideResponsible(GenContext context, Initiative initiative) {
    ResultsFramework framework = initiative.resultsFramework();
    SpecificObjective objective = framework.specificObjectives().stream().findFirst()
        .orElseGet(() -> SpecificObjective.builder().statement(context.pick(Vocabulary.SPECIFIC_STATEMENTS)).build());
    ExpectedResult result = objective.expectedResults().stream().findFirst()
        .orElseGet(() -> ExpectedResult.builder().statement(context.pick(Vocabulary.RESULT_STATEMENTS)).build());
    Activity activity = result.activities().stream().findFirst()
        .orElseGet(() -> Activity.builder().statement(context.pick(Vocabulary.ACTIVITY_STATEMENTS)).build())
        // "-0" never ends a generated identifier: the organisation takes no part.
        .withResponsible(OrganisationId.of(context.pick(Vocabulary.ORGANISATIONS).slug() + "-0"));
    ExpectedResult broken = result.withActivities(first(activity, rest(result.activities())));
    return framework.withSpecificObjectives(first(objective.withExpectedResults(first(broken,
        rest(objective.expectedResults()))), rest(framework.specificObjectives())));
  }

  /**
   * @return a number indicator declaring the sex dimension, with one period whose actual of 15 is
   *     broken down into these parts
   */
  private static Indicator withBreakdown(GenContext context, Period span, DisaggregatedValue... parts) {
    LocalDate start = span.start().orElseThrow();
    return ResultsGenerators.indicator(context, span, IndicatorMeasure.NUMBER)
        .withDisaggregations(Disaggregation.of(Disaggregation.SEX, "female", "male"))
        .withPeriods(IndicatorPeriod.builder().period(Period.ofYear(start.getYear()))
            .target(IndicatorValue.ofNumber(20))
            .actual(IndicatorValue.ofNumber(15).withBreakdown(parts))
            .build());
  }

  private static IndicatorMeasure quantitative(GenContext context) {
    return context.chance(0.5) ? IndicatorMeasure.NUMBER : IndicatorMeasure.PERCENTAGE;
  }

  /** The indicator without a disaggregation, every value for the total. */
  private static Indicator totalsOnly(Indicator indicator) {
    return indicator.withDisaggregation(Optional.empty())
        .withBaseline(indicator.baseline().map(ResultsDefects::total))
        .withTargets(indicator.targets().stream().map(ResultsDefects::total).toList())
        .withMeasurements(indicator.measurements().stream().map(ResultsDefects::total).toList());
  }

  private static IndicatorValue total(IndicatorValue value) {
    return value.withDisaggregationKey(Optional.empty());
  }
}

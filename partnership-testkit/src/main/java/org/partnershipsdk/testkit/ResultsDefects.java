package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.OrganisationDefects.first;
import static org.partnershipsdk.testkit.OrganisationDefects.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;

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

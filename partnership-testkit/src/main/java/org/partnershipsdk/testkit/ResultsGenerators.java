package org.partnershipsdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * Generates results frameworks whose indicators hold values of the kind their measure expects:
 * numbers for numbers, 0–100 for percentages, yes or no, text only for qualitative indicators.
 */
final class ResultsGenerators {
  private record IndicatorTemplate(IndicatorMeasure measure, String name, String unit) {}

  private static final List<IndicatorTemplate> INDICATORS = List.of(
      new IndicatorTemplate(IndicatorMeasure.NUMBER, "Number of employees trained in bottling", "employees"),
      new IndicatorTemplate(IndicatorMeasure.NUMBER, "Nombre de familles qui vendent des paniers chaque semaine",
          "familles"),
      new IndicatorTemplate(IndicatorMeasure.NUMBER, "Number of households connected to the grid", "households"),
      new IndicatorTemplate(IndicatorMeasure.PERCENTAGE, "Share of women processors covered by social protection",
          "%"),
      new IndicatorTemplate(IndicatorMeasure.PERCENTAGE, "Part des jeunes formés installés dans un métier agricole",
          "%"),
      new IndicatorTemplate(IndicatorMeasure.YES_NO, "Marketing authorisation obtained", null),
      new IndicatorTemplate(IndicatorMeasure.YES_NO, "Convention signée avec la commune", null),
      new IndicatorTemplate(IndicatorMeasure.QUALITATIVE, "Perception of the partnership by the farming families",
          null),
      new IndicatorTemplate(IndicatorMeasure.QUALITATIVE, "Évolution des relations avec les autorités locales", null));

  /** The groups values are broken down into, when an indicator is disaggregated by sex. */
  private static final List<String> GROUPS = List.of("women", "men");

  private ResultsGenerators() {}

  /** @return a framework whose values are dated within the span, whose costs are in the currency */
  static ResultsFramework framework(GenContext context, Period span, CurrencyCode currency) {
    ResultsFramework.Builder framework = ResultsFramework.builder();
    if (context.chance(0.8)) {
      framework.overallObjective(OverallObjective.builder()
          .statement(context.pick(Vocabulary.OVERALL_STATEMENTS))
          .indicators(indicators(context, span))
          .assumptions(Draws.texts(context, Vocabulary.ASSUMPTIONS, 0, 2))
          .build());
    }
    int objectives = Draws.count(context, 0, 3);
    for (int i = 0; i < objectives; i++) {
      framework.addSpecificObjective(SpecificObjective.builder()
          .statement(context.pick(Vocabulary.SPECIFIC_STATEMENTS))
          .indicators(indicators(context, span))
          .assumptions(Draws.texts(context, Vocabulary.ASSUMPTIONS, 0, 2))
          .expectedResults(results(context, span, currency))
          .build());
    }
    return framework.build();
  }

  private static List<ExpectedResult> results(GenContext context, Period span, CurrencyCode currency) {
    List<ExpectedResult> results = new ArrayList<>();
    int count = Draws.count(context, 0, 3);
    for (int i = 0; i < count; i++) {
      results.add(ExpectedResult.builder()
          .statement(context.pick(Vocabulary.RESULT_STATEMENTS))
          .indicators(indicators(context, span))
          .assumptions(Draws.texts(context, Vocabulary.ASSUMPTIONS, 0, 1))
          .activities(activities(context, span, currency))
          .build());
    }
    return results;
  }

  private static List<Activity> activities(GenContext context, Period span, CurrencyCode currency) {
    List<Activity> activities = new ArrayList<>();
    int count = Draws.count(context, 0, 3);
    for (int i = 0; i < count; i++) {
      Activity.Builder activity = Activity.builder()
          .statement(context.pick(Vocabulary.ACTIVITY_STATEMENTS))
          .indicators(indicators(context, span))
          .assumptions(Draws.texts(context, Vocabulary.ASSUMPTIONS, 0, 1));
      if (context.chance(0.6)) {
        activity.means(context.pick(Vocabulary.MEANS));
      }
      if (context.chance(0.6)) {
        activity.cost(Money.of(Draws.amount(context, currency, 100, 20_000), currency));
      }
      activities.add(activity.build());
    }
    return activities;
  }

  private static List<Indicator> indicators(GenContext context, Period span) {
    List<Indicator> indicators = new ArrayList<>();
    int count = Draws.count(context, 0, 2);
    for (int i = 0; i < count; i++) {
      indicators.add(indicator(context, span));
    }
    return indicators;
  }

  /** @return an indicator with a baseline at the span's start, targets at its end, measurements within */
  static Indicator indicator(GenContext context, Period span) {
    return indicator(context, span, context.pick(INDICATORS));
  }

  /** @return an indicator of that measure, as {@link #indicator(GenContext, Period)} */
  static Indicator indicator(GenContext context, Period span, IndicatorMeasure measure) {
    return indicator(context, span,
        context.pick(INDICATORS.stream().filter(t -> t.measure() == measure).toList()));
  }

  private static Indicator indicator(GenContext context, Period span, IndicatorTemplate template) {
    boolean disaggregated = context.chance(0.3);
    LocalDate start = span.start().orElse(Draws.EARLIEST);
    LocalDate end = span.end().orElse(start);
    Indicator.Builder indicator = Indicator.builder().name(template.name()).measure(template.measure());
    if (template.unit() != null) {
      indicator.unit(template.unit());
    }
    if (disaggregated) {
      indicator.disaggregation("sex");
    }
    if (context.chance(0.8)) {
      indicator.baseline(value(context, template.measure(), start, false));
    }
    int targets = Draws.count(context, 0, 2);
    for (int i = 0; i < targets; i++) {
      indicator.addTarget(value(context, template.measure(), end, disaggregated));
    }
    List<IndicatorValue> measurements = new ArrayList<>();
    int count = Draws.count(context, 0, 4);
    for (int i = 0; i < count; i++) {
      measurements.add(value(context, template.measure(), context.dateBetween(start, end), disaggregated)
          .withSourceOfVerification(context.pick(Vocabulary.SOURCES_OF_VERIFICATION)));
    }
    measurements.sort(Comparator.comparing(v -> v.date().orElseThrow()));
    return indicator.measurements(measurements).build();
  }

  /** @return a value of the kind the measure expects, for one of the groups if disaggregated */
  static IndicatorValue value(GenContext context, IndicatorMeasure measure, LocalDate date,
      boolean disaggregated) {
    IndicatorValue.Builder value = IndicatorValue.builder().date(date);
    switch (measure) {
      case NUMBER -> value.number(BigDecimal.valueOf(context.intBetween(0, 500)));
      case PERCENTAGE -> value.number(BigDecimal.valueOf(context.intBetween(0, 1000), 1));
      case YES_NO -> value.flag(context.chance(0.5));
      case QUALITATIVE -> value.text(context.pick(Vocabulary.QUALITATIVE_VALUES));
    }
    if (disaggregated && context.chance(0.7)) {
      value.disaggregationKey(context.pick(GROUPS));
    }
    return value.build();
  }
}

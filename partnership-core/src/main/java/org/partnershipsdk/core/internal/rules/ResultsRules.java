package org.partnershipsdk.core.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.LocatedIndicator;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules about the results an initiative reports: reporting periods with their targets
 * and actuals, breakdowns that add up, indicators going the way they should, and a results
 * framework written by the end of design. They check initiatives, like {@link InitiativeRules},
 * whose family they complete; their texts are in {@code texts/rules-initiative_en|fr.properties}.
 * Not for public use: see {@code BuiltInRules}.
 */
public final class ResultsRules {
  /** Id of {@link #PERIOD_TARGET_MISSING}. */
  public static final String PERIOD_TARGET_MISSING_ID = "initiative.indicator.period-target-missing";
  /** Id of {@link #ACTUAL_OUTSIDE_PERIOD}. */
  public static final String ACTUAL_OUTSIDE_PERIOD_ID = "initiative.indicator.actual-outside-period";
  /** Id of {@link #BREAKDOWN_EXCEEDS_TOTAL}. */
  public static final String BREAKDOWN_EXCEEDS_TOTAL_ID = "initiative.indicator.breakdown-exceeds-total";
  /** Id of {@link #WRONG_DIRECTION}. */
  public static final String WRONG_DIRECTION_ID = "initiative.indicator.wrong-direction";
  /** Id of {@link #FRAMEWORK_EMPTY_AFTER_DESIGN}. */
  public static final String FRAMEWORK_EMPTY_AFTER_DESIGN_ID = "initiative.results.empty-after-design";

  /** Of {@link #WRONG_DIRECTION}: how far the wrong way from the baseline, in percent of it, is too far. */
  public static final Parameter<Integer> WRONG_DIRECTION_PERCENT = Parameter.ofInt("percent", 10,
      "How far the latest value may move the wrong way from the baseline, in percent of the baseline, before the"
          + " rule reports (0 reports any move the wrong way)",
      "De combien la dernière valeur peut s'éloigner de la situation de référence dans le mauvais sens, en"
          + " pourcentage de celle-ci, avant que la règle ne signale (0 signale tout écart dans le mauvais sens)");

  private static final String RESULTS_FRAMEWORK = "resultsFramework.";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A reporting period of an indicator without a target (IATI 2018: each period is reported against
   * what it was to reach). Warning, at {@code resultsFramework.<indicator>.periods[i].target}.
   */
  public static final Rule<Initiative> PERIOD_TARGET_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      PERIOD_TARGET_MISSING_ID, Severity.WARNING,
      "[IATI 2018] an indicator's periods each have a target with a value (ruleset 8.9.1): a period is reported"
          + " against what it was to reach",
      (initiative, context, findings) -> {
        for (LocatedIndicator located : initiative.resultsFramework().indicators()) {
          List<IndicatorPeriod> periods = located.indicator().periods();
          for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).target().flatMap(IndicatorValue::kind).isEmpty()) {
              findings.report(periodPath(located, i) + ".target", Map.of("indicator", located.indicator().name(),
                  "period", new ShownPeriod(periods.get(i).period())));
            }
          }
        }
      });

  /**
   * An actual value dated outside the reporting period it is reported for (IATI 2018). Warning, at {@code resultsFramework.<indicator>.periods[i].actual.date}.
   */
  public static final Rule<Initiative> ACTUAL_OUTSIDE_PERIOD = BuiltIn.rule(Subject.INITIATIVE,
      ACTUAL_OUTSIDE_PERIOD_ID, Severity.WARNING,
      "[IATI 2018] indicator values are reported for periods with a start and an end (ruleset 8.6.1): a period's"
          + " actual value is what was observed during it",
      (initiative, context, findings) -> {
        for (LocatedIndicator located : initiative.resultsFramework().indicators()) {
          List<IndicatorPeriod> periods = located.indicator().periods();
          for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i).period();
            Optional<LocalDate> date = periods.get(i).actual().flatMap(IndicatorValue::date);
            if (date.isPresent() && !period.contains(date.get())) {
              findings.report(periodPath(located, i) + ".actual.date", Map.of("indicator",
                  located.indicator().name(), "date", date.get(), "period", new ShownPeriod(period)));
            }
          }
        }
      });

  /**
   * Parts of a broken-down number that add up to more than the whole: for each set of dimensions
   * the parts are broken down by (sex alone, sex and age group...), their numbers are added up and
   * compared with the value's. Only indicators measured as a number are checked: the parts of a
   * percentage do not add up. Error, at {@code resultsFramework.<indicator>.<value>.breakdown}.
   */
  public static final Rule<Initiative> BREAKDOWN_EXCEEDS_TOTAL = BuiltIn.rule(Subject.INITIATIVE,
      BREAKDOWN_EXCEEDS_TOTAL_ID, Severity.ERROR,
      "[IATI 2018] a period's target and actual may be broken down by dimensions such as sex and age; the parts"
          + " share out the value they break down (an arithmetic check of the SDK)",
      (initiative, context, findings) -> {
        for (LocatedIndicator located : initiative.resultsFramework().indicators()) {
          if (located.indicator().measure().filter(m -> m == IndicatorMeasure.NUMBER).isEmpty()) {
            continue;
          }
          for (Valued valued : values(located)) {
            Optional<BigDecimal> total = valued.value().number();
            if (total.isEmpty() || valued.value().breakdown().isEmpty()) {
              continue;
            }
            sumsByDimensions(valued.value().breakdown()).forEach((dimensions, sum) -> {
              if (sum.compareTo(total.get()) > 0) {
                findings.report(valued.path() + ".breakdown", Map.of("indicator", located.indicator().name(),
                    "dimensions", dimensions, "sum", sum, "total", total.get()));
              }
            });
          }
        }
      });

  /**
   * A quantitative indicator whose latest value moved away from its baseline in the wrong
   * direction, by more than {@link #WRONG_DIRECTION_PERCENT} percent of the baseline: down for an
   * indicator that should go up (the default), up for one that should go down. The latest value is
   * the actual of the last reporting period that has one, else the last measurement. Warning, at
   * that value's {@code number}.
   */
  public static final Rule<Initiative> WRONG_DIRECTION = BuiltIn.rule(Subject.INITIATIVE,
      WRONG_DIRECTION_ID, Severity.WARNING,
      "[IATI 2018] an indicator states whether it should go up (ascending) and is followed from its baseline;"
          + " the threshold past which a move the wrong way is reported is the SDK's",
      (initiative, context, findings) -> {
        BigDecimal percent = BigDecimal.valueOf(context.parameter(WRONG_DIRECTION_PERCENT));
        for (LocatedIndicator located : initiative.resultsFramework().quantitativeIndicators()) {
          Indicator indicator = located.indicator();
          Optional<BigDecimal> baseline = indicator.baseline().flatMap(IndicatorValue::number);
          Optional<Valued> latest = latest(located);
          if (baseline.isEmpty() || latest.isEmpty()) {
            continue;
          }
          BigDecimal value = latest.get().value().number().orElseThrow();
          BigDecimal wrongWay = indicator.isAscending() ? baseline.get().subtract(value) : value.subtract(baseline.get());
          BigDecimal allowed = baseline.get().abs().multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP);
          if (wrongWay.signum() > 0 && wrongWay.compareTo(allowed) > 0) {
            findings.report(latest.get().path() + ".number", Map.of("indicator", indicator.name(),
                "baseline", baseline.get(), "value", value,
                "direction", new Direction(indicator.isAscending()), "percent", percent));
          }
        }
      }, WRONG_DIRECTION_PERCENT);

  /** The stages of the ordered path after design, in order: instruction, decision... closure. */
  private static final List<Stage> AFTER_DESIGN = Arrays.stream(Stage.values())
      .filter(stage -> stage.isOrdered() && stage.compareTo(Stage.DESIGN) > 0).toList();

  /**
   * An initiative that went past its design stage (instruction, decision, implementation or a later
   * stage of the path entered, even if it went back since) with an empty results framework: design
   * is the stage that produces it (CCFD 2011 for the cycle, IATI 2018 for results reported against
   * indicators). Reported once, at the first of those stages along the path that was entered.
   * Warning, at {@code resultsFramework}. {@code initiative.results-framework.missing}, the funder
   * model's guard, says the same of an initiative whose latest stage is past design; no built-in
   * profile runs both.
   */
  public static final Rule<Initiative> FRAMEWORK_EMPTY_AFTER_DESIGN = BuiltIn.rule(Subject.INITIATIVE,
      FRAMEWORK_EMPTY_AFTER_DESIGN_ID, Severity.WARNING,
      "[CCFD 2011] [IATI 2018] design comes before implementation in the project cycle, and an activity reports"
          + " its results against the indicators it set: the SDK expects them set once design is over",
      (initiative, context, findings) -> {
        ResultsFramework framework = initiative.resultsFramework();
        if (framework.overallObjective().isPresent() || !framework.specificObjectives().isEmpty()) {
          return;
        }
        for (Stage stage : AFTER_DESIGN) {
          Optional<LocalDate> entered = initiative.cycle().entered(stage);
          if (entered.isPresent()) {
            findings.report("resultsFramework", Map.of("title", initiative.title(), "stage", stage,
                "date", entered.get()));
            return;
          }
        }
      });

  private static final List<Rule<?>> ALL = List.of(PERIOD_TARGET_MISSING, ACTUAL_OUTSIDE_PERIOD,
      BREAKDOWN_EXCEEDS_TOTAL, WRONG_DIRECTION, FRAMEWORK_EMPTY_AFTER_DESIGN);

  private ResultsRules() {}

  /** @return every rule of the family, in order: periods, breakdowns, direction, framework */
  public static List<Rule<?>> all() {
    return ALL;
  }

  /**
   * A value of an indicator and where it sits: in a reporting period ({@code period} from 0) or on
   * the indicator (-1), under a property ({@code baseline}, {@code targets}, {@code actual}...), at
   * an index of that list (-1 for a single value). Its path is written only for a finding.
   */
  private record Valued(IndicatorValue value, LocatedIndicator located, int period, String property, int index) {
    /** @return the value's path from the initiative */
    String path() {
      String owner = period < 0 ? indicatorPath(located) : periodPath(located, period);
      return owner + "." + property + (index < 0 ? "" : "[" + index + "]");
    }
  }

  private static String indicatorPath(LocatedIndicator located) {
    return RESULTS_FRAMEWORK + located.path();
  }

  private static String periodPath(LocatedIndicator located, int period) {
    return indicatorPath(located) + ".periods[" + period + "]";
  }

  /** Every value of the indicator, in the order validation walks them. */
  private static List<Valued> values(LocatedIndicator located) {
    Indicator indicator = located.indicator();
    List<Valued> values = new ArrayList<>();
    indicator.baseline().ifPresent(b -> values.add(new Valued(b, located, -1, "baseline", -1)));
    for (int i = 0; i < indicator.targets().size(); i++) {
      values.add(new Valued(indicator.targets().get(i), located, -1, "targets", i));
    }
    for (int i = 0; i < indicator.measurements().size(); i++) {
      values.add(new Valued(indicator.measurements().get(i), located, -1, "measurements", i));
    }
    for (int i = 0; i < indicator.periods().size(); i++) {
      int period = i;
      indicator.periods().get(i).target().ifPresent(t -> values.add(new Valued(t, located, period, "target", -1)));
      indicator.periods().get(i).actual().ifPresent(a -> values.add(new Valued(a, located, period, "actual", -1)));
    }
    return values;
  }

  /** The actual of the last period that has a number, else the last measurement that has one. */
  private static Optional<Valued> latest(LocatedIndicator located) {
    Indicator indicator = located.indicator();
    for (int i = indicator.periods().size() - 1; i >= 0; i--) {
      Optional<IndicatorValue> actual = indicator.periods().get(i).actual().filter(a -> a.number().isPresent());
      if (actual.isPresent()) {
        return Optional.of(new Valued(actual.get(), located, i, "actual", -1));
      }
    }
    for (int i = indicator.measurements().size() - 1; i >= 0; i--) {
      if (indicator.measurements().get(i).number().isPresent()) {
        return Optional.of(new Valued(indicator.measurements().get(i), located, -1, "measurements", i));
      }
    }
    return Optional.empty();
  }

  /** The sum of the parts' numbers for each set of dimensions they are broken down by, named "age-group, sex". */
  private static Map<String, BigDecimal> sumsByDimensions(List<DisaggregatedValue> parts) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (DisaggregatedValue part : parts) {
      if (part.number().isEmpty() || part.dimensions().isEmpty()) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      for (Dimension dimension : part.dimensions()) {
        names.add(dimension.name());
      }
      sums.merge(String.join(", ", names), part.number().get(), BigDecimal::add);
    }
    return sums;
  }

  /** Which way an indicator should go, shown in the reader's language. */
  private record Direction(boolean ascending) implements Coded {
    @Override
    public String code() {
      return ascending ? "up" : "down";
    }

    @Override
    public String label(Locale locale) {
      Label label = ascending ? new Label("go up", "monter") : new Label("go down", "baisser");
      return Texts.text(WRONG_DIRECTION_ID + ".direction." + code(), label, locale);
    }

    @Override
    public String toString() {
      return code();
    }
  }
}

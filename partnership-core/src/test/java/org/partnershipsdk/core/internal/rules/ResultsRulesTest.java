package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.portfolio.Portfolio;
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
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;

/**
 * Each results rule fires, stays silent, and meets its threshold where it has one, on an indicator
 * of the Kpomassé tomato-preserve initiative followed per year (figures illustrative).
 */
class ResultsRulesTest {
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2024, 6, 15).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);
  private static final String INDICATOR = "resultsFramework.specificObjectives[0].expectedResults[0].indicators[0]";
  private static final Dimension WOMEN = Dimension.of(Disaggregation.SEX, "female");
  private static final Dimension MEN = Dimension.of(Disaggregation.SEX, "male");
  private static final Dimension YOUNG = Dimension.of(Disaggregation.AGE_GROUP, "15-24");

  private static Indicator.Builder trained() {
    return Indicator.builder().ref("trained").name("Employees trained").measure(IndicatorMeasure.NUMBER)
        .addDisaggregations(Disaggregation.of(Disaggregation.SEX), Disaggregation.of(Disaggregation.AGE_GROUP));
  }

  private static IndicatorPeriod year(int year, long target, long actual) {
    return IndicatorPeriod.builder().ref("y" + year).period(Period.ofYear(year)).target(IndicatorValue.ofNumber(target))
        .actual(IndicatorValue.ofNumber(actual).withDate(LocalDate.of(year, 12, 15))).build();
  }

  private static Initiative initiative(Indicator indicator) {
    return Initiative.builder().id(InitiativeId.of("explor-kpomasse")).title("Tomato preserves in Kpomassé")
        .resultsFramework(ResultsFramework.builder()
            .overallObjective(OverallObjective.of("Local tomato preserves reach the market"))
            .addSpecificObjective(SpecificObjective.builder().statement("Preserves of certified quality")
                .addExpectedResult(ExpectedResult.builder().statement("Employees are trained").addIndicator(indicator)
                    .build())
                .build())
            .build())
        .build();
  }

  private static List<Finding> run(Profile profile, Initiative initiative) {
    return RulesEngine.of(profile, CLOCK).evaluate(Portfolio.builder().addInitiative(initiative).build()).findings();
  }

  private static List<Finding> run(Rule<?> rule, Initiative initiative) {
    return run(Profile.builder("test").add(rule).build(), initiative);
  }

  @Test
  void aPeriodWithoutATargetIsReported() {
    Indicator indicator = trained().addPeriods(year(2022, 15, 15),
        IndicatorPeriod.builder().ref("y2023").period(Period.ofYear(2023)).build(),
        IndicatorPeriod.builder().period(Period.ofYear(2024)).target(IndicatorValue.builder().text(" ").build()).build())
        .build();
    List<Finding> found = run(ResultsRules.PERIOD_TARGET_MISSING, initiative(indicator));
    assertThat(found).extracting(Finding::path, Finding::ref, Finding::severity).containsExactly(
        tuple(INDICATOR + ".periods[1].target", Optional.of("y2023"), Severity.WARNING),
        tuple(INDICATOR + ".periods[2].target", Optional.of("trained"), Severity.WARNING));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The period January 1, 2023 – December 31, 2023 of “Employees trained” has no target");
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("La période 1 janvier 2023 – 31 décembre 2023 de « Employees trained » n'a pas de cible");
    assertThat(run(ResultsRules.PERIOD_TARGET_MISSING, initiative(trained().addPeriod(year(2022, 15, 15)).build())))
        .isEmpty();
  }

  @Test
  void anActualDatedOutsideItsPeriodIsReportedOnItsEdgesNot() {
    IndicatorPeriod late = year(2022, 15, 15).withActual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2023, 1, 1)));
    IndicatorPeriod lastDay = year(2023, 15, 15).withActual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2023, 12, 31)));
    IndicatorPeriod firstDay = year(2024, 15, 15).withActual(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2024, 1, 1)));
    IndicatorPeriod undated = year(2025, 15, 15).withActual(IndicatorValue.ofNumber(15));
    List<Finding> found = run(ResultsRules.ACTUAL_OUTSIDE_PERIOD,
        initiative(trained().addPeriods(late, lastDay, firstDay, undated).build()));
    assertThat(found).extracting(Finding::path, Finding::located).containsExactly(
        tuple(INDICATOR + ".periods[0].actual.date", INDICATOR + ".periods[0].actual.date #y2022"));
    assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
        "The actual value of “Employees trained” observed on January 1, 2023 falls outside its period"
            + " (January 1, 2022 – December 31, 2022)");
  }

  @Test
  void partsAddingUpToMoreThanTheTotalAreReportedPerSetOfDimensions() {
    IndicatorValue actual = IndicatorValue.ofNumber(15).withBreakdown(
        DisaggregatedValue.of(9, WOMEN), DisaggregatedValue.of(7, MEN),
        DisaggregatedValue.of(8, YOUNG),
        DisaggregatedValue.of(4, WOMEN, YOUNG), DisaggregatedValue.of(4, MEN, YOUNG));
    Indicator indicator = trained().addPeriod(year(2022, 15, 15).withActual(actual)).build();
    List<Finding> found = run(ResultsRules.BREAKDOWN_EXCEEDS_TOTAL, initiative(indicator));
    assertThat(found).extracting(Finding::path, Finding::severity)
        .containsExactly(tuple(INDICATOR + ".periods[0].actual.breakdown", Severity.ERROR));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The parts of “Employees trained” by sex add up to 16, more than the total of 15");
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("Les parts de « Employees trained » par sex totalisent 16, plus que le total de 15");

    IndicatorValue exact = IndicatorValue.ofNumber(15).withBreakdown(DisaggregatedValue.of(9, WOMEN),
        DisaggregatedValue.of(6, MEN), DisaggregatedValue.of(15, YOUNG));
    assertThat(run(ResultsRules.BREAKDOWN_EXCEEDS_TOTAL,
        initiative(trained().addPeriod(year(2022, 15, 15).withActual(exact)).build()))).isEmpty();
    Indicator percentage = trained().measure(IndicatorMeasure.PERCENTAGE)
        .addPeriod(year(2022, 50, 50).withActual(IndicatorValue.ofNumber(50)
            .withBreakdown(DisaggregatedValue.of(60, WOMEN), DisaggregatedValue.of(40, MEN))))
        .build();
    assertThat(run(ResultsRules.BREAKDOWN_EXCEEDS_TOTAL, initiative(percentage)))
        .as("the parts of a percentage do not add up").isEmpty();
    Indicator targets = trained().addTarget(IndicatorValue.ofNumber(10).withBreakdown(DisaggregatedValue.of(11, MEN)))
        .build();
    assertThat(run(ResultsRules.BREAKDOWN_EXCEEDS_TOTAL, initiative(targets))).extracting(Finding::path)
        .containsExactly(INDICATOR + ".targets[0].breakdown");
  }

  @Test
  void anIndicatorGoingTheWrongWayPastTheThresholdIsReported() {
    Indicator falling = trained().baseline(IndicatorValue.ofNumber(100))
        .addPeriods(year(2022, 110, 95), year(2023, 120, 89), year(2024, 130, 0).withActual(IndicatorValue.ofText("-")))
        .build();
    List<Finding> found = run(ResultsRules.WRONG_DIRECTION, initiative(falling));
    assertThat(found).extracting(Finding::path, Finding::ref)
        .containsExactly(tuple(INDICATOR + ".periods[1].actual.number", Optional.of("y2023")));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("“Employees trained” should go up from its baseline of 100, and its latest value is 89");
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("« Employees trained » devrait monter depuis sa situation de référence de 100, et sa dernière"
            + " valeur est 89");

    Indicator atThreshold = falling.withPeriods(year(2022, 110, 90));
    assertThat(run(ResultsRules.WRONG_DIRECTION, initiative(atThreshold))).as("10% down is allowed").isEmpty();
    Profile strict = Profile.builder("strict").add(ResultsRules.WRONG_DIRECTION)
        .set(ResultsRules.WRONG_DIRECTION_ID, "percent", 0).build();
    assertThat(run(strict, initiative(atThreshold))).hasSize(1);

    Indicator losses = trained().name("Harvest lost").ascending(false).baseline(IndicatorValue.ofNumber(20))
        .addMeasurements(IndicatorValue.ofNumber(30), IndicatorValue.ofNumber(23)).build();
    List<Finding> rising = run(ResultsRules.WRONG_DIRECTION, initiative(losses));
    assertThat(rising).extracting(Finding::path).containsExactly(INDICATOR + ".measurements[1].number");
    assertThat(rising.get(0).message(Locale.ENGLISH))
        .isEqualTo("“Harvest lost” should go down from its baseline of 20, and its latest value is 23");
    assertThat(run(ResultsRules.WRONG_DIRECTION, initiative(losses.withMeasurements(IndicatorValue.ofNumber(12)))))
        .isEmpty();
    assertThat(run(ResultsRules.WRONG_DIRECTION, initiative(trained().addPeriod(year(2022, 1, 0)).build())))
        .as("no baseline, nothing to compare").isEmpty();
  }

  @Test
  void anEmptyFrameworkIsReportedOnceDesignIsOver() {
    Initiative empty = initiative(trained().build()).withResultsFramework(ResultsFramework.empty());
    ProjectCycle design = ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2021, 9, 1)),
        StageEntry.of(Stage.DESIGN, LocalDate.of(2021, 11, 2))));
    assertThat(run(ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN, empty.withCycle(design))).isEmpty();
    ProjectCycle implementation = design.moveTo(Stage.IMPLEMENTATION, LocalDate.of(2022, 1, 10)).orElseThrow();
    List<Finding> found = run(ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN, empty.withCycle(implementation));
    assertThat(found).extracting(Finding::path, Finding::severity)
        .containsExactly(tuple("resultsFramework", Severity.WARNING));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("“Tomato preserves in Kpomassé” entered Implementation on January 10, 2022 with an empty results framework");
    assertThat(found.get(0).message(Locale.FRENCH)).isEqualTo(
        "« Tomato preserves in Kpomassé » est passée à l'étape Mise en œuvre le 10 janvier 2022 avec un cadre logique vide");
    assertThat(run(ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN, initiative(trained().build()).withCycle(implementation)))
        .isEmpty();
  }

  @Test
  void anEmptyFrameworkIsReportedAtInstructionInTheFundersCycle() {
    Initiative empty = initiative(trained().build()).withResultsFramework(ResultsFramework.empty());
    ProjectCycle instruction = ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2021, 9, 1)),
        StageEntry.of(Stage.DESIGN, LocalDate.of(2021, 11, 2)), StageEntry.of(Stage.INSTRUCTION, LocalDate.of(2021, 12, 6))));
    List<Finding> found = run(ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN, empty.withCycle(instruction));
    assertThat(found).extracting(Finding::path).containsExactly("resultsFramework");
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("“Tomato preserves in Kpomassé” entered Instruction on December 6, 2021 with an empty results framework");
    ProjectCycle decided = CycleModels.funder().moveTo(CycleModels.funder().moveTo(instruction,
        StageEntry.of(Stage.DECISION, LocalDate.of(2022, 2, 1))).orElseThrow(),
        StageEntry.of(Stage.IMPLEMENTATION, LocalDate.of(2022, 3, 1))).orElseThrow();
    assertThat(run(ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN, empty.withCycle(decided)))
        .extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
            "“Tomato preserves in Kpomassé” entered Instruction on December 6, 2021 with an empty results framework");
  }

  @Test
  void theFamilyChecksInitiativesWithItsTextsAndParameter() {
    assertThat(ResultsRules.all()).extracting(r -> r.info().id()).containsExactly(
        ResultsRules.PERIOD_TARGET_MISSING_ID, ResultsRules.ACTUAL_OUTSIDE_PERIOD_ID,
        ResultsRules.BREAKDOWN_EXCEEDS_TOTAL_ID, ResultsRules.WRONG_DIRECTION_ID,
        ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN_ID);
    assertThat(InitiativeRules.all()).containsAll(ResultsRules.all());
    assertThat(ResultsRules.WRONG_DIRECTION.info().parameters()).containsExactly(ResultsRules.WRONG_DIRECTION_PERCENT);
    assertThat(ResultsRules.WRONG_DIRECTION_PERCENT.defaultValue()).isEqualTo(10);
  }
}

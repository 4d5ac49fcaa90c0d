package org.partnershipsdk.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.UnknownCodeException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class ResultsFrameworkTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void kpomasseFrameworkIsValidAndReadsTopDown() {
    ResultsFramework kpomasse = ResultsExamples.kpomasse();

    assertThat(validator.validate(kpomasse).violations()).isEmpty();
    assertThat(kpomasse.overallObjective()).isPresent();
    SpecificObjective quality = kpomasse.specificObjectives().get(0);
    assertThat(quality.kind()).isEqualTo(ResultsLevelKind.SPECIFIC_OBJECTIVE);
    assertThat(quality.expectedResults()).extracting(ExpectedResult::statement).containsExactly(
        "Employees of the production unit are trained in bottling", "The unit has a sanitary control plan");
    Activity training = quality.expectedResults().get(0).activities().get(0);
    assertThat(training.cost()).contains(Money.of("2500", "EUR"));
    assertThat(training.means()).hasValueSatisfying(m -> assertThat(m).contains("Les Anges Gardins"));
    assertThat(training.kind()).isEqualTo(ResultsLevelKind.ACTIVITY);
  }

  @Test
  void indicatorsAreListedTopDownWithTheirLevelAndPath() {
    assertThat(ResultsExamples.kpomasse().indicators())
        .extracting(LocatedIndicator::path, LocatedIndicator::level)
        .containsExactly(
            tuple("specificObjectives[0].indicators[0]", ResultsLevelKind.SPECIFIC_OBJECTIVE),
            tuple("specificObjectives[0].expectedResults[0].indicators[0]", ResultsLevelKind.EXPECTED_RESULT),
            tuple("specificObjectives[0].expectedResults[1].indicators[0]", ResultsLevelKind.EXPECTED_RESULT));
    assertThat(ResultsExamples.comasaguaMontauban().indicators())
        .extracting(LocatedIndicator::path, LocatedIndicator::level)
        .containsExactly(
            tuple("overallObjective.indicators[0]", ResultsLevelKind.OVERALL_OBJECTIVE),
            tuple("specificObjectives[1].indicators[0]", ResultsLevelKind.SPECIFIC_OBJECTIVE),
            tuple("specificObjectives[1].expectedResults[0].activities[0].indicators[0]", ResultsLevelKind.ACTIVITY));
  }

  @Test
  void quantitativeIndicatorsLeaveOutYesNoAndQualitative() {
    List<LocatedIndicator> kpomasse = ResultsExamples.kpomasse().quantitativeIndicators();

    assertThat(kpomasse).singleElement().satisfies(located -> {
      assertThat(located.indicator()).isEqualTo(ResultsExamples.employeesTrained());
      assertThat(located.path()).isEqualTo("specificObjectives[0].expectedResults[0].indicators[0]");
      assertThat(located.segments())
          .containsExactly("specificObjectives", "0", "expectedResults", "0", "indicators", "0");
    });
    assertThat(ResultsExamples.comasaguaMontauban().quantitativeIndicators())
        .extracting(l -> l.indicator().measure().orElseThrow())
        .containsExactly(IndicatorMeasure.NUMBER, IndicatorMeasure.PERCENTAGE);
    assertThat(ResultsFramework.empty().indicators()).isEmpty();
  }

  @Test
  void aRuleCanFindQuantitativeIndicatorsLackingABaselineOrTarget() {
    List<String> lacking = ResultsExamples.comasaguaMontauban().quantitativeIndicators().stream()
        .filter(l -> l.indicator().baseline().isEmpty() || l.indicator().targets().isEmpty())
        .map(LocatedIndicator::path)
        .toList();

    assertThat(lacking).containsExactly("specificObjectives[1].expectedResults[0].activities[0].indicators[0]");
  }

  @Test
  void comasaguaFrameworkReaches300PeopleInMontauban() {
    ResultsFramework comasagua = ResultsExamples.comasaguaMontauban();

    assertThat(validator.validate(comasagua).violations()).isEmpty();
    Indicator people = comasagua.specificObjectives().get(1).indicators().get(0);
    assertThat(people.measurements()).extracting(IndicatorValue::number)
        .containsExactly(Optional.of(BigDecimal.valueOf(300)));
    assertThat(people.unit()).contains("people");
  }

  @Test
  void violationPathsOfAnIndicatorStartWithItsLocatedPath() {
    ResultsFramework comasagua = ResultsExamples.comasaguaMontauban();
    LocatedIndicator people = comasagua.quantitativeIndicators().get(0);
    Indicator withNa = people.indicator().withMeasurements(IndicatorValue.ofText("N/A"));
    ResultsFramework broken = comasagua.withSpecificObjectives(comasagua.specificObjectives().get(0),
        comasagua.specificObjectives().get(1).withIndicators(withNa));

    List<Violation> violations = validator.validate(broken).violations();

    assertThat(violations).extracting(Violation::path, Violation::code)
        .containsExactly(tuple(people.path() + ".measurements[0].text", "results.value.kind-mismatch"));
    assertThat(violations.get(0).segments()).startsWith(people.segments().toArray(String[]::new));
  }

  @Test
  void aValueNestedInTheOverallObjectiveIsReportedAtItsFullPath() {
    ResultsFramework comasagua = ResultsExamples.comasaguaMontauban();
    OverallObjective overall = comasagua.overallObjective().orElseThrow();
    ResultsFramework broken = comasagua.withOverallObjective(overall.withIndicators(
        overall.indicators().get(0).withBaseline(IndicatorValue.builder().build())));

    assertThat(validator.validate(broken).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("overallObjective.indicators[0].baseline", "results.value.exactly-one"));
  }

  @Test
  void blankStatementsAndAssumptionsAreReportedAtEveryLevel() {
    ResultsFramework draft = ResultsFramework.builder()
        .overallObjective(OverallObjective.builder().addAssumption(" ").build())
        .addSpecificObjective(SpecificObjective.builder()
            .addExpectedResult(ExpectedResult.builder()
                .addActivity(Activity.builder().addAssumption("Prices stay stable").addAssumption("").build())
                .build())
            .build())
        .build();

    assertThat(validator.validate(draft).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("overallObjective.assumptions[0]", "value.blank"),
            tuple("overallObjective.statement", "value.blank"),
            tuple("specificObjectives[0].expectedResults[0].activities[0].assumptions[1]", "value.blank"),
            tuple("specificObjectives[0].expectedResults[0].activities[0].statement", "value.blank"),
            tuple("specificObjectives[0].expectedResults[0].statement", "value.blank"),
            tuple("specificObjectives[0].statement", "value.blank"));
  }

  @Test
  void anActivityCostIsValidatedAsMoney() {
    Activity training = Activity.builder()
        .statement("Train the employees in bottling")
        .cost(Money.of("-10", "EUR"))
        .build();

    assertThat(validator.validate(training).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("cost.amount", "value.positive-or-zero"));
  }

  @Test
  void withCopiesAndBuilderFromAreByValue() {
    ResultsFramework kpomasse = ResultsExamples.kpomasse();
    ResultsFramework copy = ResultsFramework.builder().from(kpomasse).build();
    ResultsFramework withoutImpact = kpomasse.withOverallObjective(Optional.empty());

    assertThat(copy).isEqualTo(kpomasse).hasSameHashCodeAs(kpomasse);
    assertThat(ResultsExamples.kpomasse()).isEqualTo(kpomasse);
    assertThat(withoutImpact.overallObjective()).isEmpty();
    assertThat(withoutImpact.specificObjectives()).isEqualTo(kpomasse.specificObjectives());
    assertThat(withoutImpact).isNotEqualTo(kpomasse);
    ExpectedResult trained = kpomasse.specificObjectives().get(0).expectedResults().get(0);
    assertThat(trained.withStatement("Employees trained").statement()).isEqualTo("Employees trained");
    assertThat(trained.withActivities().activities()).isEmpty();
    assertThat(OverallObjective.of("Impact").withAssumptions("Peace holds").assumptions()).containsExactly("Peace holds");
  }

  @Test
  void aNullLevelIsRefusedWithTheAttributeNamed() {
    assertThatThrownBy(() -> ResultsFramework.builder().addSpecificObjective(null))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> LocatedIndicator.of(null, ResultsLevelKind.ACTIVITY, List.of()))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void locatedIndicatorsCompareByValue() {
    LocatedIndicator first = ResultsExamples.kpomasse().indicators().get(1);

    assertThat(first).isEqualTo(LocatedIndicator.of(ResultsExamples.employeesTrained(),
        ResultsLevelKind.EXPECTED_RESULT, List.of("specificObjectives", "0", "expectedResults", "0", "indicators", "0")));
  }

  @Test
  void levelsHaveStableCodesAndLabels() {
    assertThat(ResultsLevelKind.values()).extracting(ResultsLevelKind::code)
        .containsExactly("overall-objective", "specific-objective", "expected-result", "activity");
    assertThat(ResultsLevelKind.EXPECTED_RESULT.label(Locale.FRENCH)).startsWith("Résultat attendu");
    assertThat(ResultsLevelKind.OVERALL_OBJECTIVE.label(Locale.ENGLISH)).isEqualTo("Overall objective (impact)");
    assertThat(Coded.fromCode(IndicatorMeasure.class, "yes-no")).isEqualTo(IndicatorMeasure.YES_NO);
    assertThatThrownBy(() -> Coded.fromCode(IndicatorMeasure.class, "boolean"))
        .isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void measuredDatesCanBeCheckedAgainstAPeriod() {
    Period caac = Period.of(
        LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));

    List<String> outside = ResultsExamples.comasaguaMontauban().indicators().stream()
        .filter(l -> l.indicator().measurements().stream()
            .anyMatch(m -> m.date().filter(d -> !caac.contains(d)).isPresent()))
        .map(LocatedIndicator::path)
        .toList();

    assertThat(outside).isEmpty();
  }
}

package org.partnershipsdk.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

class IndicatorTest {
  private final ModelValidator validator = ModelValidator.create();

  private static Indicator percentage() {
    return Indicator.builder()
        .name("Share of women among the employees trained")
        .measure(IndicatorMeasure.PERCENTAGE)
        .build();
  }

  @Test
  void kpomasseIndicatorIsQuantitativeAndValid() {
    Indicator trained = ResultsExamples.employeesTrained();

    assertThat(trained.isQuantitative()).isTrue();
    assertThat(trained.baseline().flatMap(IndicatorValue::number)).contains(BigDecimal.ZERO);
    assertThat(trained.targets()).extracting(IndicatorValue::number).containsExactly(Optional.of(BigDecimal.valueOf(15)));
    assertThat(trained.measurements()).singleElement()
        .satisfies(m -> assertThat(m.sourceOfVerification()).isPresent());
    assertThat(validator.validate(trained).violations()).isEmpty();
    assertThat(validator.validate(ResultsExamples.sanitaryPlan()).violations()).isEmpty();
    assertThat(ResultsExamples.sanitaryPlan().isQuantitative()).isFalse();
  }

  @Test
  void anIndicatorWithoutMeasureIsNotQuantitative() {
    assertThat(Indicator.builder().name("Draft").build().isQuantitative()).isFalse();
    assertThat(percentage().isQuantitative()).isTrue();
  }

  @Test
  void aDraftIndicatorBuildsAndValidationListsWhatIsMissing() {
    ValidationReport report = validator.validate(Indicator.builder().build());

    assertThat(report.violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("measure", "value.required"), tuple("name", "value.blank"));
    assertThat(report.violations().get(0).segments()).containsExactly("measure");
    assertThat(validator.validate(Indicator.builder().name("Draft").measure(IndicatorMeasure.NUMBER).build())
        .isValid()).isTrue();
  }

  @Test
  void builderWithAndEqualityAreByValue() {
    Indicator trained = ResultsExamples.employeesTrained();
    Indicator same = Indicator.builder().from(trained).build();
    Indicator reTargeted = trained.withTargets(IndicatorValue.ofNumber(20));

    assertThat(same).isEqualTo(trained).hasSameHashCodeAs(trained);
    assertThat(reTargeted).isNotEqualTo(trained);
    assertThat(reTargeted.targets()).containsExactly(IndicatorValue.ofNumber(20));
    assertThat(reTargeted.baseline()).isEqualTo(trained.baseline());
    assertThat(trained.withDisaggregation("sex").disaggregation()).contains("sex");
    assertThat(trained.toString()).contains("employees");
  }

  @Test
  void freeTextInANumericIndicatorIsAKindMismatchOnTheText() {
    Indicator trained = ResultsExamples.employeesTrained()
        .withMeasurements(IndicatorValue.ofNumber(10).withDate(LocalDate.of(2022, 6, 1)),
            IndicatorValue.ofText("N/A").withDate(LocalDate.of(2022, 9, 1)));

    Violation mismatch = validator.validate(trained).violations().get(0);

    assertThat(validator.validate(trained).violations()).hasSize(1);
    assertThat(mismatch.code()).isEqualTo("results.value.kind-mismatch");
    assertThat(mismatch.path()).isEqualTo("measurements[1].text");
    assertThat(mismatch.segments()).containsExactly("measurements", "1", "text");
    assertThat(mismatch.arguments()).containsEntry("measure", IndicatorMeasure.NUMBER).containsEntry("expected", IndicatorValueKind.NUMBER)
        .containsEntry("found", IndicatorValueKind.TEXT);
    assertThat(mismatch.message(Locale.ENGLISH)).isEqualTo(
        "The indicator is measured as “Number”: its values must be of kind “Number”, not “Text”");
  }

  @Test
  void everyMismatchedValueIsReportedWithItsOwnPath() {
    Indicator certificate = Indicator.builder()
        .name("Marketing authorisation certificate obtained")
        .measure(IndicatorMeasure.YES_NO)
        .baseline(IndicatorValue.ofNumber(0))
        .addTarget(IndicatorValue.ofYesNo(true))
        .addTarget(IndicatorValue.ofText("Obtained before the end"))
        .build();

    assertThat(validator.validate(certificate).violations())
        .extracting(Violation::path, Violation::code, v -> v.arguments().get("found"))
        .containsExactly(
            tuple("baseline.number", "results.value.kind-mismatch", IndicatorValueKind.NUMBER),
            tuple("targets[1].text", "results.value.kind-mismatch", IndicatorValueKind.TEXT));
  }

  @Test
  void aQualitativeIndicatorHoldsTextOnly() {
    Indicator selfEsteem = Indicator.builder()
        .name("How participants describe their self-esteem")
        .measure(IndicatorMeasure.QUALITATIVE)
        .addMeasurement(IndicatorValue.ofText("They speak of recognition and new friendships"))
        .addMeasurement(IndicatorValue.ofYesNo(true))
        .build();

    assertThat(validator.validate(selfEsteem).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("measurements[1].flag", "results.value.kind-mismatch"));
    assertThat(validator.validate(selfEsteem.withMeasurements(selfEsteem.measurements().get(0))).isValid()).isTrue();
  }

  @Test
  void aValueWithNoKindIsReportedOnceNotAsAMismatchToo() {
    Indicator trained = ResultsExamples.employeesTrained().withBaseline(IndicatorValue.builder().build());

    assertThat(validator.validate(trained).violations()).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("baseline", "results.value.exactly-one"));
  }

  @Test
  void percentagesOutsideZeroToHundredAreReportedOnTheirNumber() {
    Indicator share = percentage()
        .withBaseline(IndicatorValue.ofNumber(-5))
        .withTargets(IndicatorValue.ofNumber(100), IndicatorValue.ofNumber(new BigDecimal("100.5")))
        .withMeasurements(IndicatorValue.ofNumber(0), IndicatorValue.ofNumber(new BigDecimal("45.5")));

    ValidationReport report = validator.validate(share);

    assertThat(report.violations()).extracting(Violation::path, Violation::code, v -> v.arguments().get("number"))
        .containsExactly(
            tuple("baseline.number", "results.value.percentage-range", "-5"),
            tuple("targets[1].number", "results.value.percentage-range", "100.5"));
    assertThat(report.violations().get(1).message(Locale.FRENCH))
        .isEqualTo("Un pourcentage doit être compris entre 0 et 100, pas 100.5");
  }

  @Test
  void aNumberAboveHundredIsFineWhenTheMeasureIsANumber() {
    assertThat(validator.validate(ResultsExamples.peopleReachedInMontauban()).violations()).isEmpty();
  }

  @Test
  void measurementsOutOfDateOrderAreReportedOnTheLateEntry() {
    Indicator people = ResultsExamples.peopleReachedInMontauban().withMeasurements(
        IndicatorValue.ofNumber(120).withDate(LocalDate.of(2016, 12, 31)),
        IndicatorValue.ofNumber(300).withDate(LocalDate.of(2018, 12, 31)),
        IndicatorValue.ofNumber(80),
        IndicatorValue.ofNumber(210).withDate(LocalDate.of(2017, 12, 31)));

    Violation order = validator.validate(people).violations().get(0);

    assertThat(validator.validate(people).violations()).hasSize(1);
    assertThat(order.code()).isEqualTo("results.measurements.order");
    assertThat(order.path()).isEqualTo("measurements[3].date");
    assertThat(order.arguments()).containsEntry("date", LocalDate.of(2017, 12, 31))
        .containsEntry("previous", LocalDate.of(2018, 12, 31));
    assertThat(order.message(Locale.ENGLISH)).startsWith("Measured on December 31, 2017, before the previous measurement (December 31, 2018)");
  }

  @Test
  void measurementsOnTheSameDayPerGroupAreInOrder() {
    LocalDate end = LocalDate.of(2022, 11, 30);
    Indicator bySex = ResultsExamples.employeesTrained().withDisaggregation("sex").withMeasurements(
        IndicatorValue.ofNumber(15).withDate(end),
        IndicatorValue.ofNumber(9).withDate(end).withDisaggregationKey("women"),
        IndicatorValue.ofNumber(6).withDate(end).withDisaggregationKey("men"));

    assertThat(validator.validate(bySex).violations()).isEmpty();
  }

  @Test
  void aGroupValueNeedsTheIndicatorToDeclareItsDisaggregation() {
    Indicator trained = ResultsExamples.employeesTrained()
        .withTargets(IndicatorValue.ofNumber(15), IndicatorValue.ofNumber(8).withDisaggregationKey("women"));

    Violation undeclared = validator.validate(trained).violations().get(0);

    assertThat(validator.validate(trained).violations()).hasSize(1);
    assertThat(undeclared.code()).isEqualTo("results.value.disaggregation-undeclared");
    assertThat(undeclared.path()).isEqualTo("targets[1].disaggregationKey");
    assertThat(undeclared.message(Locale.FRENCH)).contains("groupe women");
    assertThat(validator.validate(trained.withDisaggregation("sex")).isValid()).isTrue();
  }

  @Test
  void measuresHaveStableCodesLabelsAndValueKinds() {
    assertThat(IndicatorMeasure.values()).extracting(IndicatorMeasure::code)
        .containsExactly("number", "percentage", "yes-no", "qualitative");
    assertThat(IndicatorMeasure.values()).filteredOn(IndicatorMeasure::isQuantitative)
        .containsExactly(IndicatorMeasure.NUMBER, IndicatorMeasure.PERCENTAGE);
    assertThat(IndicatorMeasure.PERCENTAGE.valueKind()).isEqualTo(IndicatorValueKind.NUMBER);
    assertThat(IndicatorMeasure.QUALITATIVE.valueKind()).isEqualTo(IndicatorValueKind.TEXT);
    assertThat(IndicatorMeasure.YES_NO.label(Locale.FRENCH)).isEqualTo("Oui/non");
    assertThat(IndicatorMeasure.QUALITATIVE.label(Locale.ENGLISH)).isEqualTo("Qualitative");
    assertThat(IndicatorValueKind.values()).extracting(IndicatorValueKind::code)
        .containsExactly("number", "yes-no", "text");
  }
}

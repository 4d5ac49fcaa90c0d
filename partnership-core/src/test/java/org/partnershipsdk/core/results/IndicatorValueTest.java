package org.partnershipsdk.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

class IndicatorValueTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void factoriesHoldOneKindOfValue() {
    assertThat(IndicatorValue.ofNumber(15).number()).contains(BigDecimal.valueOf(15));
    assertThat(IndicatorValue.ofNumber(15).kind()).contains(IndicatorValueKind.NUMBER);
    assertThat(IndicatorValue.ofYesNo(true).flag()).contains(true);
    assertThat(IndicatorValue.ofYesNo(false).kind()).contains(IndicatorValueKind.YES_NO);
    assertThat(IndicatorValue.ofText("Participants say they feel listened to").kind())
        .contains(IndicatorValueKind.TEXT);
    assertThat(IndicatorValue.ofNumber(15).date()).isEmpty();
  }

  @Test
  void numbersAreKeptWithoutTrailingZeros() {
    assertThat(IndicatorValue.ofNumber(new BigDecimal("15.0"))).isEqualTo(IndicatorValue.ofNumber(15));
    assertThat(IndicatorValue.ofNumber(new BigDecimal("1E+2")).number()).contains(new BigDecimal("100"));
    assertThat(IndicatorValue.ofNumber(new BigDecimal("12.50")).number()).contains(new BigDecimal("12.5"));
    assertThat(IndicatorValue.builder().number(new BigDecimal("300.00")).build().hashCode())
        .isEqualTo(IndicatorValue.ofNumber(300).hashCode());
  }

  @Test
  void withCopiesAndBuilderFromKeepEverythingElse() {
    IndicatorValue measured = IndicatorValue.ofNumber(15)
        .withDate(LocalDate.of(2022, 11, 30))
        .withSourceOfVerification("Mission report")
        .withDisaggregationKey("women");
    IndicatorValue corrected = measured.withNumber(new BigDecimal("14"));

    assertThat(corrected.date()).contains(LocalDate.of(2022, 11, 30));
    assertThat(corrected.sourceOfVerification()).contains("Mission report");
    assertThat(corrected.disaggregationKey()).contains("women");
    assertThat(corrected).isNotEqualTo(measured);
    assertThat(IndicatorValue.builder().from(corrected).number(BigDecimal.valueOf(15)).build()).isEqualTo(measured);
    assertThat(measured.withNumber(new BigDecimal("15.00"))).isEqualTo(measured);
  }

  @Test
  void nullIsRefusedWithTheAttributeNamed() {
    assertThatThrownBy(() -> IndicatorValue.ofText(null))
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactly("text"));
    assertThatThrownBy(() -> IndicatorValue.ofNumber(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aValueHoldingOneKindValidatesClean() {
    assertThat(validator.validate(IndicatorValue.ofNumber(15)).violations()).isEmpty();
    assertThat(validator.validate(IndicatorValue.ofYesNo(false)).violations()).isEmpty();
    assertThat(validator.validate(IndicatorValue.ofText("Better self-esteem")).violations()).isEmpty();
  }

  @Test
  void anEmptyValueIsReportedOnTheValueItself() {
    ValidationReport report = validator.validate(IndicatorValue.builder().date(LocalDate.of(2022, 3, 1)).build());

    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("results.value.exactly-one");
      assertThat(v.path()).isEmpty();
      assertThat(v.arguments()).containsEntry("count", 0);
      assertThat(v.message(Locale.FRENCH)).contains("exactement un nombre").contains("en contient 0");
    });
  }

  @Test
  void aNumberWithFreeTextBesideItIsReported() {
    Violation only = validator.validate(IndicatorValue.ofNumber(15).withText("N/A")).violations().get(0);

    assertThat(only.code()).isEqualTo("results.value.exactly-one");
    assertThat(only.arguments()).containsEntry("count", 2);
    assertThat(only.message(Locale.ENGLISH)).endsWith("this one holds 2");
  }

  @Test
  void aBlankTextCountsAsNoValue() {
    IndicatorValue blank = IndicatorValue.ofText("  ");

    assertThat(blank.kind()).isEmpty();
    assertThat(validator.validate(blank).withCode("results.value.exactly-one")).hasSize(1);
    assertThat(IndicatorValue.ofYesNo(true).withText(" ").kind()).contains(IndicatorValueKind.YES_NO);
  }
}

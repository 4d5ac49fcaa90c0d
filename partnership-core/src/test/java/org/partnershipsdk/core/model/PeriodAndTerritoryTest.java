package org.partnershipsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;

class PeriodAndTerritoryTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void aYearIsItsFirstToItsLastDay() {
    Period year = Period.ofYear(2016);
    assertThat(year).isEqualTo(Period.of(java.time.LocalDate.of(2016, 1, 1), java.time.LocalDate.of(2016, 12, 31)));
    assertThat(year.days()).hasValue(366);
  }

  @Test
  void aPeriodCountsItsDaysBothEndsIncluded() {
    Period moulenda = Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 7));
    assertThat(moulenda.days()).hasValue(7);
    assertThat(moulenda.contains(LocalDate.of(2022, 3, 7))).isTrue();
    assertThat(moulenda.contains(LocalDate.of(2022, 3, 8))).isFalse();
    assertThat(Period.unknown().days()).isEmpty();
    assertThat(Period.unknown().contains(LocalDate.of(1990, 1, 1))).isTrue();
  }

  @Test
  void anEndBeforeTheStartIsReportedOnTheEndWithBothDates() {
    var report = validator.validate(Period.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 1)));
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("period.order");
      assertThat(v.path()).isEqualTo("end");
      assertThat(v.message(java.util.Locale.ENGLISH)).isEqualTo("The end date March 1, 2022 is before the start date March 7, 2022");
    });
  }

  @Test
  void aTerritoryKnowsWhetherItIsHere() {
    Territory montauban = Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban");
    Territory comasagua = Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua");
    assertThat(montauban.isInFrance()).isTrue();
    assertThat(comasagua.isInFrance()).isFalse();
    assertThat(comasagua.withName("Comasagua")).isEqualTo(comasagua);
    assertThat(Territory.builder().from(comasagua).build()).isEqualTo(comasagua).hasSameHashCodeAs(comasagua);
  }

  @Test
  void aDraftTerritoryIsBuiltAndEveryProblemReportedAtOnce() {
    Territory draft = Territory.builder().country(CountryCode.of("XX")).name(" ").build();
    assertThat(validator.validate(draft).violations()).extracting(v -> v.code() + "@" + v.path())
        .containsExactly("country.unassigned@country", "value.blank@name");
  }

  @Test
  void aMissingMandatoryAttributeIsNamed() {
    assertThatThrownBy(() -> Territory.builder().name("Kindia").build())
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> {
          assertThat(e.attributes()).containsExactly("country");
          assertThat(e.code()).isEqualTo("value.incomplete");
          assertThat(e.getMessage(java.util.Locale.FRENCH)).contains("country");
        });
    assertThatThrownBy(() -> Territory.builder().name(null)).isInstanceOf(IncompleteValueException.class);
  }
}

package org.partnershipsdk.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;

/** When a relation began, at the precision its source gives, as a message says it in each language. */
class RelationStartTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void aDayIsSaidOnThatDayAndAYearInThatYear() {
    RelationStart day = RelationStart.on(LocalDate.of(2023, 1, 16));
    RelationStart year = RelationStart.in(Year.of(2005));

    assertThat(day.code()).isEqualTo("2023-01-16");
    assertThat(day.label(Locale.ENGLISH)).isEqualTo("on January 16, 2023");
    assertThat(day.label(Locale.FRENCH)).isEqualTo("le 16 janvier 2023");
    assertThat(day.label(SPANISH)).isEqualTo("el 16 de enero de 2023");
    assertThat(year.code()).isEqualTo("2005");
    assertThat(year.label(Locale.ENGLISH)).isEqualTo("in 2005");
    assertThat(year.label(Locale.FRENCH)).isEqualTo("en 2005");
    assertThat(year.label(SPANISH)).isEqualTo("en 2005");
    assertThat(day.year()).isEqualTo(Year.of(2023));
    assertThat(year.day()).isEmpty();
  }

  @Test
  void aPartnershipStartsOnItsDayElseInItsYear() {
    Partnership byYear = PartnershipExamples.spfCanastaCampesina().withSince(Optional.empty())
        .withSinceYear(Year.of(2015));

    assertThat(byYear.start()).contains(RelationStart.in(Year.of(2015)));
    assertThat(byYear.withSince(LocalDate.of(2015, 3, 1)).start()).contains(RelationStart.on(LocalDate.of(2015, 3, 1)));
    assertThat(byYear.withSinceYear(Optional.empty()).start()).isEmpty();
    assertThat(RelationStart.on(LocalDate.of(2015, 3, 1))).isNotEqualTo(RelationStart.in(Year.of(2015)))
        .hasSameHashCodeAs(RelationStart.on(LocalDate.of(2015, 3, 1)));
  }

  @Test
  void nothingIsNotAStart() {
    assertThatThrownBy(() -> RelationStart.on(null)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> RelationStart.in(null)).isInstanceOf(IncompleteValueException.class);
  }
}

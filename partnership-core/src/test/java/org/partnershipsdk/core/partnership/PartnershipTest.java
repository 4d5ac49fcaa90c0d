package org.partnershipsdk.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class PartnershipTest {

  private static List<Violation> violations(Object value) {
    return ModelValidator.create().validate(value).violations();
  }

  @Test
  void examplesValidateClean() {
    assertThat(violations(PartnershipExamples.ccfdLaosJam())).isEmpty();
    assertThat(violations(PartnershipExamples.spfCanastaCampesina())).isEmpty();
  }

  @Test
  void builderKeepsWhatItIsGiven() {
    Partnership partnership = PartnershipExamples.spfCanastaCampesina();

    assertThat(partnership.id()).isEqualTo(PartnershipId.of("spf-82-canasta-campesina"));
    assertThat(partnership.supportingOrganisation()).isEqualTo(OrganisationId.of("spf-82"));
    assertThat(partnership.partner()).isEqualTo(OrganisationId.of("canasta-campesina"));
    assertThat(partnership.since()).contains(LocalDate.of(2015, 1, 1));
    assertThat(partnership.supportKinds()).containsExactly(SupportKind.SUPPORT_TO_ACTIONS);
    assertThat(partnership.programmes()).containsExactly(ProgrammeId.of("caac"));
    assertThat(partnership.programmeOfficer()).isEmpty();
    assertThat(partnership.agreement()).isEmpty();
  }

  @Test
  void withCopiesAndEquality() {
    Partnership partnership = PartnershipExamples.ccfdLaosJam();

    Partnership followed = partnership.withProgrammeOfficer(
        PartnershipExamples.officer().withFocus(OfficerFocus.THEMATIC).withArea("Économie sociale et solidaire"));

    assertThat(followed.programmeOfficer()).map(ProgrammeOfficer::focus).contains(Optional.of(OfficerFocus.THEMATIC));
    assertThat(partnership.programmeOfficer()).contains(PartnershipExamples.officer());
    assertThat(partnership).isEqualTo(PartnershipExamples.ccfdLaosJam())
        .hasSameHashCodeAs(PartnershipExamples.ccfdLaosJam())
        .isEqualTo(Partnership.builder().from(partnership).build())
        .isNotEqualTo(followed);
  }

  @Test
  void theRelationsAgeIsCountedFromItsStart() {
    Partnership partnership = PartnershipExamples.spfCanastaCampesina();

    assertThat(partnership.age(LocalDate.of(2018, 12, 31))).contains(java.time.Period.of(3, 11, 30));
    assertThat(partnership.ageInYears(LocalDate.of(2018, 12, 31))).hasValue(3);
    assertThat(partnership.ageInYears(LocalDate.of(2019, 1, 1))).hasValue(4);
    assertThat(partnership.age(LocalDate.of(2015, 1, 1))).contains(java.time.Period.ZERO);
  }

  @Test
  void noAgeBeforeTheStartOrWhileTheStartIsUnknown() {
    Partnership partnership = PartnershipExamples.spfCanastaCampesina();

    assertThat(partnership.age(LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(partnership.ageInYears(LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(partnership.withSince(Optional.empty()).age(LocalDate.of(2020, 1, 1))).isEmpty();
    assertThatThrownBy(() -> partnership.age(null))
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactly("asOf"));
  }

  @Test
  void theTwoOrganisationsAndTheIdentifierAreNeededToBuild() {
    assertThatThrownBy(() -> Partnership.builder().id(PartnershipId.of("p")).build())
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactlyInAnyOrder("supportingOrganisation", "partner"));
    assertThatThrownBy(() -> PartnershipExamples.ccfdLaosJam().withPartner(null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aCompletePartnershipHasAStartDate() {
    Partnership draft = PartnershipExamples.spfCanastaCampesina().withSince(Optional.empty());

    assertThat(violations(draft)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "since"));
  }

  @Test
  void anOrganisationIsNotItsOwnPartner() {
    Partnership self = PartnershipExamples.ccfdLaosJam().withPartner(OrganisationId.of("ccfd-terre-solidaire"));

    List<Violation> found = violations(self);

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("partnership.same-organisation", "partner"));
    assertThat(found.get(0).message(Locale.ENGLISH)).contains("ccfd-terre-solidaire");
    assertThat(found.get(0).message(Locale.FRENCH)).contains("ccfd-terre-solidaire", "partenaire");
  }

  @Test
  void theProgrammeOfficerIsValidatedInDepthWithValuesRedacted() {
    Partnership partnership = PartnershipExamples.ccfdLaosJam()
        .withProgrammeOfficer(ProgrammeOfficer.builder().name(" ").area("Asie").build());

    List<Violation> found = violations(partnership);

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.required", "programmeOfficer.focus"),
            tuple("value.blank", "programmeOfficer.name"));
    assertThat(found.get(1).invalidValue()).contains(Violation.REDACTED);
  }

  @Test
  void toStringNeverPrintsTheProgrammeOfficer() {
    assertThat(PartnershipExamples.ccfdLaosJam().toString())
        .contains("ccfd-terre-solidaire", "laos-jam-producers")
        .doesNotContain("Claire", "Vannier", "Asie");
  }

  @Test
  void aRelationEndsByItsStatusOrItsLastDay() {
    Partnership partnership = PartnershipExamples.ccfdLaosJam();
    LocalDate day = LocalDate.of(2024, 6, 30);
    assertThat(partnership.isEndedOn(day)).isFalse();
    assertThat(partnership.withStatus(PartnershipStatus.ENDED).isEndedOn(day)).isTrue();
    assertThat(partnership.withStatus(PartnershipStatus.SUSPENDED).isEndedOn(day)).isFalse();
    assertThat(partnership.withUntil(day).isEndedOn(day)).isFalse();
    assertThat(partnership.withUntil(day).isEndedOn(day.plusDays(1))).isTrue();
    assertThatThrownBy(() -> partnership.isEndedOn(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aLastDayBeforeTheFirstIsReported() {
    Partnership partnership = PartnershipExamples.ccfdLaosJam();
    LocalDate since = partnership.since().orElseThrow();
    assertThat(violations(partnership.withUntil(since))).isEmpty();
    List<Violation> violations = violations(partnership.withUntil(since.minusDays(1)));
    assertThat(violations).extracting(Violation::path, Violation::code)
        .containsExactly(tuple("until", "partnership.until.before-since"));
    assertThat(violations.get(0).message(Locale.ENGLISH))
        .isEqualTo("The relation ends on February 29, 2012, before it began on March 1, 2012");
    assertThat(violations.get(0).message(Locale.forLanguageTag("es")))
        .isEqualTo("La relación termina el 29 de febrero de 2012, antes de haber empezado el 1 de marzo de 2012");
  }

  @Test
  void officersFollowTheRelationOverTimeAndSeveralAtOnce() {
    ProgrammeOfficer geographic = ProgrammeOfficer.builder().name("Lou Exemple").focus(OfficerFocus.GEOGRAPHIC)
        .area("Asia").period(org.partnershipsdk.core.model.Period.of(LocalDate.of(2012, 1, 1), LocalDate.of(2019, 8, 31)))
        .build();
    ProgrammeOfficer successor = geographic.withName("Ana Exemple")
        .withPeriod(org.partnershipsdk.core.model.Period.builder().start(LocalDate.of(2019, 9, 1)).build());
    ProgrammeOfficer thematic = ProgrammeOfficer.builder().name("Sam Exemple").focus(OfficerFocus.THEMATIC)
        .area("Social and solidarity economy").build();
    Partnership partnership = PartnershipExamples.ccfdLaosJam().withProgrammeOfficer(Optional.empty())
        .withOfficers(geographic, successor, thematic);
    assertThat(violations(partnership)).isEmpty();
    assertThat(partnership.officersOn(LocalDate.of(2015, 5, 1))).containsExactly(geographic, thematic);
    assertThat(partnership.officersOn(LocalDate.of(2024, 6, 30))).containsExactly(successor, thematic);
    assertThat(PartnershipExamples.ccfdLaosJam().officersOn(LocalDate.of(2024, 6, 30)))
        .containsExactly(PartnershipExamples.officer());
    assertThat(partnership.toString()).doesNotContain("Exemple", "Asia", "2019");
    assertThat(violations(partnership.withOfficers(geographic.withPeriod(org.partnershipsdk.core.model.Period.of(
        LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))))).extracting(Violation::path)
        .containsExactly("officers[0].period.end");
    assertThat(thematic.followsOn(LocalDate.MIN)).isTrue();
  }
}

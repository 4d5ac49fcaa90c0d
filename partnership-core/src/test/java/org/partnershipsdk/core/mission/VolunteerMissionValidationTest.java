package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnershipsdk.core.mission.MissionExamples.MOULENDA_DAYS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class VolunteerMissionValidationTest {
  private final ModelValidator validator = ModelValidator.create();
  private final VolunteerMission moulenda = MissionExamples.moulenda().withPeriod(MOULENDA_DAYS);

  private List<Violation> violations(VolunteerMission mission) {
    return validator.validate(mission).violations();
  }

  @Test
  void theSeedsCompleteMissionsValidateClean() {
    assertThat(violations(MissionExamples.moulenda())).isEmpty();
    assertThat(violations(moulenda)).isEmpty();
    assertThat(violations(MissionExamples.kpomasse())).isEmpty();
  }

  @Test
  void theThirdCaseIsADraftUntilItsTypeIsKnown() {
    assertThat(violations(MissionExamples.kpomasseAndOuidah()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "type"));
  }

  @Test
  void anEmptyDraftListsWhatAFormMustStillFill() {
    assertThat(violations(VolunteerMission.builder().id(MissionId.of("draft")).build()))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.required", "direction"),
            tuple("value.blank", "title"),
            tuple("value.required", "type"),
            tuple("value.required", "zone.country"));
  }

  @Test
  void missingHolderPartnerOrStructureIsLeftToTheRules() {
    VolunteerMission alone = VolunteerMission.builder().from(moulenda)
        .holder(Optional.empty())
        .localPartner(Optional.empty())
        .volunteersStructure(Optional.empty())
        .volunteers(List.of())
        .build();
    assertThat(violations(alone)).isEmpty();
  }

  @Test
  void aDurationThatIsNotPositiveIsReported() {
    assertThat(violations(MissionExamples.moulenda().withDurationDays(0)))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.positive", "durationDays"));
  }

  @Test
  void aDeclaredDurationThatDiffersFromThePeriodIsReported() {
    List<Violation> found = violations(moulenda.withDurationDays(8));
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("mission.duration.mismatch", "durationDays"));
    assertThat(found.get(0).arguments()).containsEntry("declared", 8).containsEntry("days", 7L);
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The declared duration of 8 days differs from the 7 days of the mission's dates");
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("La durée déclarée de 8 jours diffère des 7 jours des dates de la mission");
  }

  @Test
  void aPeriodOutOfOrderIsReportedOnceNotAsAMismatch() {
    Period reversed = Period.of(LocalDate.of(2022, 3, 13), LocalDate.of(2022, 3, 7));
    assertThat(violations(moulenda.withPeriod(reversed)))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("period.order", "period.end"));
  }

  @Test
  void preparationDatedAfterDepartureIsReportedOnEachDate() {
    VolunteerMission late = moulenda.withPreparation(MissionPreparation.builder()
        .remoteSupportSince(LocalDate.of(2022, 3, 8))
        .preMissionInterview(LocalDate.of(2022, 3, 9))
        .build());
    List<Violation> found = violations(late);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("mission.preparation.after-departure", "preparation.preMissionInterview"),
            tuple("mission.preparation.after-departure", "preparation.remoteSupportSince"));
    assertThat(found.get(0).message(Locale.ENGLISH)).contains("March 9, 2022", "March 7, 2022");
  }

  @Test
  void preparationUpToTheDepartureDayIsAccepted() {
    VolunteerMission prepared = moulenda.withPreparation(MissionPreparation.builder()
        .remoteSupportSince(LocalDate.of(2021, 11, 15))
        .preMissionInterview(LocalDate.of(2022, 3, 7))
        .addInstitutionalContactsPrepared("Prefecture of the Pool département")
        .build());
    assertThat(violations(prepared)).isEmpty();
  }

  @Test
  void aReturnDatedBeforeTheEndIsReportedOnEachDate() {
    VolunteerMission early = moulenda.withMissionReturn(MissionReturn.builder()
        .returnInterview(LocalDate.of(2022, 3, 12))
        .reportDelivered(LocalDate.of(2022, 3, 1))
        .build());
    List<Violation> found = violations(early);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("mission.return.before-end", "missionReturn.reportDelivered"),
            tuple("mission.return.before-end", "missionReturn.returnInterview"));
    assertThat(found.get(1).message(Locale.FRENCH)).contains("12 mars 2022", "13 mars 2022");
  }

  @Test
  void theReturnIsCheckedAgainstTheEndTheDeclaredDurationGives() {
    VolunteerMission startOnly = moulenda.withPeriod(Period.builder().start(LocalDate.of(2022, 3, 7)).build())
        .withMissionReturn(MissionReturn.builder().returnInterview(LocalDate.of(2022, 3, 10)).build());
    assertThat(violations(startOnly)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("mission.return.before-end", "missionReturn.returnInterview"));
  }

  @Test
  void aReturnFromTheLastDayOnIsAccepted() {
    VolunteerMission back = moulenda.withMissionReturn(MissionReturn.builder()
        .returnInterview(LocalDate.of(2022, 3, 13))
        .reportDelivered(LocalDate.of(2022, 4, 29))
        .addAdaptation(MissionAdaptation.COMPLEMENTARY_FUNDING)
        .build());
    assertThat(violations(back)).isEmpty();
  }

  @Test
  void nestedValuesAreValidatedThroughTheMission() {
    VolunteerMission broken = moulenda
        .withTitle(" ")
        .withVolunteers(Volunteer.builder().name("").build())
        .withObjectives("Study the river", "")
        .withAchievements(Achievement.builder().deliverable(true).build())
        .withZone(moulenda.zone().withCountry(CountryCode.of("ZZ")))
        .withMissionReturn(MissionReturn.builder().addDifficulty(" ").build());
    List<Violation> found = violations(broken);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.blank", "achievements[0].description"),
            tuple("value.blank", "missionReturn.difficulties[0]"),
            tuple("value.blank", "objectives[1]"),
            tuple("value.blank", "title"),
            tuple("value.blank", "volunteers[0].name"),
            tuple("country.unassigned", "zone.country"),
            tuple("mission.zone.country-mismatch", "zone.territories[0].country"),
            tuple("mission.zone.country-mismatch", "zone.territories[1].country"));
    assertThat(found).filteredOn(v -> v.path().startsWith("volunteers"))
        .extracting(Violation::invalidValue).containsOnly(Optional.of(Violation.REDACTED));
  }

  @Test
  void everyMissionCodeHasItsTextsInBothLanguages() {
    for (String code : List.of("mission.duration.mismatch", "mission.preparation.after-departure",
        "mission.return.before-end", "mission.zone.country-mismatch")) {
      assertThat(Texts.has(code)).as(code).isTrue();
      assertThat(Texts.text(code, Locale.FRENCH)).as(code).isNotEqualTo(Texts.text(code, Locale.ENGLISH));
    }
  }

  @Test
  void aMissingDeclaredDurationIsNotAMismatch() {
    VolunteerMission undeclared = VolunteerMission.builder().from(moulenda).durationDays(OptionalInt.empty()).build();
    assertThat(violations(undeclared)).isEmpty();
  }
}

package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipsdk.core.mission.MissionExamples.MOULENDA_DAYS;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

class VolunteerMissionTest {
  private final VolunteerMission moulenda = MissionExamples.moulenda();

  @Test
  void holdsTheSeedsFacts() {
    assertThat(moulenda.type()).contains(MissionType.DIAGNOSTIC);
    assertThat(moulenda.direction()).contains(MissionDirection.NORTH_SOUTH);
    assertThat(moulenda.holder()).contains(MissionExamples.GDCAM);
    assertThat(moulenda.localPartner()).contains(MissionExamples.GCADEM);
    assertThat(moulenda.volunteersStructure()).contains(MissionExamples.IKO_POWER);
    assertThat(moulenda.durationDays()).hasValue(7);
    assertThat(moulenda.objectives()).hasSize(4);
    assertThat(moulenda.achievements()).filteredOn(Achievement::deliverable)
        .allMatch(Achievement::handedOver)
        .first().extracting(Achievement::description).asString().startsWith("Topographic plan");
    VolunteerMission kpomasse = MissionExamples.kpomasse();
    assertThat(kpomasse.durationDays()).hasValue(8);
    assertThat(kpomasse.achievements()).extracting(Achievement::description)
        .contains("15 employees of the production unit trained in bottling",
            "Sanitary control plan meeting the health agency's requirements");
    assertThat(MissionExamples.kpomasseAndOuidah().volunteersStructure()).contains(MissionExamples.AEMA);
    assertThat(MissionExamples.kpomasseAndOuidah().durationDays()).hasValue(9);
  }

  @Test
  void onlyTheIdentifierIsNeededToStartADraft() {
    VolunteerMission draft = VolunteerMission.builder().id(MissionId.of("draft")).build();
    assertThat(draft.title()).isEmpty();
    assertThat(draft.type()).isEmpty();
    assertThat(draft.zone()).isEqualTo(MissionZone.unknown());
    assertThat(draft.period()).isEqualTo(Period.unknown());
    assertThat(draft.preparation()).isEqualTo(MissionPreparation.none());
    assertThat(draft.missionReturn()).isEmpty();
    assertThat(draft.holder()).isEmpty();
    assertThatThrownBy(() -> VolunteerMission.builder().title("No identifier").build())
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> assertThat(e.attributes()).contains("id"));
    assertThatThrownBy(() -> VolunteerMission.builder().holder((OrganisationId) null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void copiesChangeOneAttributeAndCompareByValue() {
    assertThat(MissionExamples.moulenda()).isEqualTo(moulenda).hasSameHashCodeAs(moulenda);
    VolunteerMission southSouth = moulenda.withDirection(MissionDirection.SOUTH_SOUTH);
    assertThat(southSouth.direction()).contains(MissionDirection.SOUTH_SOUTH);
    assertThat(southSouth).isNotEqualTo(moulenda);
    assertThat(southSouth.withDirection(MissionDirection.NORTH_SOUTH)).isEqualTo(moulenda);
    assertThat(VolunteerMission.builder().from(moulenda).build()).isEqualTo(moulenda);
    assertThat(moulenda.withVolunteers().volunteers()).isEmpty();
  }

  @Test
  void toStringPrintsNoVolunteer() {
    assertThat(moulenda.toString())
        .contains("explor-moulenda", "<personal data>")
        .doesNotContain("Camille", "Exemple", "Alex", "Fictif", "topography", "electrical");
  }

  @Test
  void theEffectiveDurationIsTheDeclaredOneElseThePeriods() {
    assertThat(moulenda.effectiveDurationDays()).hasValue(7);
    VolunteerMission undeclared = VolunteerMission.builder().from(moulenda).durationDays(OptionalInt.empty())
        .period(MOULENDA_DAYS).build();
    assertThat(undeclared.effectiveDurationDays()).hasValue(7);
    assertThat(undeclared.withPeriod(Period.unknown()).effectiveDurationDays()).isEmpty();
    Period reversed = Period.of(LocalDate.of(2022, 3, 13), LocalDate.of(2022, 3, 7));
    assertThat(undeclared.withPeriod(reversed).effectiveDurationDays()).isEmpty();
  }

  @Test
  void theLastDayIsThePeriodsEndElseTheDeclaredDurationsEnd() {
    assertThat(moulenda.lastDay()).isEmpty();
    assertThat(moulenda.withPeriod(MOULENDA_DAYS).lastDay()).contains(LocalDate.of(2022, 3, 13));
    VolunteerMission startOnly = moulenda.withPeriod(Period.builder().start(LocalDate.of(2022, 3, 7)).build());
    assertThat(startOnly.lastDay()).contains(LocalDate.of(2022, 3, 13));
  }

  @Test
  void aMissionIsFinishedTheDayAfterItsLastDay() {
    VolunteerMission dated = moulenda.withPeriod(MOULENDA_DAYS);
    assertThat(dated.isFinishedOn(LocalDate.of(2022, 3, 13))).isFalse();
    assertThat(dated.isFinishedOn(LocalDate.of(2022, 3, 14))).isTrue();
    assertThat(dated.isFinishedOn(LocalDate.of(2022, 3, 1))).isFalse();
    assertThat(moulenda.isFinishedOn(LocalDate.of(2030, 1, 1))).isFalse();
    assertThatThrownBy(() -> dated.isFinishedOn(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void remotePreparationIsCountedInDaysBeforeDeparture() {
    VolunteerMission prepared = moulenda.withPeriod(MOULENDA_DAYS)
        .withPreparation(MissionPreparation.builder().remoteSupportSince(LocalDate.of(2022, 1, 7)).build());
    assertThat(prepared.remotePreparationDays()).hasValue(59);
    assertThat(moulenda.remotePreparationDays()).isEmpty();
  }
}

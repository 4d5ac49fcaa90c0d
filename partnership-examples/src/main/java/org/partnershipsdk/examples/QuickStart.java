package org.partnershipsdk.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * The README's first command: builds the Kpomassé mission of the EXPLOR programme (Grdr 2023),
 * validates a draft of it and prints every violation in French, then moves an initiative through
 * its project cycle and shows a refused transition. Dates are illustrative; the seed gives none.
 */
public final class QuickStart {
  private QuickStart() {}

  /** @param args unused */
  public static void main(String[] args) {
    CountryCode benin = CountryCode.of("BJ");
    VolunteerMission kpomasse = VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse"))
        .title("Production locale de conserves de tomates à Kpomassé")
        .addTypes(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(benin)
            .addTerritory(Territory.of(benin, TerritoryLevel.MUNICIPALITY, "Kpomassé")).build())
        .holder(OrganisationId.of("ahpa"))
        .localPartner(OrganisationId.of("cripadd"))
        .volunteersStructure(OrganisationId.of("les-anges-gardins"))
        .period(Period.of(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 13)))
        .durationDays(8)
        .addAchievement(Achievement.of("15 salariés formés à la mise en bouteille"))
        .build();

    ModelValidator validator = ModelValidator.create();
    System.out.println("Mission " + kpomasse.id() + " valid: " + validator.validate(kpomasse).isValid());

    // A draft as a form leaves it: no title, no type, 9 days declared for an 8-day period.
    VolunteerMission draft = kpomasse.withTitle("").withTypes().withDurationDays(9);
    ValidationReport report = validator.validate(draft);
    System.out.println("Brouillon : " + report.violations().size() + " problèmes");
    System.out.println(report.describe(Locale.FRENCH));

    Initiative initiative = Initiative.builder()
        .id(InitiativeId.of("caac-comasagua-montauban"))
        .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
        .addParticipant(Participant.of(OrganisationId.of("spf-82"), ParticipantRole.HOLDER))
        .addParticipant(Participant.of(OrganisationId.of("canasta-campesina"), ParticipantRole.LOCAL_PARTNER))
        .build();
    Initiative designed = initiative.moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 12)).orElseThrow()
        .moveTo(Stage.DESIGN, LocalDate.of(2015, 3, 2)).orElseThrow();
    System.out.println("Stage: " + designed.cycle().currentStage().map(s -> s.label(Locale.ENGLISH)).orElse("-"));

    Transition<Initiative> skip = designed.moveTo(Stage.EVALUATION, LocalDate.of(2015, 4, 1));
    skip.refusals().forEach(refusal -> System.out.println("Refused: " + refusal.message(Locale.ENGLISH)));
  }
}

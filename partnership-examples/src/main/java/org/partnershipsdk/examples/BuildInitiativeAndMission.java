package org.partnershipsdk.examples;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * Builds an initiative and a volunteer mission with the model's builders: the CAAC territory-to-territory
 * initiative Comasagua ↔ Montauban (Fonda 2020) and the EXPLOR mission of Moulenda (Grdr 2023), then
 * validates both. Dates, SDGs and the volunteer are illustrative; the volunteer is fictitious and,
 * being personal data, never appears in {@code toString()}.
 */
public final class BuildInitiativeAndMission {
  private BuildInitiativeAndMission() {}

  /** @param args unused */
  public static void main(String[] args) {
    CountryCode elSalvador = CountryCode.of("SV");
    Initiative comasagua = Initiative.builder()
        .id(InitiativeId.of("caac-comasagua-montauban"))
        .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
        .programme(ProgrammeId.of("caac"))
        .addParticipant(Participant.builder().organisation(OrganisationId.of("spf-82"))
            .addRoles(ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION)
            .carriesLegalResponsibility(true).build())
        .addParticipant(Participant.of(OrganisationId.of("canasta-campesina"), ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(OrganisationId.of("universidad-luterana-salvadorena"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("cfsi"), ParticipantRole.FUNDER))
        .designMode(DesignMode.CO_CONSTRUCTED)
        .addTrait(InitiativeTrait.INNOVATIVE)
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(elSalvador, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .territoryToTerritory(true)
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .addSdgs(Sdg.ZERO_HUNGER, Sdg.REDUCED_INEQUALITIES)
        .beneficiaries(Beneficiaries.builder().direct(300).description("People brought together by the"
            + " Montauban solidarity garden").build())
        .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
        .build();

    CountryCode congo = CountryCode.of("CG");
    VolunteerMission moulenda = VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda"))
        .title("Feasibility of a micro hydro-electric plant in Moulenda")
        .programme(ProgrammeId.of("explor"))
        .type(MissionType.DIAGNOSTIC)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder().country(congo)
            .addTerritory(Territory.of(congo, TerritoryLevel.DEPARTMENT, "Pool"))
            .addTerritory(Territory.of(congo, TerritoryLevel.MUNICIPALITY, "Moulenda")).build())
        .holder(OrganisationId.of("gdcam"))
        .localPartner(OrganisationId.of("gcadem"))
        .volunteersStructure(OrganisationId.of("iko-power"))
        .addVolunteer(Volunteer.builder().name("Camille Exemple").addSkills("hydrology", "topography").build())
        .period(Period.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13)))
        .durationDays(7)
        .addObjectives("Study the main characteristics of the target river")
        .addAchievement(Achievement.of("Topographic plan of the Moulenda site"))
        .build();

    System.out.println("Initiative " + comasagua.id() + ": " + comasagua.title());
    System.out.println("  holder: " + comasagua.holders().get(0).organisation()
        + ", legally responsible: " + comasagua.legallyResponsible().get(0).organisation()
        + ", co-constructed: " + comasagua.isCoConstructed());
    System.out.println("  territories: " + comasagua.territories().stream()
        .map(t -> t.name() + (t.isInFrance() ? " (here)" : " (there, " + t.country() + ")"))
        .collect(Collectors.joining(" <-> ")));
    System.out.println("  SDGs: " + comasagua.sdgs().stream()
        .map(sdg -> sdg.number() + " " + sdg.label(Locale.ENGLISH)).collect(Collectors.joining(", ")));
    System.out.println("  direct beneficiaries: " + comasagua.beneficiaries().direct().orElseThrow());

    System.out.println("Mission " + moulenda.id() + ": " + moulenda.title());
    System.out.println("  " + moulenda.type().orElseThrow().label(Locale.ENGLISH) + ", "
        + moulenda.direction().orElseThrow().label(Locale.ENGLISH) + ", "
        + moulenda.effectiveDurationDays().orElseThrow() + " days from " + moulenda.period().start().orElseThrow());
    System.out.println("  volunteers: " + moulenda.volunteers().size()
        + ", printed as: " + moulenda.volunteers().get(0));

    ModelValidator validator = ModelValidator.create();
    System.out.println("Valid: initiative " + validator.isValid(comasagua) + ", mission " + validator.isValid(moulenda));
  }
}

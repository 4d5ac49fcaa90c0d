package org.partnershipsdk.examples;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
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
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.LocatedIndicator;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * Builds an initiative and a volunteer mission with the model's builders: the CAAC territory-to-territory
 * initiative Comasagua ↔ Montauban (Fonda 2020) and the first of the two EXPLOR missions of Moulenda
 * (Grdr 2023), then validates both.
 *
 * <p>Only what the sources say is stated: they name no SDG, no co-construction and nobody legally
 * responsible, so none is set (the rules then say so); the 300 people are the Montauban solidarity
 * garden's, so they are an indicator's measurement, not the initiative's beneficiaries; whether the
 * initiative links territories is derived from its places rather than declared. The
 * day-precise dates are illustrative (the sources give years, and 7 days for the Moulenda missions);
 * the volunteer is fictitious and, being personal data, never appears in {@code toString()}.
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
        .addParticipant(Participant.of(OrganisationId.of("spf-82"), ParticipantRole.HOLDER,
            ParticipantRole.SUPPORTING_ORGANISATION))
        .addParticipant(Participant.of(OrganisationId.of("canasta-campesina"), ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(OrganisationId.of("universidad-luterana-salvadorena"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("cfsi"), ParticipantRole.FUNDER))
        .addTrait(InitiativeTrait.INNOVATIVE)
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(elSalvador, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .beneficiaries(Beneficiaries.builder().description("In Montauban, people in hardship brought together by the"
            + " solidarity garden; in Comasagua, the farming families. The source gives no total").build())
        .resultsFramework(ResultsFramework.builder()
            .addSpecificObjective(SpecificObjective.builder()
                .statement("Recreate social ties between people who do not usually meet")
                .addExpectedResult(ExpectedResult.builder()
                    .statement("The Montauban solidarity garden brings together people in hardship")
                    .addIndicator(Indicator.builder().ref("people-montauban")
                        .name("People in hardship brought together by the Montauban solidarity garden")
                        .measure(IndicatorMeasure.NUMBER).unit("people")
                        .addMeasurement(IndicatorValue.ofNumber(300)).build())
                    .build())
                .build())
            .build())
        .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
        .build();

    CountryCode congo = CountryCode.of("CG");
    VolunteerMission moulenda = VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda-1"))
        .title("Feasibility of a micro hydro-electric plant in Moulenda, mission 1")
        .programme(ProgrammeId.of("explor"))
        .addTypes(MissionType.DIAGNOSTIC)
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
        .build();

    System.out.println("Initiative " + comasagua.id() + ": " + comasagua.title());
    System.out.println("  holder: " + comasagua.holders().get(0).organisation() + ", legally responsible: "
        + (comasagua.legallyResponsible().isEmpty() ? "not stated" : comasagua.legallyResponsible().get(0).organisation())
        + ", co-constructed: " + comasagua.isCoConstructed() + ", SDGs stated: " + comasagua.sdgs().size());
    System.out.println("  territories: " + comasagua.territories().stream()
        .map(t -> t.name() + (t.isInFrance() ? " (here)" : " (there, " + t.country() + ")"))
        .collect(Collectors.joining(" <-> ")) + ", territory to territory: " + comasagua.linksFrenchAndForeignTerritories());
    LocatedIndicator people = comasagua.resultsFramework().indicators().get(0);
    System.out.println("  " + people.indicator().name() + ": "
        + people.indicator().measurements().get(0).number().orElseThrow() + " (indicator " + people.indicator().ref()
        .orElseThrow() + ")");

    System.out.println("Mission " + moulenda.id() + ": " + moulenda.title());
    System.out.println("  " + moulenda.allTypes().stream().map(t -> t.label(Locale.ENGLISH)).collect(Collectors.joining(", "))
        + ", " + moulenda.direction().orElseThrow().label(Locale.ENGLISH) + ", "
        + moulenda.effectiveDurationDays().orElseThrow() + " days from " + moulenda.period().start().orElseThrow());
    System.out.println("  volunteers: " + moulenda.volunteers().size()
        + ", printed as: " + moulenda.volunteers().get(0));

    ModelValidator validator = ModelValidator.create();
    System.out.println("Valid: initiative " + validator.isValid(comasagua) + ", mission " + validator.isValid(moulenda));
  }
}

package org.partnershipsdk.core.mission;

import java.time.LocalDate;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;

/**
 * The three EXPLOR missions of Grdr 2023. Organisations, places, durations, objectives and achievements
 * are the seed's facts; the volunteers' names are fictitious, and the seed gives no dates, so tests that
 * need dates add illustrative ones.
 */
final class MissionExamples {
  static final CountryCode CONGO = CountryCode.of("CG");
  static final CountryCode BENIN = CountryCode.of("BJ");
  static final ProgrammeId EXPLOR = ProgrammeId.of("explor");

  static final OrganisationId GDCAM = OrganisationId.of("gdcam");
  static final OrganisationId GCADEM = OrganisationId.of("gcadem");
  static final OrganisationId IKO_POWER = OrganisationId.of("iko-power");
  static final OrganisationId AHPA = OrganisationId.of("ahpa");
  static final OrganisationId CRIPADD = OrganisationId.of("cripadd");
  static final OrganisationId LES_ANGES_GARDINS = OrganisationId.of("les-anges-gardins");
  static final OrganisationId AEMA = OrganisationId.of("aema");

  /** Seven illustrative days for Moulenda, from a Monday to a Sunday. */
  static final Period MOULENDA_DAYS = Period.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13));

  private MissionExamples() {}

  /** Republic of the Congo, Pool, Moulenda: feasibility of a micro hydro-electric plant, 7 days. */
  static VolunteerMission moulenda() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda"))
        .title("Feasibility of a micro hydro-electric plant in Moulenda")
        .programme(EXPLOR)
        .type(MissionType.DIAGNOSTIC)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder()
            .country(CONGO)
            .addTerritory(Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"))
            .addTerritory(Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda"))
            .build())
        .holder(GDCAM)
        .localPartner(GCADEM)
        .volunteersStructure(IKO_POWER)
        .addVolunteer(Volunteer.builder().name("Camille Exemple").addSkill("hydrology").addSkill("topography")
            .role("engineer").build())
        .addVolunteer(Volunteer.builder().name("Alex Fictif").addSkill("electrical engineering").build())
        .durationDays(7)
        .addObjective("Study the main characteristics of the target river")
        .addObjective("Estimate the civil engineering costs of installing the plant")
        .addObjective("Identify local technical partners able to maintain the plant")
        .addObjective("Develop the partnership with the local authority to prepare a FASEP application")
        .addAchievement(deliverable("Topographic plan of the Moulenda site and summary of its hydrology"))
        .addAchievement(deliverable("Estimate of domestic and professional demand, with sizing recommendations"))
        .addAchievement(Achievement.of("Meeting with the institutional actors of energy and cooperation"))
        .addAchievement(Achievement.of("Meeting with the prefecture; contact points for the project's next steps"))
        .build();
  }

  /** Benin, Atlantique, Kpomassé: local production of tomato preserves, 8 days. */
  static VolunteerMission kpomasse() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse"))
        .title("Strengthening local production of tomato preserves in Kpomassé")
        .programme(EXPLOR)
        .type(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder()
            .country(BENIN)
            .addTerritory(Territory.of(BENIN, TerritoryLevel.DEPARTMENT, "Atlantique"))
            .addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"))
            .build())
        .holder(AHPA)
        .localPartner(CRIPADD)
        .volunteersStructure(LES_ANGES_GARDINS)
        .addVolunteer(Volunteer.builder().name("Dominique Exemple").addSkill("food processing")
            .addSkill("food safety").build())
        .durationDays(8)
        .addObjective("Analyse the preserve-making process and advise on product quality")
        .addObjective("Support the application for a marketing authorisation")
        .addObjective("Support the market study and a suitable commercial strategy")
        .addAchievement(Achievement.of("15 employees of the production unit trained in bottling"))
        .addAchievement(deliverable("Technical sheets for monitoring the process"))
        .addAchievement(deliverable("Sample analysed by a partner laboratory in France, report handed over"))
        .addAchievement(deliverable("Sanitary control plan meeting the health agency's requirements"))
        .addAchievement(Achievement.of("Quality control and obstacles to marketing identified"))
        .addAchievement(Achievement.of("Local resource actors identified for training and marketing"))
        .build();
  }

  /** Benin, Kpomassé and Ouidah, 9 days; the seed gives neither its type nor its objectives. */
  static VolunteerMission kpomasseAndOuidah() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse-ouidah"))
        .title("EXPLOR mission in Kpomassé and Ouidah")
        .programme(EXPLOR)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(MissionZone.builder()
            .country(BENIN)
            .addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"))
            .addTerritory(Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Ouidah"))
            .build())
        .holder(AHPA)
        .localPartner(CRIPADD)
        .volunteersStructure(AEMA)
        .durationDays(9)
        .build();
  }

  private static Achievement deliverable(String description) {
    return Achievement.builder().description(description).deliverable(true).handedOver(true).build();
  }
}

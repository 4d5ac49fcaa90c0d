package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.CaseIds.BENIN;
import static org.partnershipsdk.testkit.CaseIds.CONGO;

import java.time.LocalDate;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionAdaptation;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;

/**
 * The volunteer missions of the {@link RealCases}: the four EXPLOR missions of Grdr 2023 — the two
 * Moulenda missions it describes together, Kpomassé, and Kpomassé and Ouidah — and one of the cross
 * missions between Salvadorans and French people of the Comasagua ↔ Montauban initiative (Fonda
 * 2020). Parties, places, stated durations, objectives and achievements are the source documents';
 * dates, preparation and return details, the type of the Kpomassé and Ouidah mission, which Moulenda
 * mission achieved what, and the cross mission's dates are illustrative, and the volunteers are
 * fictitious; the two Moulenda missions share the one 7-day stay the source states for them, and the
 * cross mission's parties and return, which the source does not give, are left out.
 */
final class RealMissions {
  private RealMissions() {}

  /**
   * Mission ① of the two the source describes together in Moulenda ("Missions ① et ②"): same zone,
   * parties, objectives and stated duration. The source's sheet gives the pair one "Durée : 7 jours",
   * read as one 7-day stay during which both missions took place: each is recorded with those 7
   * days and the same (illustrative) dates. Which mission achieved what the source does not say:
   * the achievements of the pair are recorded once, on {@link #moulendaSecond()}.
   */
  static VolunteerMission moulenda() {
    return moulendaBlock()
        .id(CaseIds.MOULENDA)
        .title("Feasibility of a micro hydro-electric plant in Moulenda, mission 1")
        .addVolunteer(Volunteer.builder().ref("volunteer-1").name("Camille Exemple").addSkills("hydrology", "topography")
            .role("Engineer").build())
        .addVolunteer(Volunteer.builder().ref("volunteer-2").name("Alex Fictif").addSkill("electrical engineering")
            .build())
        .period(Period.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13)))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2021, 10, 4))
            .preMissionInterview(LocalDate.of(2022, 2, 21))
            .addInstitutionalContactsPrepared("Prefecture of the Pool département")
            .addInstitutionalContactsPrepared("Institutional actors of energy")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 3, 28))
            .reportDelivered(LocalDate.of(2022, 4, 15))
            .build())
        .build();
  }

  /**
   * Mission ② in Moulenda, during the same 7-day stay as mission ①, with the achievements the
   * source gives for the two missions.
   */
  static VolunteerMission moulendaSecond() {
    return moulendaBlock()
        .id(CaseIds.MOULENDA_2)
        .title("Feasibility of a micro hydro-electric plant in Moulenda, mission 2")
        .addVolunteer(Volunteer.builder().ref("volunteer-1").name("Camille Exemple").addSkills("hydrology", "topography")
            .role("Engineer").build())
        .period(Period.of(LocalDate.of(2022, 3, 7), LocalDate.of(2022, 3, 13))) // the same 7-day stay as mission ①
        .addAchievements(
            deliverable("plan", "Topographic plan of the Moulenda site and summary of its hydrological characteristics"),
            deliverable("sizing", "Estimate of domestic and professional demand, with sizing recommendations for the"
                + " plant"),
            Achievement.of("Meeting with the institutional actors of energy and international cooperation"),
            Achievement.of("Meeting with the prefecture; contact points identified for the project's next steps"))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2021, 10, 4))
            .preMissionInterview(LocalDate.of(2022, 2, 21))
            .addInstitutionalContactsPrepared("Prefecture of the Pool département")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 3, 28))
            .reportDelivered(LocalDate.of(2022, 4, 15))
            .impactOnProject("The plant's feasibility is documented and its sizing recommended; the project is"
                + " resized and prepares a FASEP application")
            .addAdaptation(MissionAdaptation.COMPLEMENTARY_FUNDING)
            .build())
        .status(MissionStatus.HELD)
        .build();
  }

  /**
   * What the source says of missions ① and ② together: a feasibility study, its place, parties, 7
   * days (one stay for the two), objectives.
   */
  private static VolunteerMission.Builder moulendaBlock() {
    return VolunteerMission.builder()
        .programme(CaseIds.EXPLOR)
        .addTypes(MissionType.DIAGNOSTIC)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(CONGO, Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"),
            Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda")))
        .holder(CaseIds.GDCAM)
        .localPartner(CaseIds.GCADEM)
        .volunteersStructure(CaseIds.IKO_POWER)
        .durationDays(7)
        .addObjectives(
            "Study the main characteristics of the target river",
            "Estimate the civil engineering costs of installing the plant",
            "Identify local technical partners able to maintain the plant",
            "Develop the partnership with the local authority to prepare a FASEP application");
  }

  static VolunteerMission kpomasse() {
    return VolunteerMission.builder()
        .id(CaseIds.KPOMASSE)
        .title("Strengthening local production of tomato preserves in Kpomassé")
        .programme(CaseIds.EXPLOR)
        .addTypes(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(BENIN, atlantique(), Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé")))
        .holder(CaseIds.AHPA)
        .localPartner(CaseIds.CRIPADD)
        .volunteersStructure(CaseIds.LES_ANGES_GARDINS)
        .addVolunteer(Volunteer.builder().name("Dominique Exemple").addSkills("food processing", "food safety")
            .build())
        .period(Period.of(LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 10)))
        .durationDays(8)
        .addObjectives(
            "Analyse the preserve-making process and advise on technique, organisation and equipment to"
                + " guarantee the product's quality",
            "Support the application for a marketing authorisation certificate",
            "Support the market study and the design of a suitable commercial strategy")
        .addAchievements(
            Achievement.of("15 employees of the production unit trained in bottling"),
            deliverable("technical-sheets", "Technical sheets for monitoring the process"),
            deliverable("laboratory-report", "Sample analysed by a partner laboratory in France, report handed over"),
            deliverable("sanitary-plan", "Sanitary control plan meeting the health agency's requirements"),
            Achievement.of("Quality control of the products; obstacles to marketing identified"),
            Achievement.of("Local resource actors identified for training and marketing"))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2022, 5, 2))
            .preMissionInterview(LocalDate.of(2022, 9, 19))
            .addInstitutionalContactsPrepared("Health agency in charge of food products")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 10, 24))
            .reportDelivered(LocalDate.of(2022, 11, 7))
            .impactOnProject("Trained relays in the production unit and a sanitary control plan towards the"
                + " marketing authorisation")
            .addDifficulty("Access to the sector's regulatory information")
            .addLocalResourcesFound("Resource actors on site for training and marketing")
            .addAdaptation(MissionAdaptation.PARTNERSHIP_AGREEMENT)
            .build())
        .status(MissionStatus.HELD)
        .build();
  }

  static VolunteerMission kpomasseAndOuidah() {
    return VolunteerMission.builder()
        .id(CaseIds.KPOMASSE_OUIDAH)
        .title("EXPLOR mission in Kpomassé and Ouidah")
        .programme(CaseIds.EXPLOR)
        .addTypes(MissionType.EVALUATION)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(BENIN, atlantique(), Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"),
            Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Ouidah")))
        .holder(CaseIds.AHPA)
        .localPartner(CaseIds.CRIPADD)
        .volunteersStructure(CaseIds.AEMA)
        .addVolunteer(Volunteer.builder().name("Claude Fictif").addSkill("wetland management").build())
        .addVolunteer(Volunteer.builder().name("Sacha Exemple").addSkill("water management").build())
        .period(Period.of(LocalDate.of(2022, 11, 7), LocalDate.of(2022, 11, 15)))
        .durationDays(9)
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2022, 6, 6))
            .preMissionInterview(LocalDate.of(2022, 10, 24))
            .addInstitutionalContactsPrepared("Town halls of Kpomassé and Ouidah")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 11, 28))
            .reportDelivered(LocalDate.of(2022, 12, 12))
            .build())
        .status(MissionStatus.HELD)
        .build();
  }

  /**
   * Farmers of Comasagua visiting the Montauban solidarity garden: a South→North cross mission of
   * the CAAC initiative, longer than EXPLOR's short missions and prepared over six weeks only. The
   * source says only that Salvadorans and French people made cross missions: its holder, local
   * partner, volunteers' structure, return interview and report are not given, so they are left
   * out, and the rules report them missing as they would on the real facts.
   */
  static VolunteerMission comasaguaCrossVisit() {
    CountryCode france = CountryCode.FRANCE;
    return VolunteerMission.builder()
        .id(CaseIds.COMASAGUA_VISIT)
        .title("Comasagua farmers at the Montauban solidarity garden")
        .programme(CaseIds.CAAC)
        .initiative(CaseIds.COMASAGUA_MONTAUBAN)
        .addTypes(MissionType.TRAINING)
        .direction(MissionDirection.SOUTH_NORTH)
        .zone(zone(france, Territory.of(france, TerritoryLevel.DEPARTMENT, "Tarn-et-Garonne"),
            Territory.of(france, TerritoryLevel.MUNICIPALITY, "Montauban")))
        .addVolunteer(Volunteer.builder().name("María Ejemplo").addSkills("market gardening", "farmers' baskets")
            .build())
        .addVolunteer(Volunteer.builder().name("José Ficticio").addSkill("organic farming").build())
        .period(Period.of(LocalDate.of(2017, 5, 2), LocalDate.of(2017, 5, 25)))
        .durationDays(24)
        .addObjectives(
            "Exchange market-gardening practices with the gardeners of the Montauban solidarity garden",
            "Share how Comasagua's farming families organise their baskets")
        .addAchievements(
            Achievement.of("Working days in the solidarity garden with the people it brings together"),
            Achievement.of("Exchange with the pupils of the Capou agricultural lycée and organic farmers"))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2017, 3, 20))
            .preMissionInterview(LocalDate.of(2017, 4, 18))
            .build())
        .status(MissionStatus.HELD)
        .build();
  }

  private static Territory atlantique() {
    return Territory.of(BENIN, TerritoryLevel.DEPARTMENT, "Atlantique");
  }

  private static MissionZone zone(CountryCode country, Territory... territories) {
    return MissionZone.builder().country(country).addTerritories(territories).build();
  }

  /** A deliverable handed over: the source says the volunteers handed over deliverables the holders could use. */
  private static Achievement deliverable(String ref, String description) {
    return Achievement.builder().ref(ref).description(description).deliverable(true).handedOver(true).build();
  }
}

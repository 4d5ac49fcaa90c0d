package org.partnershipsdk.core.internal.rules;

import java.time.LocalDate;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;

/**
 * The three EXPLOR missions of Grdr 2023, complete enough that no mission rule fires on them: parties,
 * durations (7, 8 and 9 days) and achievements are the seed's facts; the seed gives no dates, so the
 * periods, preparation and return dates here are illustrative.
 */
final class MissionRulesExamples {
  static final ProgrammeId EXPLOR = ProgrammeId.of("explor");
  static final CountryCode CONGO = CountryCode.of("CG");
  static final CountryCode BENIN = CountryCode.of("BJ");

  /** Moulenda's seven days on site, from a Monday to a Sunday. */
  static final LocalDate MOULENDA_DEPARTURE = LocalDate.of(2022, 3, 7);
  static final LocalDate MOULENDA_LAST_DAY = LocalDate.of(2022, 3, 13);
  /** Kpomassé's eight days on site. */
  static final LocalDate KPOMASSE_DEPARTURE = LocalDate.of(2022, 5, 2);
  static final LocalDate KPOMASSE_LAST_DAY = LocalDate.of(2022, 5, 9);
  /** Kpomassé and Ouidah's nine days on site. */
  static final LocalDate OUIDAH_DEPARTURE = LocalDate.of(2022, 10, 3);
  static final LocalDate OUIDAH_LAST_DAY = LocalDate.of(2022, 10, 11);

  static final String MOULENDA_TITLE = "Feasibility of a micro hydro-electric plant in Moulenda";
  static final String KPOMASSE_TITLE = "Strengthening local production of tomato preserves in Kpomassé";
  static final String OUIDAH_TITLE = "EXPLOR mission in Kpomassé and Ouidah";

  private MissionRulesExamples() {}

  /** Republic of the Congo, Pool, Moulenda: holder GDCAM, local partner GCADEM, IKO Power; 7 days. */
  static VolunteerMission moulenda() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-moulenda"))
        .title(MOULENDA_TITLE)
        .programme(EXPLOR)
        .type(MissionType.DIAGNOSTIC)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(CONGO, Territory.of(CONGO, TerritoryLevel.DEPARTMENT, "Pool"),
            Territory.of(CONGO, TerritoryLevel.MUNICIPALITY, "Moulenda")))
        .holder(OrganisationId.of("gdcam"))
        .localPartner(OrganisationId.of("gcadem"))
        .volunteersStructure(OrganisationId.of("iko-power"))
        .period(Period.of(MOULENDA_DEPARTURE, MOULENDA_LAST_DAY))
        .durationDays(7)
        .addAchievement(handedOver("Topographic plan of the Moulenda site and summary of its hydrology"))
        .addAchievement(handedOver("Estimate of domestic and professional demand, with sizing recommendations"))
        .addAchievement(Achievement.of("Meeting with the institutional actors of energy and cooperation"))
        .addAchievement(Achievement.of("Meeting with the prefecture; contact points for the project's next steps"))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2021, 10, 4))
            .preMissionInterview(LocalDate.of(2022, 2, 21))
            .addInstitutionalContactsPrepared("Prefecture of Pool")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 3, 28))
            .reportDelivered(LocalDate.of(2022, 4, 8))
            .build())
        .build();
  }

  /** Benin, Atlantique, Kpomassé: holder AHPA, local partner CRIPADD, Les Anges Gardins; 8 days. */
  static VolunteerMission kpomasse() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse"))
        .title(KPOMASSE_TITLE)
        .programme(EXPLOR)
        .type(MissionType.TRAINING)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(BENIN, Territory.of(BENIN, TerritoryLevel.DEPARTMENT, "Atlantique"),
            Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé")))
        .holder(OrganisationId.of("ahpa"))
        .localPartner(OrganisationId.of("cripadd"))
        .volunteersStructure(OrganisationId.of("les-anges-gardins"))
        .period(Period.of(KPOMASSE_DEPARTURE, KPOMASSE_LAST_DAY))
        .durationDays(8)
        .addAchievement(Achievement.of("15 employees of the production unit trained in bottling"))
        .addAchievement(handedOver("Technical sheets for monitoring the process"))
        .addAchievement(handedOver("Sample analysed by a partner laboratory in France, report handed over"))
        .addAchievement(handedOver("Sanitary control plan meeting the health agency's requirements"))
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2022, 1, 10))
            .preMissionInterview(LocalDate.of(2022, 4, 19))
            .addInstitutionalContactsPrepared("National health agency")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 5, 23))
            .reportDelivered(LocalDate.of(2022, 6, 3))
            .build())
        .build();
  }

  /** Benin, Kpomassé and Ouidah: holder AHPA, local partner CRIPADD, AEMA; 9 days; the seed gives no type. */
  static VolunteerMission kpomasseAndOuidah() {
    return VolunteerMission.builder()
        .id(MissionId.of("explor-kpomasse-ouidah"))
        .title(OUIDAH_TITLE)
        .programme(EXPLOR)
        .direction(MissionDirection.NORTH_SOUTH)
        .zone(zone(BENIN, Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Kpomassé"),
            Territory.of(BENIN, TerritoryLevel.MUNICIPALITY, "Ouidah")))
        .holder(OrganisationId.of("ahpa"))
        .localPartner(OrganisationId.of("cripadd"))
        .volunteersStructure(OrganisationId.of("aema"))
        .period(Period.of(OUIDAH_DEPARTURE, OUIDAH_LAST_DAY))
        .durationDays(9)
        .preparation(MissionPreparation.builder()
            .remoteSupportSince(LocalDate.of(2022, 6, 6))
            .preMissionInterview(LocalDate.of(2022, 9, 19))
            .addInstitutionalContactsPrepared("Town hall of Ouidah")
            .build())
        .missionReturn(MissionReturn.builder()
            .returnInterview(LocalDate.of(2022, 10, 24))
            .reportDelivered(LocalDate.of(2022, 11, 4))
            .build())
        .build();
  }

  static Achievement deliverable(String description, boolean handedOver) {
    return Achievement.builder().description(description).deliverable(true).handedOver(handedOver).build();
  }

  private static MissionZone zone(CountryCode country, Territory... territories) {
    return MissionZone.builder().country(country).addTerritories(territories).build();
  }

  private static Achievement handedOver(String description) {
    return deliverable(description, true);
  }
}

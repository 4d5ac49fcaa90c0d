package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

/**
 * Generates short volunteer missions as EXPLOR runs them: a zone in the country the expertise
 * travels to, five to fifteen days on site with the declared duration matching the dates, remote
 * preparation and a pre-mission interview before departure, and a return after the last day.
 */
final class MissionGenerators {
  private MissionGenerators() {}

  static VolunteerMission mission(GenContext context, Refs refs, MissionId id) {
    MissionDirection direction = context.pick(MissionDirection.class);
    LocalDate departure = context.dateBetween(Draws.EARLIEST.plusYears(1), Draws.LATEST_START);
    int days = context.intBetween(5, 15);
    Period period = Period.of(departure, departure.plusDays(days - 1L));
    List<OrganisationId> organisations = Draws.distinct(context, refs.organisations(), 3);
    VolunteerMission.Builder mission = VolunteerMission.builder()
        .id(id)
        .title(context.pick(Vocabulary.MISSION_TITLES))
        .programme(refs.programme(context))
        .initiative(refs.initiative(context))
        .type(context.pick(MissionType.class))
        .direction(direction)
        .zone(zone(context, direction))
        .volunteers(volunteers(context))
        .period(period)
        .objectives(Draws.texts(context, Vocabulary.MISSION_OBJECTIVES, 0, 3))
        .achievements(achievements(context))
        .preparation(preparation(context, departure));
    if (context.chance(0.9)) {
      mission.durationDays(days);
    }
    if (organisations.size() > 0 && context.chance(0.9)) {
      mission.holder(organisations.get(0));
    }
    if (organisations.size() > 1 && context.chance(0.8)) {
      mission.localPartner(organisations.get(1));
    }
    if (organisations.size() > 2 && context.chance(0.8)) {
      mission.volunteersStructure(organisations.get(2));
    }
    boolean returned = context.chance(0.6);
    if (returned) {
      mission.missionReturn(missionReturn(context, period.end().orElseThrow()));
    }
    mission.documents(FundingGenerators.documents(context, 2));
    if (context.chance(0.7)) {
      mission.status(returned ? MissionStatus.HELD : context.pick(MissionStatus.class));
    }
    return LaterDetails.mission(context, mission.build());
  }

  /** @return a zone abroad for missions to the South, in France for missions to the North */
  static MissionZone zone(GenContext context, MissionDirection direction) {
    CountryCode country = direction == MissionDirection.SOUTH_NORTH ? Places.FRANCE : context.pick(Places.ABROAD);
    return MissionZone.builder()
        .country(country)
        .territories(OrganisationGenerators.territoriesIn(context, country, 2))
        .build();
  }

  static Volunteer volunteer(GenContext context) {
    Volunteer.Builder volunteer = Volunteer.builder()
        .name(context.pick(People.NAMES))
        .skills(Draws.texts(context, People.SKILLS, 0, 2));
    if (context.chance(0.5)) {
      volunteer.role(context.pick(People.VOLUNTEER_ROLES));
    }
    return volunteer.build();
  }

  private static List<Volunteer> volunteers(GenContext context) {
    List<Volunteer> volunteers = new ArrayList<>();
    int count = Draws.count(context, 0, 3);
    for (int i = 0; i < count; i++) {
      volunteers.add(volunteer(context));
    }
    return volunteers;
  }

  private static List<Achievement> achievements(GenContext context) {
    List<Achievement> achievements = new ArrayList<>();
    for (String description : Draws.texts(context, Vocabulary.ACHIEVEMENTS, 0, 4)) {
      boolean deliverable = context.chance(0.5);
      achievements.add(Achievement.builder()
          .description(description)
          .deliverable(deliverable)
          .handedOver(deliverable && context.chance(0.7))
          .build());
    }
    return achievements;
  }

  /** Remote support that started weeks or months before departure, then an interview shortly before. */
  private static MissionPreparation preparation(GenContext context, LocalDate departure) {
    MissionPreparation.Builder preparation = MissionPreparation.builder()
        .institutionalContactsPrepared(Draws.texts(context, Vocabulary.INSTITUTIONAL_CONTACTS, 0, 2));
    if (context.chance(0.8)) {
      preparation.remoteSupportSince(departure.minusDays(context.intBetween(14, 240)));
    }
    if (context.chance(0.8)) {
      preparation.preMissionInterview(departure.minusDays(context.intBetween(0, 30)));
    }
    return preparation.build();
  }

  private static MissionReturn missionReturn(GenContext context, LocalDate lastDay) {
    MissionReturn.Builder back = MissionReturn.builder()
        .difficulties(Draws.texts(context, Vocabulary.DIFFICULTIES, 0, 2))
        .localResourcesFound(Draws.texts(context, Vocabulary.LOCAL_RESOURCES, 0, 2))
        .adaptations(Draws.enumSet(context, MissionAdaptation.class, 0, 2));
    if (context.chance(0.8)) {
      back.returnInterview(Draws.after(context, lastDay, 0, 45));
    }
    if (context.chance(0.7)) {
      back.reportDelivered(Draws.after(context, lastDay, 7, 90));
    }
    if (context.chance(0.6)) {
      back.impactOnProject(context.pick(Vocabulary.IMPACTS_ON_PROJECT));
    }
    if (context.chance(0.4)) {
      back.impactOnPractices(context.pick(Vocabulary.IMPACTS_ON_PRACTICES));
    }
    return back.build();
  }
}

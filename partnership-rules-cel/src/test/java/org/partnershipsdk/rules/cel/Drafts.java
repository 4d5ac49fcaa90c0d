package org.partnershipsdk.rules.cel;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * A generated portfolio as a form still being filled in: optional parts of missions and
 * initiatives left out at random, so that the rules that look for what is missing have something
 * to find. The testkit's generators give only complete, valid values.
 */
final class Drafts {
  private Drafts() {}

  static Portfolio of(Portfolio portfolio, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0xD2AF7L);
    return portfolio
        .withMissions(portfolio.missions().stream().map(m -> mission(m, random)).toList())
        .withInitiatives(portfolio.initiatives().stream().map(i -> initiative(i, random)).toList());
  }

  private static VolunteerMission mission(VolunteerMission mission, SplittableRandom random) {
    VolunteerMission draft = mission;
    if (random.nextInt(3) == 0) {
      draft = draft.withHolder(Optional.empty());
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withLocalPartner(Optional.empty());
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withVolunteersStructure(Optional.empty());
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withMissionReturn(Optional.empty());
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withTitle("");
    }
    switch (random.nextInt(4)) {
      case 0 -> draft = draft.withDurationDays(OptionalInt.empty());
      case 1 -> draft = draft.withDurationDays(OptionalInt.of(2 + random.nextInt(40)));
      default -> { }
    }
    return draft;
  }

  private static Initiative initiative(Initiative initiative, SplittableRandom random) {
    Initiative draft = initiative;
    if (random.nextInt(2) == 0) {
      draft = draft.withSdgs();
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withTerritoryToTerritory(true);
    }
    if (random.nextInt(3) == 0) {
      draft = draft.withFollowUpContacts();
    }
    return draft;
  }
}

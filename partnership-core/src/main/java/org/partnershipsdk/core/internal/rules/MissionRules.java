package org.partnershipsdk.core.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.rules.Findings;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules on short volunteer missions (missions courtes de volontaires), from the EXPLOR
 * capitalisation of Grdr 2023: the three parties a mission needs (holder, local partner, volunteers'
 * structure), a duration within the programme's bounds, the good practices of preparation (months of
 * remote support, institutional contacts made before leaving, a pre-mission interview) and what a
 * finished mission leaves behind (a return interview, a report, deliverables handed over). Texts are
 * in {@code texts/rules-mission_en|fr.properties}. Not for public use: see {@code BuiltInRules}.
 *
 * <p>A mission postponed or cancelled ({@link MissionStatus#isCalledOff()}) is not expected to be
 * prepared for its dates, nor to leave anything behind: the rules on preparation and return pass
 * it over.
 */
public final class MissionRules {
  /** Id of {@link #HOLDER_MISSING}. */
  public static final String HOLDER_MISSING_ID = "mission.parties.holder-missing";
  /** Id of {@link #LOCAL_PARTNER_MISSING}. */
  public static final String LOCAL_PARTNER_MISSING_ID = "mission.parties.local-partner-missing";
  /** Id of {@link #VOLUNTEERS_STRUCTURE_MISSING}. */
  public static final String VOLUNTEERS_STRUCTURE_MISSING_ID = "mission.parties.volunteers-structure-missing";
  /** Id of {@link #DURATION_OUT_OF_BOUNDS}. */
  public static final String DURATION_OUT_OF_BOUNDS_ID = "mission.duration.out-of-bounds";
  /** Id of {@link #REMOTE_PREPARATION_TOO_SHORT}. */
  public static final String REMOTE_PREPARATION_TOO_SHORT_ID = "mission.preparation.remote-too-short";
  /** Id of {@link #INSTITUTIONAL_CONTACT_MISSING}. */
  public static final String INSTITUTIONAL_CONTACT_MISSING_ID = "mission.preparation.institutional-contact-missing";
  /** Id of {@link #PRE_MISSION_INTERVIEW_MISSING}. */
  public static final String PRE_MISSION_INTERVIEW_MISSING_ID = "mission.preparation.interview-missing";
  /** Id of {@link #RETURN_INTERVIEW_MISSING}. */
  public static final String RETURN_INTERVIEW_MISSING_ID = "mission.return.interview-missing";
  /** Id of {@link #REPORT_MISSING}. */
  public static final String REPORT_MISSING_ID = "mission.return.report-missing";
  /** Id of {@link #DELIVERABLE_NOT_HANDED_OVER}. */
  public static final String DELIVERABLE_NOT_HANDED_OVER_ID = "mission.return.deliverable-not-handed-over";

  /** Shortest duration the programme supports, in days. */
  public static final Parameter<Integer> MIN_DAYS = Parameter.ofInt("minDays", 1,
      "Shortest mission the programme supports, in days",
      "Durée minimale d'une mission pour le dispositif, en jours");
  /** Longest duration the programme supports, in days. */
  public static final Parameter<Integer> MAX_DAYS = Parameter.ofInt("maxDays", 30,
      "Longest mission the programme supports, in days",
      "Durée maximale d'une mission pour le dispositif, en jours");
  /** Weeks of remote support expected before departure. */
  public static final Parameter<Integer> WEEKS = Parameter.ofInt("weeks", 8,
      "Weeks of remote support expected before departure",
      "Semaines d'accompagnement à distance attendues avant le départ");
  /** Days after the mission's last day before what comes back from it is expected. */
  public static final Parameter<Integer> GRACE_DAYS = Parameter.ofInt("graceDays", 0,
      "Days after the mission's last day before it is expected",
      "Jours après le dernier jour de la mission avant qu'il soit attendu");

  /** Grdr 2023: a mission supports a project; its holder (porteur de projet) must be named. */
  public static final Rule<VolunteerMission> HOLDER_MISSING = BuiltIn.rule(Subject.MISSION, HOLDER_MISSING_ID,
      Severity.ERROR, "[Grdr 2023] every EXPLOR mission supports a project holder, often a diaspora organisation (OSIM)",
      (mission, context, findings) -> {
        if (mission.holder().isEmpty()) {
          findings.report("holder", "mission", name(mission));
        }
      });

  /** Grdr 2023: every mission works with a partner on site (partenaire sur place). */
  public static final Rule<VolunteerMission> LOCAL_PARTNER_MISSING = BuiltIn.rule(Subject.MISSION,
      LOCAL_PARTNER_MISSING_ID, Severity.ERROR,
      "[Grdr 2023] every EXPLOR mission works with the holder's partner on site",
      (mission, context, findings) -> {
        if (mission.localPartner().isEmpty()) {
          findings.report("localPartner", "mission", name(mission));
        }
      });

  /** Grdr 2023: the volunteers' skills are lent by their structure (structure des volontaires). */
  public static final Rule<VolunteerMission> VOLUNTEERS_STRUCTURE_MISSING = BuiltIn.rule(Subject.MISSION,
      VOLUNTEERS_STRUCTURE_MISSING_ID, Severity.ERROR,
      "[Grdr 2023] the volunteers' structure lends their skills (mise à disposition de compétences)",
      (mission, context, findings) -> {
        if (mission.volunteersStructure().isEmpty()) {
          findings.report("volunteersStructure", "mission", name(mission));
        }
      });

  /** Grdr 2023: short missions (7, 8 and 9 days in the EXPLOR cases) within the programme's bounds. */
  public static final Rule<VolunteerMission> DURATION_OUT_OF_BOUNDS = BuiltIn.rule(Subject.MISSION,
      DURATION_OUT_OF_BOUNDS_ID, Severity.WARNING,
      "[Grdr 2023] EXPLOR supports short missions, of 7 to 9 days in the cases capitalised",
      MissionRules::checkDuration, MIN_DAYS, MAX_DAYS);

  /** Grdr 2023, good practices: remote support months before departure made missions effective. */
  public static final Rule<VolunteerMission> REMOTE_PREPARATION_TOO_SHORT = BuiltIn.rule(Subject.MISSION,
      REMOTE_PREPARATION_TOO_SHORT_ID, Severity.WARNING,
      "[Grdr 2023] every mission gained from remote support started several months before departure",
      MissionRules::checkRemotePreparation, WEEKS);

  /** Grdr 2023, good practices: contact the institutional actors before the mission. */
  public static final Rule<VolunteerMission> INSTITUTIONAL_CONTACT_MISSING = BuiltIn.rule(Subject.MISSION,
      INSTITUTIONAL_CONTACT_MISSING_ID, Severity.WARNING,
      "[Grdr 2023] volunteers and holders found it imperative to contact institutional actors before the mission",
      (mission, context, findings) -> {
        if (!calledOff(mission) && !mission.preparation().hasInstitutionalContacts()) {
          findings.report("preparation.institutionalContactsPrepared", "mission", name(mission));
        }
      });

  /** Grdr 2023: the capitalisation relied on interviews before and after each mission. */
  public static final Rule<VolunteerMission> PRE_MISSION_INTERVIEW_MISSING = BuiltIn.rule(Subject.MISSION,
      PRE_MISSION_INTERVIEW_MISSING_ID, Severity.WARNING,
      "[Grdr 2023] volunteers and holders were interviewed before the mission on methods, motivations and expectations",
      (mission, context, findings) -> {
        if (!calledOff(mission) && mission.preparation().preMissionInterview().isEmpty()) {
          findings.report("preparation.preMissionInterview", "mission", name(mission));
        }
      });

  /** Grdr 2023: the capitalisation relied on interviews before and after each mission. */
  public static final Rule<VolunteerMission> RETURN_INTERVIEW_MISSING = BuiltIn.rule(Subject.MISSION,
      RETURN_INTERVIEW_MISSING_ID, Severity.WARNING,
      "[Grdr 2023] volunteers and holders were interviewed on return about the mission, its impact and difficulties",
      (mission, context, findings) -> {
        Optional<LocalDate> end = overdue(mission, context);
        if (end.isPresent() && mission.missionReturn().flatMap(MissionReturn::returnInterview).isEmpty()) {
          findings.report(returnPath(mission, "returnInterview"), "mission", name(mission), "end", end.get());
        }
      }, GRACE_DAYS);

  /** Grdr 2023: the capitalisation read the reports handed in after the missions. */
  public static final Rule<VolunteerMission> REPORT_MISSING = BuiltIn.rule(Subject.MISSION, REPORT_MISSING_ID,
      Severity.WARNING, "[Grdr 2023] a report was handed in at the end of each mission",
      (mission, context, findings) -> {
        Optional<LocalDate> end = overdue(mission, context);
        if (end.isPresent() && mission.missionReturn().flatMap(MissionReturn::reportDelivered).isEmpty()) {
          findings.report(returnPath(mission, "reportDelivered"), "mission", name(mission), "end", end.get());
        }
      }, GRACE_DAYS);

  /** Grdr 2023, good practices: deliverables the holders can use are handed over to them. */
  public static final Rule<VolunteerMission> DELIVERABLE_NOT_HANDED_OVER = BuiltIn.rule(Subject.MISSION,
      DELIVERABLE_NOT_HANDED_OVER_ID, Severity.WARNING,
      "[Grdr 2023] volunteers handed over deliverables the holders could use to build or promote their project",
      MissionRules::checkDeliverables, GRACE_DAYS);

  private static final List<Rule<?>> ALL = BuiltIn.concat(List.of(HOLDER_MISSING, LOCAL_PARTNER_MISSING,
      VOLUNTEERS_STRUCTURE_MISSING, DURATION_OUT_OF_BOUNDS, REMOTE_PREPARATION_TOO_SHORT,
      INSTITUTIONAL_CONTACT_MISSING, PRE_MISSION_INTERVIEW_MISSING, RETURN_INTERVIEW_MISSING, REPORT_MISSING,
      DELIVERABLE_NOT_HANDED_OVER),
      ConsistencyRules.missions());

  private MissionRules() {}

  /** @return the family's rules: parties, duration, preparation, then return */
  public static List<Rule<?>> all() {
    return ALL;
  }

  private static void checkDuration(VolunteerMission mission, RuleContext context, Findings findings) {
    OptionalLong days = mission.effectiveDurationDays();
    if (days.isEmpty()) {
      return;
    }
    int min = context.parameter(MIN_DAYS);
    int max = context.parameter(MAX_DAYS);
    long value = days.getAsLong();
    if (value < min || value > max) {
      findings.report(mission.durationDays().isPresent() ? "durationDays" : "period",
          Map.of("mission", name(mission), "days", value, "minDays", min, "maxDays", max));
    }
  }

  private static void checkRemotePreparation(VolunteerMission mission, RuleContext context, Findings findings) {
    Optional<LocalDate> departure = mission.period().start();
    if (departure.isEmpty() || calledOff(mission)) {
      return;
    }
    int weeks = context.parameter(WEEKS);
    // No remote-support date counts as no preparation; support dated after departure as none either.
    long days = Math.max(0L, mission.remotePreparationDays().orElse(0L));
    if (days < weeks * 7L) {
      findings.report("preparation.remoteSupportSince",
          Map.of("mission", name(mission), "departure", departure.get(), "days", days, "weeks", weeks));
    }
  }

  private static void checkDeliverables(VolunteerMission mission, RuleContext context, Findings findings) {
    Optional<LocalDate> end = overdue(mission, context);
    if (end.isEmpty()) {
      return;
    }
    List<Achievement> achievements = mission.achievements();
    for (int i = 0; i < achievements.size(); i++) {
      Achievement achievement = achievements.get(i);
      if (achievement.deliverable() && !achievement.handedOver()) {
        findings.report("achievements[" + i + "]",
            Map.of("mission", name(mission), "deliverable", achievement.description(), "end", end.get()));
      }
    }
  }

  private static boolean calledOff(VolunteerMission mission) {
    return mission.status().filter(MissionStatus::isCalledOff).isPresent();
  }

  /** @return the mission's last day when the grace period after it is over, else empty (and if called off) */
  private static Optional<LocalDate> overdue(VolunteerMission mission, RuleContext context) {
    Optional<LocalDate> last = mission.lastDay();
    if (last.isEmpty() || calledOff(mission)) {
      return Optional.empty();
    }
    LocalDate expected = last.get().plus(context.parameter(GRACE_DAYS), ChronoUnit.DAYS);
    return context.today().isAfter(expected) ? last : Optional.empty();
  }

  /** Points at the missing date within the return, or at the return itself when none is recorded. */
  private static String returnPath(VolunteerMission mission, String property) {
    return mission.missionReturn().isPresent() ? "missionReturn." + property : "missionReturn";
  }

  /** @return the mission's title, or its identifier while the title is blank */
  private static String name(VolunteerMission mission) {
    return mission.title().isBlank() ? mission.id().value() : mission.title();
  }
}

package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.KPOMASSE_DEPARTURE;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.KPOMASSE_LAST_DAY;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.KPOMASSE_TITLE;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.MOULENDA_LAST_DAY;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.MOULENDA_TITLE;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.OUIDAH_TITLE;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.deliverable;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.kpomasse;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.kpomasseAndOuidah;
import static org.partnershipsdk.core.internal.rules.MissionRulesExamples.moulenda;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.ModelValidator;

class MissionRulesTest {
  /** A day long after the three EXPLOR missions were over. */
  private static final LocalDate LATER = LocalDate.of(2023, 1, 2);

  @Test
  void theThreeExplorCasesAreCleanUnderEveryRuleWithItsDefaults() {
    Profile.Builder profile = Profile.builder("mission");
    MissionRules.all().forEach(profile::add);

    RuleReport report = run(profile.build(), LATER, moulenda(), kpomasse(), kpomasseAndOuidah());

    assertThat(report.findings()).isEmpty();
    assertThat(report.rulesRun()).hasSize(MissionRules.all().size());
  }

  @Test
  void theExamplesAreValidMissionsSaveTheTypeTheSeedDoesNotGive() {
    ModelValidator validator = ModelValidator.create();

    assertThat(validator.validate(moulenda()).violations()).isEmpty();
    assertThat(validator.validate(kpomasse()).violations()).isEmpty();
    assertThat(validator.validate(kpomasseAndOuidah()).violations())
        .extracting(v -> v.path() + " " + v.code()).containsExactly("type value.required");
  }

  @Nested
  class Parties {
    @Test
    void aMissionWithoutHolderIsAnError() {
      Finding finding = single(run(MissionRules.HOLDER_MISSING, LATER, moulenda().withHolder(Optional.empty())));

      assertFinding(finding, "mission.parties.holder-missing", Severity.ERROR, "explor-moulenda", "holder",
          "The mission \"" + MOULENDA_TITLE + "\" names no project holder",
          "La mission « " + MOULENDA_TITLE + " » ne nomme aucun porteur de projet");
    }

    @Test
    void aMissionWithoutLocalPartnerIsAnError() {
      Finding finding = single(run(MissionRules.LOCAL_PARTNER_MISSING, LATER,
          kpomasse().withLocalPartner(Optional.empty())));

      assertFinding(finding, "mission.parties.local-partner-missing", Severity.ERROR, "explor-kpomasse",
          "localPartner", "The mission \"" + KPOMASSE_TITLE + "\" names no local partner",
          "La mission « " + KPOMASSE_TITLE + " » ne nomme aucun partenaire sur place");
    }

    @Test
    void aMissionWithoutVolunteersStructureIsAnError() {
      Finding finding = single(run(MissionRules.VOLUNTEERS_STRUCTURE_MISSING, LATER,
          kpomasseAndOuidah().withVolunteersStructure(Optional.empty())));

      assertFinding(finding, "mission.parties.volunteers-structure-missing", Severity.ERROR,
          "explor-kpomasse-ouidah", "volunteersStructure",
          "The mission \"" + OUIDAH_TITLE + "\" names no volunteers' structure",
          "La mission « " + OUIDAH_TITLE + " » ne nomme aucune structure des volontaires");
    }

    @Test
    void theExplorCasesNameAllThreeParties() {
      for (Rule<?> rule : List.of(MissionRules.HOLDER_MISSING, MissionRules.LOCAL_PARTNER_MISSING,
          MissionRules.VOLUNTEERS_STRUCTURE_MISSING)) {
        assertThat(run(rule, LATER, moulenda(), kpomasse(), kpomasseAndOuidah()).findings()).as(rule.toString())
            .isEmpty();
      }
    }

    @Test
    void eachMissingPartyIsItsOwnFinding() {
      VolunteerMission none = moulenda().withHolder(Optional.empty()).withLocalPartner(Optional.empty())
          .withVolunteersStructure(Optional.empty());
      Profile.Builder profile = Profile.builder("parties").add(MissionRules.HOLDER_MISSING)
          .add(MissionRules.LOCAL_PARTNER_MISSING).add(MissionRules.VOLUNTEERS_STRUCTURE_MISSING);

      assertThat(run(profile.build(), LATER, none).findings()).extracting(Finding::ruleId).containsExactly(
          MissionRules.HOLDER_MISSING_ID, MissionRules.LOCAL_PARTNER_MISSING_ID,
          MissionRules.VOLUNTEERS_STRUCTURE_MISSING_ID);
    }

    @Test
    void aDraftWithoutTitleIsNamedByItsIdentifier() {
      Finding finding = single(run(MissionRules.HOLDER_MISSING, LATER,
          moulenda().withTitle("").withHolder(Optional.empty())));

      assertThat(finding.message(Locale.ENGLISH)).isEqualTo("The mission \"explor-moulenda\" names no project holder");
    }
  }

  @Nested
  class Duration {
    private final Rule<VolunteerMission> rule = MissionRules.DURATION_OUT_OF_BOUNDS;

    @Test
    void aMissionLongerThanTheProgrammeAllowsIsReported() {
      Finding finding = single(run(profile("maxDays", 8), LATER, kpomasseAndOuidah()));

      assertFinding(finding, "mission.duration.out-of-bounds", Severity.WARNING, "explor-kpomasse-ouidah",
          "durationDays",
          "The mission \"" + OUIDAH_TITLE + "\" lasts 9 days, outside the programme's bounds of 1 to 8 days",
          "La mission « " + OUIDAH_TITLE + " » dure 9 jours, hors des bornes du dispositif de 1 à 8 jours");
    }

    @Test
    void aMissionShorterThanTheProgrammeAllowsIsReported() {
      Finding finding = single(run(profile("minDays", 8), LATER, moulenda(), kpomasse()));

      assertThat(finding.subject()).isEqualTo(new SubjectRef("mission", "explor-moulenda"));
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
          "The mission \"" + MOULENDA_TITLE + "\" lasts 7 days, outside the programme's bounds of 8 to 30 days");
    }

    @Test
    void theExplorCasesFitTheDefaultBoundsAndTheSuggestedExplorOnes() {
      VolunteerMission[] cases = {moulenda(), kpomasse(), kpomasseAndOuidah()};

      assertThat(run(rule, LATER, cases).findings()).isEmpty();
      Profile explor = Profile.builder("explor").add(rule)
          .set(rule.info().id(), "minDays", 5).set(rule.info().id(), "maxDays", 21).build();
      assertThat(run(explor, LATER, cases).findings()).isEmpty();
    }

    @Test
    void theUpperBoundIsIncluded() {
      assertThat(run(profile("maxDays", 9), LATER, kpomasseAndOuidah()).findings()).isEmpty();
      assertThat(run(profile("maxDays", 8), LATER, kpomasseAndOuidah()).findings()).hasSize(1);
      assertThat(run(rule, LATER, moulenda().withDurationDays(30)).findings()).isEmpty();
      assertThat(single(run(rule, LATER, moulenda().withDurationDays(31))).arguments())
          .containsEntry("days", 31L).containsEntry("maxDays", 30);
    }

    @Test
    void theLowerBoundIsIncluded() {
      assertThat(run(profile("minDays", 7), LATER, moulenda()).findings()).isEmpty();
      assertThat(run(profile("minDays", 8), LATER, moulenda()).findings()).hasSize(1);
      assertThat(run(rule, LATER, moulenda().withDurationDays(1)).findings()).isEmpty();
      assertThat(single(run(rule, LATER, moulenda().withDurationDays(0))).arguments())
          .containsEntry("days", 0L).containsEntry("minDays", 1);
    }

    @Test
    void withoutDeclaredDurationThePeriodCountsAndIsPointedAt() {
      VolunteerMission undeclared = kpomasse().withDurationDays(OptionalInt.empty())
          .withPeriod(Period.of(KPOMASSE_DEPARTURE, KPOMASSE_DEPARTURE.plusDays(30)));

      Finding finding = single(run(rule, LATER, undeclared));

      assertThat(finding.path()).isEqualTo("period");
      assertThat(finding.arguments()).containsEntry("days", 31L);
      assertThat(run(rule, LATER, undeclared.withPeriod(Period.of(KPOMASSE_DEPARTURE, KPOMASSE_DEPARTURE.plusDays(29))))
          .findings()).isEmpty();
    }

    @Test
    void aMissionOfUnknownDurationIsNotReported() {
      VolunteerMission unknown = moulenda().withDurationDays(OptionalInt.empty()).withPeriod(Period.unknown());

      assertThat(run(profile("minDays", 5), LATER, unknown).findings()).isEmpty();
    }

    private Profile profile(String parameter, int value) {
      return Profile.builder("test").add(rule).set(rule.info().id(), parameter, value).build();
    }
  }

  @Nested
  class RemotePreparation {
    private final Rule<VolunteerMission> rule = MissionRules.REMOTE_PREPARATION_TOO_SHORT;

    @Test
    void aMissionPreparedForLessThanEightWeeksIsReported() {
      Finding finding = single(run(rule, LATER, remoteSince(KPOMASSE_DEPARTURE.minusDays(55))));

      assertFinding(finding, "mission.preparation.remote-too-short", Severity.WARNING, "explor-kpomasse",
          "preparation.remoteSupportSince",
          "The mission \"" + KPOMASSE_TITLE + "\" departs on May 2, 2022 after 55 days of remote preparation, "
              + "less than the 8 weeks expected",
          "La mission « " + KPOMASSE_TITLE + " » part le 2 mai 2022 après 55 jours d'accompagnement à distance, "
              + "moins que les 8 semaines attendues");
    }

    @Test
    void exactlyTheExpectedWeeksIsEnough() {
      assertThat(run(rule, LATER, remoteSince(KPOMASSE_DEPARTURE.minusWeeks(8))).findings()).isEmpty();
      assertThat(run(rule, LATER, remoteSince(KPOMASSE_DEPARTURE.minusWeeks(8).plusDays(1))).findings()).hasSize(1);
    }

    @Test
    void aProfileSetsTheWeeks() {
      Profile twelveWeeks = Profile.builder("test").add(rule).set(rule.info().id(), "weeks", 12).build();

      assertThat(run(twelveWeeks, LATER, remoteSince(KPOMASSE_DEPARTURE.minusWeeks(12))).findings()).isEmpty();
      Finding finding = single(run(twelveWeeks, LATER, remoteSince(KPOMASSE_DEPARTURE.minusWeeks(12).plusDays(1))));
      assertThat(finding.arguments()).containsEntry("days", 83L).containsEntry("weeks", 12);
    }

    @Test
    void noRemoteSupportDateCountsAsNoPreparation() {
      VolunteerMission unprepared = kpomasse().withPreparation(
          MissionPreparation.builder().from(kpomasse().preparation()).remoteSupportSince(Optional.empty()).build());

      Finding finding = single(run(rule, LATER, unprepared));

      assertThat(finding.message(Locale.ENGLISH)).isEqualTo("The mission \"" + KPOMASSE_TITLE
          + "\" departs on May 2, 2022 after 0 days of remote preparation, less than the 8 weeks expected");
    }

    @Test
    void remoteSupportDatedAfterDepartureCountsAsNone() {
      assertThat(single(run(rule, LATER, remoteSince(KPOMASSE_DEPARTURE.plusDays(3)))).arguments())
          .containsEntry("days", 0L);
    }

    @Test
    void aMissionWithoutKnownDepartureIsNotReported() {
      VolunteerMission undated = kpomasse().withPeriod(Period.unknown()).withPreparation(MissionPreparation.none());

      assertThat(run(rule, LATER, undated).findings()).isEmpty();
    }

    @Test
    void theExplorCasesWerePreparedForMonths() {
      assertThat(run(rule, LATER, moulenda(), kpomasse(), kpomasseAndOuidah()).findings()).isEmpty();
    }

    private VolunteerMission remoteSince(LocalDate since) {
      return kpomasse().withPreparation(
          MissionPreparation.builder().from(kpomasse().preparation()).remoteSupportSince(since).build());
    }
  }

  @Nested
  class InstitutionalContacts {
    @Test
    void aMissionWithoutInstitutionalContactPreparedIsReported() {
      VolunteerMission mission = moulenda().withPreparation(
          MissionPreparation.builder().from(moulenda().preparation()).institutionalContactsPrepared(List.of()).build());

      Finding finding = single(run(MissionRules.INSTITUTIONAL_CONTACT_MISSING, LATER, mission));

      assertFinding(finding, "mission.preparation.institutional-contact-missing", Severity.WARNING,
          "explor-moulenda", "preparation.institutionalContactsPrepared",
          "The mission \"" + MOULENDA_TITLE + "\" has no institutional contact prepared before departure",
          "La mission « " + MOULENDA_TITLE + " » n'a préparé aucun contact institutionnel avant le départ");
    }

    @Test
    void oneContactIsEnough() {
      assertThat(moulenda().preparation().institutionalContactsPrepared()).hasSize(1);
      assertThat(run(MissionRules.INSTITUTIONAL_CONTACT_MISSING, LATER, moulenda(), kpomasse(), kpomasseAndOuidah())
          .findings()).isEmpty();
    }
  }

  @Nested
  class PreMissionInterview {
    @Test
    void aMissionWithoutPreMissionInterviewIsReported() {
      VolunteerMission mission = kpomasseAndOuidah().withPreparation(MissionPreparation.builder()
          .from(kpomasseAndOuidah().preparation()).preMissionInterview(Optional.empty()).build());

      Finding finding = single(run(MissionRules.PRE_MISSION_INTERVIEW_MISSING, LATER, mission));

      assertFinding(finding, "mission.preparation.interview-missing", Severity.WARNING, "explor-kpomasse-ouidah",
          "preparation.preMissionInterview",
          "The mission \"" + OUIDAH_TITLE + "\" has no pre-mission interview recorded",
          "Aucun entretien en amont n'est enregistré pour la mission « " + OUIDAH_TITLE + " »");
    }

    @Test
    void aRecordedInterviewIsEnough() {
      assertThat(run(MissionRules.PRE_MISSION_INTERVIEW_MISSING, LATER, moulenda(), kpomasse(), kpomasseAndOuidah())
          .findings()).isEmpty();
    }
  }

  @Nested
  class ReturnInterview {
    private final Rule<VolunteerMission> rule = MissionRules.RETURN_INTERVIEW_MISSING;

    @Test
    void aFinishedMissionWithoutReturnIsReportedAtTheReturn() {
      Finding finding = single(run(rule, MOULENDA_LAST_DAY.plusDays(1), moulenda().withMissionReturn(Optional.empty())));

      assertFinding(finding, "mission.return.interview-missing", Severity.WARNING, "explor-moulenda",
          "missionReturn",
          "The mission \"" + MOULENDA_TITLE + "\" ended on March 13, 2022 and has no return interview recorded",
          "La mission « " + MOULENDA_TITLE + " » s'est terminée le 13 mars 2022 et aucun entretien au retour "
              + "n'est enregistré");
    }

    @Test
    void aReturnWithoutInterviewIsPointedAtItsDate() {
      VolunteerMission mission = moulenda().withMissionReturn(MissionReturn.builder()
          .reportDelivered(LocalDate.of(2022, 4, 8)).build());

      assertThat(single(run(rule, LATER, mission)).path()).isEqualTo("missionReturn.returnInterview");
    }

    @Test
    void theMissionIsFinishedOnlyAfterItsLastDay() {
      VolunteerMission mission = moulenda().withMissionReturn(Optional.empty());

      assertThat(run(rule, MOULENDA_LAST_DAY, mission).findings()).isEmpty();
      assertThat(run(rule, MOULENDA_LAST_DAY.plusDays(1), mission).findings()).hasSize(1);
    }

    @Test
    void aProfileGivesDaysAfterTheLastDay() {
      Profile month = Profile.builder("test").add(rule).set(rule.info().id(), "graceDays", 30).build();
      VolunteerMission mission = moulenda().withMissionReturn(Optional.empty());

      assertThat(run(month, MOULENDA_LAST_DAY.plusDays(30), mission).findings()).isEmpty();
      assertThat(run(month, MOULENDA_LAST_DAY.plusDays(31), mission).findings()).hasSize(1);
    }

    @Test
    void theLastDayFollowsFromDepartureAndDeclaredDuration() {
      VolunteerMission mission = kpomasse().withMissionReturn(Optional.empty())
          .withPeriod(Period.builder().start(KPOMASSE_DEPARTURE).build());

      assertThat(run(rule, KPOMASSE_LAST_DAY, mission).findings()).isEmpty();
      assertThat(single(run(rule, KPOMASSE_LAST_DAY.plusDays(1), mission)).arguments())
          .containsEntry("end", KPOMASSE_LAST_DAY);
    }

    @Test
    void aMissionWithoutKnownLastDayIsNotReported() {
      VolunteerMission undated = moulenda().withPeriod(Period.unknown()).withMissionReturn(Optional.empty());

      assertThat(run(rule, LATER, undated).findings()).isEmpty();
    }

    @Test
    void theExplorCasesHadTheirReturnInterviews() {
      assertThat(run(rule, LATER, moulenda(), kpomasse(), kpomasseAndOuidah()).findings()).isEmpty();
    }
  }

  @Nested
  class Report {
    private final Rule<VolunteerMission> rule = MissionRules.REPORT_MISSING;

    @Test
    void aFinishedMissionWithoutReportIsReported() {
      VolunteerMission mission = kpomasse().withMissionReturn(MissionReturn.builder()
          .returnInterview(LocalDate.of(2022, 5, 23)).build());

      Finding finding = single(run(rule, KPOMASSE_LAST_DAY.plusDays(1), mission));

      assertFinding(finding, "mission.return.report-missing", Severity.WARNING, "explor-kpomasse",
          "missionReturn.reportDelivered",
          "The mission \"" + KPOMASSE_TITLE + "\" ended on May 9, 2022 and its report has not been delivered",
          "La mission « " + KPOMASSE_TITLE + " » s'est terminée le 9 mai 2022 et son rapport n'a pas été remis");
    }

    @Test
    void withoutAnyReturnTheReturnIsPointedAt() {
      assertThat(single(run(rule, LATER, kpomasse().withMissionReturn(Optional.empty()))).path())
          .isEqualTo("missionReturn");
    }

    @Test
    void theMissionIsFinishedOnlyAfterItsLastDay() {
      VolunteerMission mission = kpomasse().withMissionReturn(Optional.empty());

      assertThat(run(rule, KPOMASSE_LAST_DAY, mission).findings()).isEmpty();
      assertThat(run(rule, KPOMASSE_LAST_DAY.plusDays(1), mission).findings()).hasSize(1);
    }

    @Test
    void aProfileGivesDaysAfterTheLastDay() {
      Profile fortnight = Profile.builder("test").add(rule).set(rule.info().id(), "graceDays", 14).build();
      VolunteerMission mission = kpomasse().withMissionReturn(Optional.empty());

      assertThat(run(fortnight, KPOMASSE_LAST_DAY.plusDays(14), mission).findings()).isEmpty();
      assertThat(run(fortnight, KPOMASSE_LAST_DAY.plusDays(15), mission).findings()).hasSize(1);
    }

    @Test
    void theExplorCasesDeliveredTheirReports() {
      assertThat(run(rule, LATER, moulenda(), kpomasse(), kpomasseAndOuidah()).findings()).isEmpty();
    }
  }

  @Nested
  class Deliverables {
    private final Rule<VolunteerMission> rule = MissionRules.DELIVERABLE_NOT_HANDED_OVER;

    @Test
    void eachDeliverableNotHandedOverIsAFindingAtItsAchievement() {
      List<Achievement> achievements = new ArrayList<>(kpomasse().achievements());
      achievements.set(1, deliverable("Technical sheets for monitoring the process", false));
      achievements.set(3, deliverable("Sanitary control plan meeting the health agency's requirements", false));

      List<Finding> findings = run(rule, LATER, kpomasse().withAchievements(achievements)).findings();

      assertThat(findings).extracting(Finding::path).containsExactly("achievements[1]", "achievements[3]");
      assertFinding(findings.get(1), "mission.return.deliverable-not-handed-over", Severity.WARNING,
          "explor-kpomasse", "achievements[3]",
          "The deliverable \"Sanitary control plan meeting the health agency's requirements\" of the mission \""
              + KPOMASSE_TITLE + "\", which ended on May 9, 2022, was not handed over",
          "Le livrable « Sanitary control plan meeting the health agency's requirements » de la mission « "
              + KPOMASSE_TITLE + " », terminée le 9 mai 2022, n'a pas été remis");
    }

    @Test
    void achievementsThatAreNotDeliverablesNeedNoHandover() {
      VolunteerMission mission = moulenda().withAchievements(Achievement.of("Meeting with the prefecture"));

      assertThat(mission.achievements().get(0).handedOver()).isFalse();
      assertThat(run(rule, LATER, mission).findings()).isEmpty();
    }

    @Test
    void theMissionIsFinishedOnlyAfterItsLastDay() {
      VolunteerMission mission = moulenda().withAchievements(deliverable("Topographic plan", false));

      assertThat(run(rule, MOULENDA_LAST_DAY, mission).findings()).isEmpty();
      assertThat(single(run(rule, MOULENDA_LAST_DAY.plusDays(1), mission)).path()).isEqualTo("achievements[0]");
    }

    @Test
    void aProfileGivesDaysAfterTheLastDay() {
      Profile week = Profile.builder("test").add(rule).set(rule.info().id(), "graceDays", 7).build();
      VolunteerMission mission = moulenda().withAchievements(deliverable("Topographic plan", false));

      assertThat(run(week, MOULENDA_LAST_DAY.plusDays(7), mission).findings()).isEmpty();
      assertThat(run(week, MOULENDA_LAST_DAY.plusDays(8), mission).findings()).hasSize(1);
    }

    @Test
    void theExplorCasesHandedOverTheirDeliverables() {
      assertThat(run(rule, LATER, moulenda(), kpomasse(), kpomasseAndOuidah()).findings()).isEmpty();
    }
  }

  @Nested
  class Family {
    @Test
    void idsAreUniqueAndEveryRuleChecksMissionsWithItsTextsAndSeed() {
      List<Rule<?>> rules = MissionRules.all();

      assertThat(rules).extracting(r -> r.info().id()).doesNotHaveDuplicates();
      for (Rule<?> rule : rules) {
        RuleInfo<?> info = rule.info();
        assertThat(info.subject()).isSameAs(Subject.MISSION);
        assertThat(info.id()).startsWith("mission.");
        assertThat(info.reference()).hasValueSatisfying(r -> assertThat(r).startsWith("[Grdr 2023] "));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          assertThat(List.of(info.title().in(locale), info.explanation().in(locale), info.message().in(locale)))
              .as("%s in %s", info.id(), locale).allSatisfy(text -> assertThat(text).isNotBlank()
                  .doesNotStartWith(info.id()));
        }
        assertThat(info.title().in(Locale.FRENCH)).isNotEqualTo(info.title().in(Locale.ENGLISH));
      }
    }

    @Test
    void allHoldsEveryRuleConstantAndItsIdConstant() throws IllegalAccessException {
      List<Object> rules = new ArrayList<>();
      List<Object> ids = new ArrayList<>();
      for (Field field : MissionRules.class.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers()) && field.getType() == Rule.class) {
          rules.add(field.get(null));
        } else if (Modifier.isPublic(field.getModifiers()) && field.getName().endsWith("_ID")) {
          ids.add(field.get(null));
        }
      }

      rules.addAll(ConsistencyRules.missions());
      ids.add(ConsistencyRules.DIRECTION_CONTRADICTS_PLACES_ID);
      assertThat(MissionRules.all()).containsExactlyInAnyOrderElementsOf(rules.stream().map(r -> (Rule<?>) r).toList());
      assertThat(MissionRules.all()).extracting(r -> (Object) r.info().id()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void parametersHaveTheirDefaults() {
      assertThat(defaults(MissionRules.DURATION_OUT_OF_BOUNDS)).containsExactly("minDays=1", "maxDays=30");
      assertThat(defaults(MissionRules.REMOTE_PREPARATION_TOO_SHORT)).containsExactly("weeks=8");
      for (Rule<?> rule : List.of(MissionRules.RETURN_INTERVIEW_MISSING, MissionRules.REPORT_MISSING,
          MissionRules.DELIVERABLE_NOT_HANDED_OVER)) {
        assertThat(defaults(rule)).containsExactly("graceDays=0");
      }
      assertThat(defaults(MissionRules.HOLDER_MISSING)).isEmpty();
    }

    private List<String> defaults(Rule<?> rule) {
      return rule.info().parameters().stream().map(p -> p.name() + "=" + p.defaultValue()).toList();
    }
  }

  @Nested
  class Status {
    private final VolunteerMission unprepared = moulenda().withMissionReturn(Optional.empty())
        .withPreparation(MissionPreparation.none());

    private List<String> rulesFiring(VolunteerMission mission) {
      Profile.Builder profile = Profile.builder("mission");
      MissionRules.all().forEach(profile::add);
      return run(profile.build(), LATER, mission).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aMissionPostponedOrCancelledIsNeitherPreparedForItsDatesNorExpectedBack() {
      List<String> preparationAndReturn = List.of(MissionRules.REMOTE_PREPARATION_TOO_SHORT_ID,
          MissionRules.INSTITUTIONAL_CONTACT_MISSING_ID, MissionRules.PRE_MISSION_INTERVIEW_MISSING_ID,
          MissionRules.RETURN_INTERVIEW_MISSING_ID, MissionRules.REPORT_MISSING_ID);
      assertThat(rulesFiring(unprepared)).containsAll(preparationAndReturn);
      assertThat(rulesFiring(unprepared.withStatus(MissionStatus.HELD))).containsAll(preparationAndReturn);
      assertThat(rulesFiring(unprepared.withStatus(MissionStatus.PLANNED))).containsAll(preparationAndReturn);
      for (MissionStatus calledOff : List.of(MissionStatus.POSTPONED, MissionStatus.CANCELLED)) {
        assertThat(rulesFiring(unprepared.withStatus(calledOff))).as("%s", calledOff)
            .doesNotContainAnyElementsOf(preparationAndReturn);
        assertThat(calledOff.isCalledOff()).isTrue();
      }
    }

    @Test
    void theStatusDoesNotExcuseAMissingParty() {
      assertThat(rulesFiring(moulenda().withHolder(Optional.empty()).withStatus(MissionStatus.CANCELLED)))
          .containsExactly(MissionRules.HOLDER_MISSING_ID);
    }
  }

  private static RuleReport run(Rule<?> rule, LocalDate today, VolunteerMission... missions) {
    return run(Profile.builder("test").add(rule).build(), today, missions);
  }

  private static RuleReport run(Profile profile, LocalDate today, VolunteerMission... missions) {
    Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return RulesEngine.of(profile, clock).evaluate(Portfolio.builder().addMissions(missions).build());
  }

  private static Finding single(RuleReport report) {
    assertThat(report.findings()).hasSize(1);
    return report.findings().get(0);
  }

  private static void assertFinding(Finding finding, String ruleId, Severity severity, String missionId, String path,
      String english, String french) {
    assertThat(finding.ruleId()).isEqualTo(ruleId);
    assertThat(finding.severity()).isEqualTo(severity);
    assertThat(finding.subject()).isEqualTo(new SubjectRef("mission", missionId));
    assertThat(finding.path()).isEqualTo(path);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(finding.message(Locale.FRENCH)).isEqualTo(french);
  }
}

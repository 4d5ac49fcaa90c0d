package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.ProgrammeProfiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;

/** What the generators promise beyond validity: the shapes the seed cases have. */
class GeneratorPromisesTest {
  private static final Clock AFTER_EVERY_DATE = Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC);

  @TestFactory
  Stream<DynamicContainer> initiatives() {
    return Stream.of(
        Seeded.property("each organisation takes part once, one holder at most", 100, Generators.initiatives(), i -> {
          assertThat(i.participants()).extracting(Participant::organisation).doesNotHaveDuplicates();
          assertThat(i.holders()).hasSizeLessThanOrEqualTo(1);
        }),
        Seeded.property("co-financing in the budget's currency, within the budget", 100, Generators.initiatives(),
            i -> i.budget().ifPresentOrElse(budget -> {
              assertThat(i.coFinancing()).allSatisfy(c -> assertThat(c.amount().currency()).isEqualTo(budget.currency()));
              assertThat(i.coFinancing().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                  .isLessThanOrEqualTo(budget.amount());
            }, () -> assertThat(i.coFinancing()).isEmpty())),
        Seeded.property("territory-to-territory links France with abroad", 100, Generators.initiatives(), i -> {
          if (i.territoryToTerritory()) {
            assertThat(i.territories()).anyMatch(Territory::isInFrance).anyMatch(t -> !t.isInFrance());
          }
        }));
  }

  @TestFactory
  Stream<DynamicContainer> missions() {
    return Stream.of(Seeded.property("dates, duration, preparation and return agree", 100, Generators.missions(),
        (VolunteerMission m) -> {
          long days = m.period().days().orElseThrow();
          assertThat(days).isBetween(5L, 15L);
          m.durationDays().ifPresent(d -> assertThat((long) d).isEqualTo(days));
          var departure = m.period().start().orElseThrow();
          var lastDay = m.period().end().orElseThrow();
          m.preparation().remoteSupportSince().ifPresent(d -> assertThat(d).isBefore(departure));
          m.preparation().preMissionInterview().ifPresent(d -> assertThat(d).isBeforeOrEqualTo(departure));
          m.missionReturn().ifPresent(r -> {
            r.returnInterview().ifPresent(d -> assertThat(d).isAfterOrEqualTo(lastDay));
            r.reportDelivered().ifPresent(d -> assertThat(d).isAfter(lastDay));
          });
          assertThat(m.zone().territories()).allMatch(t -> t.country().equals(m.zone().country().orElseThrow()));
        }));
  }

  @TestFactory
  Stream<DynamicContainer> programmesAndCycles() {
    return Stream.of(
        Seeded.property("profile settings apply to the profile they name", 100, Generators.profileSettings(),
            (ProfileSettings settings) -> assertThat(ProgrammeProfiles.builtIn().profileOf(Programme.builder()
                .id(ProgrammeId.of("p")).name("P").profile(settings).build())).isNotNull()),
        Seeded.property("programmes' settings apply too", 100, Generators.programmes(),
            (Programme p) -> assertThat(ProgrammeProfiles.builtIn().profileOf(p)).isNotNull()),
        Seeded.property("cycles replay in the standard model", 200, Generators.projectCycles(), (ProjectCycle c) -> {
          ProjectCycle replayed = ProjectCycle.empty();
          for (StageEntry entry : c.entries()) {
            replayed = CycleModels.standard().moveTo(replayed, entry).orElseThrow();
          }
          assertThat(replayed).isEqualTo(c);
        }),
        Seeded.property("a mission with a return was held", 100, Generators.missions(), (VolunteerMission m) -> {
          if (m.missionReturn().isPresent()) {
            assertThat(m.status().orElse(MissionStatus.HELD)).isEqualTo(MissionStatus.HELD);
          }
        }));
  }

  /**
   * A generated history follows its programme's cycle model, whether the standard one, the
   * funder's or one of its own: judged by programme it breaks no cycle rule, and it replays move by
   * move in that model.
   */
  @TestFactory
  Stream<DynamicContainer> historiesFollowTheirProgrammesCycleModel() {
    return Stream.of(Seeded.property("no cycle finding by programme", 300, Generators.portfolios(),
        (Portfolio portfolio) -> {
          RuleReport report = RulesEngine.byProgramme(ProgrammeProfiles.builtIn(), AFTER_EVERY_DATE).evaluate(portfolio);
          assertThat(report.findings()).extracting(Finding::ruleId)
              .noneMatch(id -> id.startsWith("initiative.cycle."));
          for (Initiative initiative : portfolio.initiatives()) {
            CycleModel model = portfolio.programmes().stream()
                .filter(p -> initiative.programme().equals(Optional.of(p.id()))).findFirst()
                .flatMap(Programme::cycle).orElseGet(CycleModels::standard);
            ProjectCycle replayed = ProjectCycle.empty();
            for (StageEntry entry : initiative.cycle().entries()) {
              replayed = model.moveTo(replayed, entry).orElseThrow();
            }
          }
        }));
  }

  /** Programmes with the funder's path give histories through instruction and decision. */
  @Test
  void someHistoriesGoThroughInstructionAndDecision() {
    Set<Stage> entered = EnumSet.noneOf(Stage.class);
    for (long seed : Seeds.list(300)) {
      for (Initiative initiative : Generators.portfolios().generate(GenContext.of(seed, 10)).initiatives()) {
        initiative.cycle().entries().forEach(e -> entered.add(e.stage()));
      }
    }
    assertThat(entered).contains(Stage.INSTRUCTION, Stage.DECISION);
  }

  /** The cycles generated go back, reopen, pass over the evaluation and close: the model's moves are exercised. */
  @Test
  void theGeneratedCyclesMakeEveryKindOfMove() {
    Set<String> seen = new TreeSet<>();
    for (long seed : Seeds.list(400)) {
      List<StageEntry> entries = Generators.projectCycles().generate(GenContext.of(seed, 10)).entries();
      for (int i = 1; i < entries.size(); i++) {
        Stage from = entries.get(i - 1).stage();
        Stage to = entries.get(i).stage();
        if (from == Stage.IMPLEMENTATION && to == Stage.CAPITALISATION) {
          seen.add("evaluation passed over");
        } else if (from.isTerminal() && to.isOrdered()) {
          seen.add("reopening");
        } else if (from.isOrdered() && to.isOrdered() && to.compareTo(from) < 0) {
          seen.add("back-move");
        } else if (to == Stage.CLOSURE) {
          seen.add("closure");
        }
      }
    }
    assertThat(seen).containsExactly("back-move", "closure", "evaluation passed over", "reopening");
  }

  @TestFactory
  Stream<DynamicContainer> reciprocityAssessments() {
    return Stream.of(Seeded.property("standard set, both sides, scores within the scale", 100,
        Generators.reciprocityAssessments(), (ReciprocityAssessment a) -> {
          assertThat(a.criteriaSet()).isEqualTo(CriteriaSets.standard());
          assertThat(a.responses()).extracting(Response::side).containsExactly(Side.SUPPORTING_ORGANISATION, Side.PARTNER);
          assertThat(a.responses()).extracting(Response::respondent).doesNotHaveDuplicates();
          assertThat(a.responses()).flatExtracting(Response::answers)
              .allSatisfy(answer -> answer.score().ifPresent(s -> assertThat(a.criteriaSet().scale().contains(s)).isTrue()));
        }));
  }

  @Test
  void someAnswersAreMissingOrUnscored() {
    List<ReciprocityAssessment> assessments = LongStream.range(0, 30)
        .mapToObj(seed -> Generators.reciprocityAssessments().generate(GenContext.of(seed))).toList();
    assertThat(assessments).flatExtracting(ReciprocityAssessment::responses)
        .anyMatch(r -> r.answers().size() < CriteriaSets.standard().criteria().size())
        .flatExtracting(Response::answers).anyMatch(a -> a.score().isEmpty()).anyMatch(a -> a.comment().isPresent());
  }

  @TestFactory
  Stream<DynamicContainer> indicators() {
    return Stream.of(Seeded.property("values of the kind the measure expects", 100, Generators.indicators(), i -> {
      var expected = i.measure().orElseThrow().valueKind();
      Stream.concat(i.baseline().stream(), Stream.concat(i.targets().stream(), i.measurements().stream()))
          .map(IndicatorValue::kind)
          .forEach(kind -> assertThat(kind).contains(expected));
    }));
  }

  @TestFactory
  Stream<DynamicContainer> portfolios() {
    return Stream.of(
        Seeded.property("assessments answered by the two organisations of their partnership", 100,
            Generators.portfolios(), (Portfolio p) -> {
              for (ReciprocityAssessment a : p.assessments()) {
                Partnership assessed = p.partnerships().stream().filter(s -> s.id().equals(a.partnership()))
                    .findFirst().orElseThrow();
                assertThat(a.responses()).extracting(Response::respondent)
                    .containsExactly(assessed.supportingOrganisation(), assessed.partner());
              }
            }),
        Seeded.property("one partnership per pair of organisations", 100, Generators.portfolios(), (Portfolio p) ->
            assertThat(p.partnerships()).extracting(s -> Set.of(s.supportingOrganisation(), s.partner()))
                .doesNotHaveDuplicates()),
        Seeded.property("size 0 gives an empty portfolio", 20, 0, Generators.portfolios(), (Portfolio p) ->
            assertThat(p).isEqualTo(Portfolio.empty())),
        Seeded.property("size 2 bounds every collection by 2", 100, 2, Generators.portfolios(),
            GeneratorPromisesTest::assertCollectionsAtMostTwo));
  }

  private static void assertCollectionsAtMostTwo(Portfolio p) {
    Stream.of(p.organisations(), p.programmes(), p.partnerships(), p.initiatives(), p.missions(), p.assessments())
        .forEach(list -> assertThat(list).hasSizeLessThanOrEqualTo(2));
    p.organisations().forEach(o -> assertThat(List.of(o.territories(), o.contactPersons()))
        .allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(2)));
    p.programmes().forEach(g -> assertThat(g.phases()).hasSizeLessThanOrEqualTo(2));
    for (Initiative i : p.initiatives()) {
      assertThat(List.of(i.participants(), i.territories(), i.coFinancing(), i.evaluations(), i.followUpContacts(),
          i.cycle().entries(), i.resultsFramework().specificObjectives(), i.lessonsLearned()))
          .allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(2));
    }
    for (VolunteerMission m : p.missions()) {
      assertThat(List.of(m.volunteers(), m.objectives(), m.achievements(), m.zone().territories()))
          .allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(2));
    }
  }

  @Test
  void namesComeFromTheSeedCasesAndPeopleFromTheFictitiousList() {
    Set<String> organisations = Set.copyOf(Vocabulary.ORGANISATIONS.stream().map(o -> o.name()).toList());
    LongStream.range(0, 30).mapToObj(seed -> Generators.portfolios().generate(GenContext.of(seed))).forEach(p -> {
      assertThat(p.organisations()).allSatisfy(o -> {
        assertThat(o.name()).isIn(organisations);
        assertThat(o.contactPersons()).allSatisfy(c -> assertThat(c.name()).isIn(Generators.PERSONAL_NAMES));
        assertThat(o.territories()).allSatisfy(t -> assertThat(Places.in(t.country())).contains(t));
      });
      assertThat(p.initiatives()).allSatisfy(i -> assertThat(i.title()).isIn(Vocabulary.INITIATIVE_TITLES));
      assertThat(p.missions()).flatExtracting(VolunteerMission::volunteers)
          .allSatisfy(v -> assertThat(v.name()).isIn(Generators.PERSONAL_NAMES));
      assertThat(p.assessments()).flatExtracting(ReciprocityAssessment::responses).flatExtracting(Response::answers)
          .extracting(Answer::comment).allSatisfy(c -> c.ifPresent(text ->
              assertThat(Generators.PERSONAL_NAMES).anyMatch(text::contains)));
    });
  }
}

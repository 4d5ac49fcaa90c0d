package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.ProgrammeProfiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * A portfolio evaluated on several threads gives the report it gives on one: the same findings in
 * the same order, a rule that throws stopping at the same element, whatever the executor and the
 * threads' pace.
 */
class ParallelRulesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);
  private static final ForkJoinPool POOL = new ForkJoinPool(4);
  private static final ExecutorService SLOW = Executors.newFixedThreadPool(3);

  /** Reports on every initiative, throws on some: where it stops is what the merge must respect. */
  private static final Rule<Initiative> FLAKY = Rule.of(
      RuleInfo.builder(Subject.INITIATIVE, "test.initiative.flaky")
          .title("Flaky", "Capricieuse").explanation("Throws on some initiatives.", "Échoue sur certaines.")
          .message("{id} seen", "{id} vue").build(),
      (initiative, context, findings) -> {
        findings.report("title", "id", initiative.id());
        if (Math.floorMod(initiative.id().value().hashCode(), 97) == 0) {
          throw new IllegalStateException("no luck with " + initiative.id());
        }
      });

  @AfterAll
  static void stop() {
    POOL.shutdown();
    SLOW.shutdown();
  }

  @TestFactory
  Stream<DynamicContainer> severalThreadsGiveTheReportOfOne() {
    List<Profile> profiles = List.of(Profiles.standard(), Profiles.caac(), Profiles.explor(),
        Profiles.caac().toBuilder().name("flaky").add(FLAKY).build());
    return Stream.of(1, 300, 1_500).map(initiatives -> Seeded.property(initiatives + " initiatives", 4,
        context -> large(context, initiatives), (Portfolio portfolio) -> {
          for (Profile profile : profiles) {
            RulesEngine engine = RulesEngine.of(profile, CLOCK);
            RuleReport one = engine.evaluate(portfolio);
            assertThat(engine.evaluateInParallel(portfolio)).isEqualTo(one);
            assertThat(engine.evaluate(portfolio, POOL, 4)).isEqualTo(one);
            assertThat(engine.evaluate(portfolio, ParallelRulesTest::late, 3)).isEqualTo(one);
            assertThat(engine.evaluate(portfolio, Runnable::run, 8)).isEqualTo(one);
          }
        }));
  }

  /**
   * By programme, each element is judged by its programme's profile: the report is the one a
   * single thread gives, whatever the threads, a rule of one programme's profile that throws stops
   * for that profile alone, and each element gets exactly the findings its profile, forced on the
   * whole portfolio, gives it.
   */
  @TestFactory
  Stream<DynamicContainer> byProgrammeSeveralThreadsGiveTheReportOfOne() {
    Profile flaky = Profiles.caac().toBuilder().name("flaky").add(FLAKY).build();
    ProgrammeProfiles profiles = ProgrammeProfiles.builtIn().with(flaky);
    return Stream.of(1, 300, 1_500).map(initiatives -> Seeded.property(initiatives + " initiatives", 4,
        context -> boundToProgrammes(large(context, initiatives)), (Portfolio portfolio) -> {
          RulesEngine engine = RulesEngine.byProgramme(profiles, CLOCK);
          RuleReport one = engine.evaluate(portfolio);
          assertThat(engine.evaluateInParallel(portfolio)).isEqualTo(one);
          assertThat(engine.evaluate(portfolio, POOL, 4)).isEqualTo(one);
          assertThat(engine.evaluate(portfolio, ParallelRulesTest::late, 3)).isEqualTo(one);
          assertThat(engine.evaluate(portfolio, Runnable::run, 8)).isEqualTo(one);
          assertThat(one.of(RulesEngine.PROFILE_INVALID)).isEmpty();
          assertThat(one.profiles()).contains("default", "flaky");
          assertThat(one.findings()).extracting(Finding::profile).contains("flaky", "default");
        }));
  }

  @TestFactory
  Stream<DynamicContainer> byProgrammeEachElementGetsTheFindingsOfItsProfile() {
    // Each profile also says it saw every element, so that every element's profile shows.
    ProgrammeProfiles seeing = ProgrammeProfiles.builtIn().withDefault(seeing(Profiles.standard()))
        .with(seeing(Profiles.caac())).with(seeing(Profiles.explor()));
    return Stream.of(Seeded.property("generated portfolios", 30, 6, Generators.portfolios(), (Portfolio portfolio) -> {
      RuleReport byProgramme = RulesEngine.byProgramme(seeing, CLOCK).evaluate(portfolio);
      Map<String, RuleReport> forced = new HashMap<>();
      List<Finding> seenAll = byProgramme.findings().stream().filter(f -> f.ruleId().startsWith(SEEN)).toList();
      for (Finding seen : seenAll) {
        RuleReport alone = forced.computeIfAbsent(seen.profile(), name -> RulesEngine.of(
            seeing.named(name).orElseGet(() -> derived(seeing, portfolio, name)), CLOCK).evaluate(portfolio));
        assertThat(byProgramme.about(seen.subject())).as("%s judged by %s", seen.subject(), seen.profile())
            .isEqualTo(alone.about(seen.subject()));
      }
      long elements = Subject.all().stream().mapToLong(subject -> subject.in(portfolio).size()).sum();
      assertThat(seenAll).hasSize((int) elements);
    }));
  }

  @Test
  void theFlakyRuleStopsAtItsFirstFailureOnEveryThreadCount() {
    Portfolio portfolio = large(GenContext.of(7), 3_000);
    Profile flaky = Profile.builder("only-flaky").add(FLAKY).build();
    RuleReport one = RulesEngine.of(flaky, CLOCK).evaluate(portfolio);
    assertThat(one.findings()).filteredOn(f -> f.ruleId().equals(RulesEngine.RULE_FAILED)).hasSize(1);
    assertThat(one.findings()).hasSizeLessThan(3_000).hasSizeGreaterThan(1);
    assertThat(RulesEngine.of(flaky, CLOCK).evaluate(portfolio, POOL, 4)).isEqualTo(one);
  }

  @Test
  void anExecutorThatIsBusyOrRefusesOnlySlowsTheRunDown() throws Exception {
    Portfolio portfolio = large(GenContext.of(11), 2_000);
    RulesEngine engine = RulesEngine.of(Profiles.caac(), CLOCK);
    RuleReport one = engine.evaluate(portfolio);
    assertThat(engine.evaluate(portfolio, task -> {
      throw new RejectedExecutionException("full");
    }, 4)).isEqualTo(one);
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      // The caller runs on the executor's only thread: its helping tasks can only start once it is done.
      assertThat(single.submit(() -> engine.evaluate(portfolio, single, 4)).get(60, TimeUnit.SECONDS)).isEqualTo(one);
    } finally {
      single.shutdown();
    }
  }

  @Test
  void argumentsAreChecked() {
    RulesEngine engine = RulesEngine.of(Profiles.standard(), CLOCK);
    assertThatThrownBy(() -> engine.evaluate(Portfolio.empty(), POOL, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> engine.evaluate(Portfolio.empty(), null, 2)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> engine.evaluate(null, POOL, 2)).isInstanceOf(IncompleteValueException.class);
  }

  /** Runs each task on the slow pool after a random pause, so that chunks finish out of order. */
  private static void late(Runnable task) {
    long pause = new SplittableRandom(System.nanoTime()).nextLong(0, 3);
    SLOW.execute(() -> {
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      task.run();
    });
  }

  private static final String SEEN = "test.element.seen";

  /** The profile with one more rule per kind of element, which reports every element it checks. */
  private static Profile seeing(Profile profile) {
    Profile.Builder seeing = profile.toBuilder();
    for (Subject<?> subject : Subject.all()) {
      seeing.add(seen(subject));
    }
    return seeing.build();
  }

  private static <S> Rule<S> seen(Subject<S> subject) {
    return Rule.of(RuleInfo.builder(subject, SEEN + "." + subject.code()).severity(Severity.INFO)
            .title("Seen", "Vu").explanation("Reports every element.", "Signale chaque élément.")
            .message("seen", "vu").build(),
        (element, context, findings) -> findings.report(""));
  }

  /** The profile a programme of the portfolio derived, named {@code PROFILE@PROGRAMME}. */
  private static Profile derived(ProgrammeProfiles profiles, Portfolio portfolio, String name) {
    return portfolio.programmes().stream().filter(p -> name.endsWith("@" + p.id().value())).findFirst()
        .map(profiles::profileOf).orElseThrow();
  }

  /**
   * The portfolio with its initiatives spread over its programmes, every other programme naming the
   * flaky profile: elements of several profiles follow one another in every chunk.
   */
  private static Portfolio boundToProgrammes(Portfolio portfolio) {
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < portfolio.programmes().size(); i++) {
      Programme programme = portfolio.programmes().get(i);
      programmes.add(i % 2 == 0 ? programme.withProfile(ProfileSettings.of("flaky")) : programme);
    }
    programmes.add(Programme.builder().id(ProgrammeId.of("flaky-programme")).name("Flaky")
        .profile(ProfileSettings.of("flaky")).build());
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < portfolio.initiatives().size(); i++) {
      Initiative initiative = portfolio.initiatives().get(i);
      initiatives.add(i % 3 == 0 ? initiative.withProgramme(ProgrammeId.of("flaky-programme"))
          : i % 3 == 1 ? initiative.withProgramme(Optional.empty()) : initiative);
    }
    return portfolio.withProgrammes(programmes).withInitiatives(initiatives);
  }

  /** A generated portfolio with its first initiatives and as many more as asked, each under its own id. */
  private static Portfolio large(GenContext context, int initiatives) {
    Portfolio portfolio = Generators.portfolios().generate(context);
    Portfolio.Builder larger = Portfolio.builder().from(portfolio);
    for (int i = 0; i < initiatives; i++) {
      Initiative initiative = Generators.initiatives().generate(context);
      larger.addInitiatives(Initiative.builder().from(initiative).id(InitiativeId.of("extra-" + i)).build());
    }
    return larger.build();
  }
}

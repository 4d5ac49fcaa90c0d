package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * Runs the rules of profiles over a whole portfolio and gathers one {@link RuleReport}: either each
 * element judged by the profile its programme names ({@link #byProgramme(Clock)}), or every element
 * by one profile ({@link #of(Profile, Clock)}). Each finding names the profile that judged it.
 *
 * <pre>{@code
 * RuleReport report = RulesEngine.byProgramme(Clock.systemDefaultZone()).evaluate(portfolio);
 * report.findings().forEach(f -> System.out.println(f.profile() + " " + f.subject() + ": " + f.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>A programme whose profile settings cannot be applied (an unknown profile, rule or parameter)
 * is reported as an error finding, {@value #PROFILE_INVALID}, on the programme, and its elements
 * are judged by the profile it names as it is, or by the default profile if it names none known.
 *
 * <p>Each element is visited once, and every rule of its kind runs on it; lookups go through
 * indexes built once per run, so a run is linear in the portfolio's size. A run can use several
 * threads ({@link #evaluateInParallel(Portfolio)}, or your executor with
 * {@link #evaluate(Portfolio, Executor, int)}) and gives the same report as on one. A rule that throws does not stop the run: its
 * failure becomes an error finding ({@value #RULE_FAILED}) naming the rule, the element and the
 * exception, the rule stops there, and the other rules still run. Instances are immutable and
 * thread-safe.
 */
public final class RulesEngine {
  /** The id of the finding that reports a rule which threw. */
  public static final String RULE_FAILED = "rules.rule-failed";
  /** The id of the finding that reports a programme whose profile settings cannot be applied. */
  public static final String PROFILE_INVALID = ProfileAssignment.PROFILE_INVALID;

  private final Profile profile;
  private final ProgrammeProfiles programmeProfiles;
  private final Clock clock;

  private RulesEngine(Profile profile, ProgrammeProfiles programmeProfiles, Clock clock) {
    this.profile = profile;
    this.programmeProfiles = programmeProfiles;
    this.clock = clock;
  }

  /**
   * @param profile the rules to run on every element, whatever its programme, and their parameters
   * @param clock the clock time-based rules read ({@code Clock.fixed(...)} in tests)
   * @return an engine
   */
  public static RulesEngine of(Profile profile, Clock clock) {
    if (profile == null || clock == null) {
      throw new IncompleteValueException(profile == null ? "profile" : "clock");
    }
    return new RulesEngine(profile, null, clock);
  }

  /**
   * An engine that judges each element by the built-in profile its programme names in its
   * {@linkplain org.partnershipsdk.core.programme.Programme#profile() settings}, and the rest by
   * {@code default}: {@code byProgramme(ProgrammeProfiles.builtIn(), clock)}.
   *
   * @param clock the clock time-based rules read
   * @return an engine
   */
  public static RulesEngine byProgramme(Clock clock) {
    return byProgramme(ProgrammeProfiles.builtIn(), clock);
  }

  /**
   * An engine that judges each element by the profile its programme names, with the programme's
   * parameters, and the rest by the default profile; see {@link ProgrammeProfiles} for which
   * programme an element belongs to.
   *
   * @param profiles the profiles programmes may name, and the default one
   * @param clock the clock time-based rules read
   * @return an engine
   */
  public static RulesEngine byProgramme(ProgrammeProfiles profiles, Clock clock) {
    if (profiles == null || clock == null) {
      throw new IncompleteValueException(profiles == null ? "profiles" : "clock");
    }
    return new RulesEngine(profiles.defaultProfile(), profiles, clock);
  }

  /** @return the profile forced on every element, or the default profile of a run by programme */
  public Profile profile() {
    return profile;
  }

  /** @return whether each element is judged by its programme's profile */
  public boolean isByProgramme() {
    return programmeProfiles != null;
  }

  /**
   * Evaluates on the caller's thread alone.
   *
   * @param portfolio the portfolio to check
   * @return every finding, ordered, with counts and the rules that ran
   */
  public RuleReport evaluate(Portfolio portfolio) {
    return evaluate(portfolio, Runnable::run, 1);
  }

  /**
   * Evaluates on the caller's thread and on the common fork-join pool, with as many threads as
   * the machine has processors. The report is the one {@link #evaluate(Portfolio)} gives.
   *
   * @param portfolio the portfolio to check
   * @return every finding, ordered, with counts and the rules that ran
   */
  public RuleReport evaluateInParallel(Portfolio portfolio) {
    return evaluate(portfolio, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * Evaluates on the caller's thread and on up to {@code parallelism - 1} tasks given to the
   * executor, which take chunks of elements as they come free. The report is the one
   * {@link #evaluate(Portfolio)} gives, findings in the same order, whatever the threads' pace; the
   * caller never waits for a task to start, so a busy executor, even the one running the caller,
   * slows the run down but cannot block it. The profiles' rules must be safe to run on several
   * threads at once, as the built-in ones are.
   *
   * @param portfolio the portfolio to check
   * @param executor where the helping tasks run, such as a fork-join pool or a thread pool
   * @param parallelism how many threads may work at once, the caller's included; 1 for the
   *     caller's alone
   * @return every finding, ordered, with counts and the rules that ran
   * @throws IllegalArgumentException if {@code parallelism} is below 1
   */
  public RuleReport evaluate(Portfolio portfolio, Executor executor, int parallelism) {
    if (portfolio == null || executor == null) {
      throw new IncompleteValueException(portfolio == null ? "portfolio" : "executor");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    PortfolioIndex index = new PortfolioIndex(portfolio);
    ProfileAssignment assignment = programmeProfiles == null ? ProfileAssignment.forced(profile, index)
        : ProfileAssignment.byProgramme(programmeProfiles, index);
    Set<String> rulesRun = new LinkedHashSet<>();
    List<String> profiles = new ArrayList<>();
    for (Profile used : assignment.profiles()) {
      profiles.add(used.name());
      for (Rule<?> rule : used.activeRules()) {
        rulesRun.add(rule.info().id());
      }
    }
    List<Finding> findings = new EngineRun(assignment, clock, index, parallelism).run(executor, parallelism);
    findings.addAll(assignment.problems());
    return new RuleReport(profile.name(), LocalDate.now(clock), FindingOrder.sort(findings), List.copyOf(rulesRun),
        profiles);
  }
}

package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * Runs a profile's rules over a whole portfolio and gathers one {@link RuleReport}.
 *
 * <pre>{@code
 * RuleReport report = RulesEngine.of(Profiles.caac(), Clock.systemDefaultZone()).evaluate(portfolio);
 * report.findings().forEach(f -> System.out.println(f.subject() + ": " + f.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>Each rule visits the elements of its kind once; lookups go through indexes built once per
 * run, so a run is linear in the portfolio's size. A rule that throws does not stop the run: its
 * failure becomes an error finding ({@value #RULE_FAILED}) naming the rule, the element and the
 * exception, the rule stops there, and the other rules still run. Instances are immutable and
 * thread-safe.
 */
public final class RulesEngine {
  /** The id of the finding that reports a rule which threw. */
  public static final String RULE_FAILED = "rules.rule-failed";

  private static final Label RULE_FAILED_MESSAGE = new Label(
      "The rule {rule} failed on this element and was stopped: {exception}",
      "La règle {rule} a échoué sur cet élément et a été arrêtée : {exception}");

  private static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> subjectOrder(f.subject().kind()))
      .thenComparing(f -> f.subject().id())
      .thenComparing(Finding::severity)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::path)
      .thenComparing(f -> f.message(java.util.Locale.ROOT));

  private final Profile profile;
  private final Clock clock;

  private RulesEngine(Profile profile, Clock clock) {
    this.profile = profile;
    this.clock = clock;
  }

  /**
   * @param profile the rules to run and their parameters
   * @param clock the clock time-based rules read ({@code Clock.fixed(...)} in tests)
   * @return an engine
   */
  public static RulesEngine of(Profile profile, Clock clock) {
    if (profile == null || clock == null) {
      throw new IncompleteValueException(profile == null ? "profile" : "clock");
    }
    return new RulesEngine(profile, clock);
  }

  /** @return the profile that runs */
  public Profile profile() {
    return profile;
  }

  /**
   * @param portfolio the portfolio to check
   * @return every finding, ordered, with counts and the rules that ran
   */
  public RuleReport evaluate(Portfolio portfolio) {
    if (portfolio == null) {
      throw new IncompleteValueException("portfolio");
    }
    PortfolioIndex index = new PortfolioIndex(portfolio);
    List<Finding> findings = new ArrayList<>();
    List<String> rulesRun = new ArrayList<>();
    for (Rule<?> rule : profile.activeRules()) {
      run(rule, index, findings);
      rulesRun.add(rule.info().id());
    }
    findings.sort(ORDER);
    return new RuleReport(profile.name(), LocalDate.now(clock), findings, rulesRun);
  }

  private <S> void run(Rule<S> rule, PortfolioIndex index, List<Finding> out) {
    RuleInfo<S> info = rule.info();
    RunContext context = new RunContext(clock, profile, info.id(), index);
    for (S subject : info.subject().in(index.portfolio())) {
      SubjectRef ref = info.subject().refer(subject);
      try {
        rule.check(subject, context, (path, arguments) ->
            out.add(new Finding(info.id(), info.severity(), ref, path == null ? "" : path,
                Map.copyOf(arguments), info.message())));
      } catch (RuntimeException e) {
        out.add(new Finding(RULE_FAILED, Severity.ERROR, ref, "",
            Map.of("rule", info.id(), "exception", describe(e)), RULE_FAILED_MESSAGE));
        return;
      }
    }
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static int subjectOrder(String kind) {
    for (Subject<?> subject : Subject.all()) {
      if (subject.code().equals(kind)) {
        return subject.order();
      }
    }
    return Integer.MAX_VALUE;
  }
}

package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * <p>Each element is visited once, and every rule of its kind runs on it; lookups go through
 * indexes built once per run, so a run is linear in the portfolio's size. A rule that throws does not stop the run: its
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

  private static final Map<String, Integer> SUBJECT_ORDER = subjectOrder();

  /** Subject kind, subject id, severity, rule, path, then the message: a total, stable order. */
  private static final Comparator<Finding> ORDER = RulesEngine::compare;

  private final Profile profile;
  private final Clock clock;

  private static Map<String, Integer> subjectOrder() {
    Map<String, Integer> order = new HashMap<>();
    for (Subject<?> subject : Subject.all()) {
      order.put(subject.code(), subject.order());
    }
    return Map.copyOf(order);
  }

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
      rulesRun.add(rule.info().id());
    }
    for (Subject<?> subject : Subject.all()) {
      runOn(subject, index, findings);
    }
    findings.sort(ORDER);
    return new RuleReport(profile.name(), LocalDate.now(clock), findings, rulesRun);
  }

  /**
   * Visits each element of one kind once and runs every rule of that kind on it while it is at
   * hand, rather than walking the whole list once per rule: a portfolio larger than the caches is
   * read once per kind, not once per rule.
   */
  @SuppressWarnings("unchecked") // a rule whose info names Subject<S> checks elements of type S
  private <S> void runOn(Subject<S> subject, PortfolioIndex index, List<Finding> out) {
    List<Rule<S>> rules = new ArrayList<>();
    List<RunContext> contexts = new ArrayList<>();
    for (Rule<?> rule : profile.activeRules()) {
      if (rule.info().subject() == subject) {
        rules.add((Rule<S>) rule);
        contexts.add(new RunContext(clock, profile, rule.info().id(), index));
      }
    }
    if (rules.isEmpty()) {
      return;
    }
    boolean[] failed = new boolean[rules.size()];
    for (S element : subject.in(index.portfolio())) {
      SubjectRef ref = subject.refer(element);
      for (int r = 0; r < rules.size(); r++) {
        if (!failed[r]) {
          failed[r] = !run(rules.get(r), contexts.get(r), element, ref, out);
        }
      }
    }
  }

  /** @return false when the rule threw: its failure is reported and it stops for this run */
  private static <S> boolean run(Rule<S> rule, RunContext context, S element, SubjectRef ref, List<Finding> out) {
    RuleInfo<S> info = rule.info();
    try {
      rule.check(element, context, (path, arguments) ->
          out.add(new Finding(info.id(), info.severity(), ref, path == null ? "" : path,
              Map.copyOf(arguments), info.message())));
      return true;
    } catch (RuntimeException e) {
      out.add(new Finding(RULE_FAILED, Severity.ERROR, ref, "",
          Map.of("rule", info.id(), "exception", describe(e)), RULE_FAILED_MESSAGE));
      return false;
    }
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static int compare(Finding a, Finding b) {
    int c = Integer.compare(subjectOrder(a.subject().kind()), subjectOrder(b.subject().kind()));
    if (c == 0) {
      c = a.subject().id().compareTo(b.subject().id());
    }
    if (c == 0) {
      c = a.severity().compareTo(b.severity());
    }
    if (c == 0) {
      c = a.ruleId().compareTo(b.ruleId());
    }
    if (c == 0) {
      c = a.path().compareTo(b.path());
    }
    return c != 0 ? c : a.message(Locale.ROOT).compareTo(b.message(Locale.ROOT));
  }

  private static int subjectOrder(String kind) {
    Integer order = SUBJECT_ORDER.get(kind);
    return order == null ? Integer.MAX_VALUE : order;
  }
}

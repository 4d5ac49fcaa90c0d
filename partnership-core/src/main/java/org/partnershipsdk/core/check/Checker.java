package org.partnershipsdk.core.check;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnershipsdk.core.internal.ElementRefs;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.ProgrammeProfiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * Validates a model value and runs the rules on it, in one call, with one report: what a checker, a
 * service or a form needs before it accepts a document. The rules are those of each element's
 * programme's profile ({@link #byProgramme(Clock)}), or of one profile forced on every element
 * ({@link #of(Profile, Clock)}), as {@link RulesEngine} runs them.
 *
 * <pre>{@code
 * CheckReport report = Checker.byProgramme(Clock.systemDefaultZone()).check(portfolio);
 * report.problems().forEach(p -> System.out.println(p.severity().code() + " " + p.subject() + " " + p.path()
 *     + ": " + p.message(Locale.FRENCH)));
 * }</pre>
 *
 * <p>A violation is reported against the element its path leads to (an initiative of a portfolio,
 * say), with its path within that element. A value that is one element (an initiative, a mission...)
 * is checked as a portfolio of that element alone, so rules that look other elements up by
 * reference find nothing and stay quiet. Instances are immutable and thread-safe.
 */
public final class Checker {
  /** The portfolio's lists, by the name the model (and the wire format) gives them. */
  private static final Map<String, Subject<?>> PORTFOLIO_LISTS = Map.of(
      "organisations", Subject.ORGANISATION, "programmes", Subject.PROGRAMME, "partnerships", Subject.PARTNERSHIP,
      "initiatives", Subject.INITIATIVE, "missions", Subject.MISSION, "assessments", Subject.ASSESSMENT,
      "agreements", Subject.AGREEMENT, "transactions", Subject.TRANSACTION);
  /** The kind of subject of a violation about a portfolio as a whole (its references). */
  static final String PORTFOLIO = "portfolio";
  private static final Comparator<Problem> ORDER = Comparator
      .comparingInt((Problem p) -> kindOrder(p.subject().kind()))
      .thenComparing(p -> p.subject().id())
      .thenComparing(Problem::severity)
      .thenComparing(Problem::code)
      .thenComparing(Problem::path)
      .thenComparing(Problem::source)
      .thenComparing(Problem::pointer);

  private final ModelValidator validator;
  private final RulesEngine engine;

  private Checker(ModelValidator validator, RulesEngine engine) {
    this.validator = validator;
    this.engine = engine;
  }

  /**
   * @param profile the rules to run and their parameters
   * @param clock what time-based rules read as today
   * @return a checker with {@link ModelValidator#create()}'s validator
   */
  public static Checker of(Profile profile, Clock clock) {
    return new Checker(ModelValidator.create(), RulesEngine.of(profile, clock));
  }

  /**
   * A checker on a validator and a rules engine of your own, such as the beans of an application
   * that replaced the engine.
   *
   * @param validator the validator
   * @param engine the rules engine, whatever its profile or profiles
   * @return a checker that validates with the one and runs the other's rules
   */
  public static Checker of(ModelValidator validator, RulesEngine engine) {
    return new Checker(Objects.requireNonNull(validator, "validator"), Objects.requireNonNull(engine, "engine"));
  }

  /**
   * A checker that judges each element by the built-in profile its programme names, and the rest by
   * {@code default} ({@link RulesEngine#byProgramme(Clock)}); each rule's problem says which profile
   * judged it ({@link Problem#finding()}, {@link Finding#profile()}).
   *
   * @param clock what time-based rules read as today
   * @return a checker with {@link ModelValidator#create()}'s validator
   */
  public static Checker byProgramme(Clock clock) {
    return byProgramme(ProgrammeProfiles.builtIn(), clock);
  }

  /**
   * @param profiles the profiles programmes may name, and the default one
   * @param clock what time-based rules read as today
   * @return a checker that judges each element by its programme's profile
   *     ({@link RulesEngine#byProgramme(ProgrammeProfiles, Clock)})
   */
  public static Checker byProgramme(ProgrammeProfiles profiles, Clock clock) {
    return new Checker(ModelValidator.create(), RulesEngine.byProgramme(profiles, clock));
  }

  /**
   * @param validator the validator to use, such as one with another violation limit
   * @return a copy of this checker that validates with it
   */
  public Checker withValidator(ModelValidator validator) {
    return new Checker(Objects.requireNonNull(validator, "validator"), engine);
  }

  /** @return the profile whose rules run on every element, or the default profile of a check by programme */
  public Profile profile() {
    return engine.profile();
  }

  /**
   * @param value a model value: a portfolio, one organisation, programme, partnership, initiative,
   *     volunteer mission, reciprocity assessment or funding agreement, or a part of one (only validated)
   * @return every violation and finding, ordered
   * @throws IllegalArgumentException if {@code value} is null
   */
  public CheckReport check(Object value) {
    Portfolio portfolio = asPortfolio(value);
    ValidationReport validation = validator.validate(value);
    Positions positions = new Positions(portfolio, value instanceof Portfolio);
    List<Problem> problems = new ArrayList<>();
    Set<List<Object>> violated = new HashSet<>();
    for (Violation violation : validation.violations()) {
      Problem problem = about(value, violation);
      problems.add(problem);
      violated.add(List.of(problem.code(), problem.subject(), problem.path()));
    }
    RuleReport rules = engine.evaluate(portfolio);
    for (Finding finding : rules.findings()) {
      if (!violated.contains(List.of(finding.ruleId(), finding.subject(), finding.path()))) {
        problems.add(Problem.of(finding, positions.pointer(finding)));
      }
    }
    problems.sort(ORDER);
    return new CheckReport(rules.profile(), rules.asOf(), problems, validation.omitted());
  }

  /**
   * @param value a model value
   * @return the portfolio the rules run on: the value itself, a portfolio of that one element, or an
   *     empty one for a part of an element (an indicator, a contact person...)
   * @throws IllegalArgumentException if {@code value} is null
   */
  public static Portfolio asPortfolio(Object value) {
    Portfolio.Builder portfolio = Portfolio.builder();
    if (value instanceof Portfolio whole) {
      return whole;
    } else if (value instanceof Organisation organisation) {
      portfolio.addOrganisations(organisation);
    } else if (value instanceof Programme programme) {
      portfolio.addProgrammes(programme);
    } else if (value instanceof Partnership partnership) {
      portfolio.addPartnerships(partnership);
    } else if (value instanceof Initiative initiative) {
      portfolio.addInitiatives(initiative);
    } else if (value instanceof VolunteerMission mission) {
      portfolio.addMissions(mission);
    } else if (value instanceof ReciprocityAssessment assessment) {
      portfolio.addAssessments(assessment);
    } else if (value instanceof FundingAgreement agreement) {
      portfolio.addAgreements(agreement);
    } else if (value == null) {
      throw new IllegalArgumentException("Nothing to check: the value is null");
    }
    return portfolio.build();
  }

  /** A violation found in a portfolio is about the element its path leads to. */
  private static Problem about(Object value, Violation violation) {
    List<String> segments = violation.segments();
    String pointer = pointer(segments);
    Subject<?> listed = segments.size() >= 2 ? PORTFOLIO_LISTS.get(segments.get(0)) : null;
    if (value instanceof Portfolio portfolio && listed != null && isIndex(segments.get(1))
        && Integer.parseInt(segments.get(1)) < listed.in(portfolio).size()) {
      SubjectRef subject = refer(listed, listed.in(portfolio).get(Integer.parseInt(segments.get(1))));
      return Problem.of(violation, subject, ElementRefs.path(segments.subList(2, segments.size())), pointer);
    }
    SubjectRef subject = Subject.all().stream().filter(s -> s.type().isInstance(value)).findFirst()
        .map(s -> refer(s, value))
        .orElse(new SubjectRef(PORTFOLIO, ""));
    return Problem.of(violation, subject, violation.path(), pointer);
  }

  private static <S> SubjectRef refer(Subject<S> subject, Object element) {
    return subject.refer(subject.type().cast(element));
  }

  private static String pointer(List<String> segments) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
  }

  private static int kindOrder(String kind) {
    if (kind.equals(PORTFOLIO)) {
      return -1;
    }
    for (int i = 0; i < Subject.all().size(); i++) {
      if (Subject.all().get(i).code().equals(kind)) {
        return i;
      }
    }
    return Subject.all().size();
  }

  /** Where each element of the checked portfolio is, for the pointers of rule findings. */
  private static final class Positions {
    private final Portfolio portfolio;
    private final boolean whole;
    private final Map<SubjectRef, String> elements = new HashMap<>();

    Positions(Portfolio portfolio, boolean whole) {
      this.portfolio = portfolio;
      this.whole = whole;
    }

    String pointer(Finding finding) {
      if (whole && elements.isEmpty()) {
        PORTFOLIO_LISTS.forEach((name, subject) -> index(name, subject));
      }
      return (whole ? elements.getOrDefault(finding.subject(), "") : "") + Checker.pointer(segments(finding.path()));
    }

    private <S> void index(String name, Subject<S> subject) {
      List<S> listed = subject.in(portfolio);
      for (int i = 0; i < listed.size(); i++) {
        elements.putIfAbsent(subject.refer(listed.get(i)), "/" + name + "/" + i);
      }
    }

    /** {@code cycle.entries[2]} as {@code [cycle, entries, 2]}. */
    private static List<String> segments(String path) {
      List<String> segments = new ArrayList<>();
      for (String part : path.split("[.\\[\\]]")) {
        if (!part.isEmpty()) {
          segments.add(part);
        }
      }
      return segments;
    }
  }
}

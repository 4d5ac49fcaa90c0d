package org.partnershipsdk.core.check;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * Everything one {@link Checker#check(Object) check} found: the violations of the model's
 * constraints and the findings of the profile's rules, in one list, a finding that repeats a
 * violation (same code, element and path) given once, as the violation.
 *
 * @param profile the name of the profile whose rules ran
 * @param asOf the day time-based rules judged from
 * @param problems every problem, ordered by element (the portfolio first, then organisations,
 *     programmes, partnerships, initiatives, missions and assessments, each by id), severity, code,
 *     then path
 * @param omittedViolations how many violations the validator found beyond those listed (it lists
 *     at most {@value org.partnershipsdk.core.validation.ModelValidator#DEFAULT_VIOLATION_LIMIT} by default)
 */
public record CheckReport(String profile, LocalDate asOf, List<Problem> problems, int omittedViolations) {

  /** Copies the list; rejects a negative count. */
  public CheckReport {
    problems = List.copyOf(problems);
    if (omittedViolations < 0) {
      throw new IllegalArgumentException("omittedViolations must not be negative: " + omittedViolations);
    }
  }

  /** @return whether nothing was found: no violation, no finding */
  public boolean isClean() {
    return problems.isEmpty() && omittedViolations == 0;
  }

  /** @return whether an error was found: a violation, or a rule's error finding */
  public boolean hasErrors() {
    return omittedViolations > 0 || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /**
   * @param severity a severity
   * @return how many problems of that severity were found, the omitted violations counted as errors
   */
  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count()
        + (severity == Severity.ERROR ? omittedViolations : 0);
  }

  /** @return the count of each severity, every severity present */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts;
  }

  /**
   * @param source a source
   * @return the problems that come from it
   */
  public List<Problem> from(Problem.Source source) {
    return problems.stream().filter(p -> p.source() == source).toList();
  }

  /**
   * @param locale the language of the message
   * @return the sentence that says how many violations are not listed, for the last line of a list
   */
  public String omittedMessage(Locale locale) {
    return Texts.format(ValidationReport.OMITTED, locale, Map.of("count", omittedViolations));
  }
}

package org.partnershipsdk.core.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * The result of evaluating a portfolio: every finding, in a deterministic order (by kind of
 * subject, subject id, severity, rule id, then path), each naming the profile that judged its
 * subject, the counts by severity, and the rules that ran.
 *
 * @param profile the name of the profile forced on every element, or of the default profile of a
 *     run by programme
 * @param asOf the day of the run
 * @param findings the findings
 * @param rulesRun the ids of the rules that ran, in the order of the profiles then of their rules
 * @param profiles the names of the profiles of the run: the forced one, or the default profile
 *     then each programme's, in the portfolio's order
 */
public record RuleReport(String profile, LocalDate asOf, List<Finding> findings, List<String> rulesRun,
    List<String> profiles) {

  /** Copies the lists; rejects nulls. */
  public RuleReport {
    if (profile == null || asOf == null || findings == null || rulesRun == null || profiles == null) {
      throw new IncompleteValueException("profile, asOf, findings, rulesRun and profiles of a report");
    }
    findings = List.copyOf(findings);
    rulesRun = List.copyOf(rulesRun);
    profiles = List.copyOf(profiles);
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** @return the number of findings of each severity, every severity present */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts;
  }

  /** @return whether any finding is an error */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * @param subject an element
   * @return the findings about it
   */
  public List<Finding> about(SubjectRef subject) {
    return findings.stream().filter(f -> f.subject().equals(subject)).toList();
  }

  /**
   * @param ruleId a rule's id
   * @return the findings of that rule
   */
  public List<Finding> of(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}

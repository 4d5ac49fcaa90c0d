package org.partnershipsdk.iati;

import java.util.List;
import org.partnershipsdk.core.rules.Severity;

/**
 * What an {@link IatiChecker} found in one IATI file: the schema's violations first, then the rules'
 * and codelists' findings, activity by activity, in the order of the file.
 *
 * @param findings every finding
 * @param activities how many {@code iati-activity} elements the file holds
 */
public record IatiReport(List<IatiFinding> findings, int activities) {
  /** Copies the list. */
  public IatiReport {
    findings = List.copyOf(findings);
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** @return whether a finding is an error: the IATI Validator would reject the file */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * @param ruleId a rule id, such as {@code 6.2.2} or {@link IatiFinding#SCHEMA}
   * @return the findings of that rule
   */
  public List<IatiFinding> withRule(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}

package org.partnershipsdk.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every violation found in one validated value, in a stable order (by path, then code).
 *
 * @param violations the violations; empty when the value is valid
 */
public record ValidationReport(List<Violation> violations) {

  /** Copies the list. */
  public ValidationReport {
    violations = List.copyOf(violations);
  }

  /** @return whether no violation was found */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * @param code a violation code
   * @return the violations with that code
   */
  public List<Violation> withCode(String code) {
    return violations.stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
  }

  /**
   * @param locale the language of the messages
   * @return one line per violation: path, message and code
   */
  public String describe(Locale locale) {
    return violations.stream()
        .map(v -> (v.path().isEmpty() ? "<root>" : v.path()) + ": " + v.message(locale) + " [" + v.code() + "]")
        .collect(Collectors.joining(System.lineSeparator()));
  }
}

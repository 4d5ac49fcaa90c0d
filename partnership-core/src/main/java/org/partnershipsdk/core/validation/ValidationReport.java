package org.partnershipsdk.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipsdk.core.internal.Texts;

/**
 * Every violation found in one validated value, in a stable order (by path, then code), up to the
 * validator's {@linkplain ModelValidator#withViolationLimit(int) limit}: past it, the first violations
 * in that order are listed and {@link #omitted()} counts the rest.
 *
 * @param violations the violations; empty when the value is valid
 * @param omitted how many violations were found beyond those listed; 0 when all are listed
 */
public record ValidationReport(List<Violation> violations, int omitted) {
  /** The code of the text that says how many violations were not listed. */
  public static final String OMITTED = "validation.omitted";

  /** Copies the list. */
  public ValidationReport {
    violations = List.copyOf(violations);
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
  }

  /**
   * A report that lists every violation found.
   *
   * @param violations the violations; empty when the value is valid
   */
  public ValidationReport(List<Violation> violations) {
    this(violations, 0);
  }

  /** @return whether no violation was found */
  public boolean isValid() {
    return violations.isEmpty() && omitted == 0;
  }

  /** @return how many violations were found, listed or not */
  public int total() {
    return violations.size() + omitted;
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
   * @return one line per violation: path (followed by the element's reference after a {@code #},
   *     when it has one), message and code; then, if some were omitted, a line that says how many
   */
  public String describe(Locale locale) {
    Stream<String> lines = violations.stream()
        .map(v -> v.located() + ": " + v.message(locale) + " [" + v.code() + "]");
    if (omitted > 0) {
      lines = Stream.concat(lines, Stream.of(omittedMessage(locale)));
    }
    return lines.collect(Collectors.joining(System.lineSeparator()));
  }

  /**
   * @param locale the language of the message
   * @return the sentence that says how many violations are not listed, such as "… and 12 more
   *     violations, not listed"; for the last line of a list
   */
  public String omittedMessage(Locale locale) {
    return Texts.format(OMITTED, locale, Map.of("count", omitted));
  }

}

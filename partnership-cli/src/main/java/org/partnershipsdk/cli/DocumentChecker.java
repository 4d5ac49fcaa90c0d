package org.partnershipsdk.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.check.Problem;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * Checks one document read from a file with the SDK's {@link Checker}: every violation (an error)
 * and every finding of the rules, each element judged by its programme's profile or all by the
 * profile forced, a finding that repeats a violation given once, and turns them into the lines of a
 * report in the reader's language.
 */
final class DocumentChecker {
  private final Checker checker;
  private final Locale locale;

  /**
   * @param forced the profile forced on every element; empty to judge each by its programme's
   * @param clock the day of the check
   * @param locale the reader's language
   */
  DocumentChecker(Optional<Profile> forced, Clock clock, Locale locale) {
    this.checker = forced.map(profile -> Checker.of(profile, clock)).orElseGet(() -> Checker.byProgramme(clock));
    this.locale = locale;
  }

  /**
   * @param file the file as named on the command line
   * @param documentType the envelope's type
   * @param document the model value read
   */
  CheckedFile check(String file, String documentType, Object document) {
    CheckReport report = checker.check(document);
    List<ReportedFinding> findings = new ArrayList<>();
    for (Problem problem : report.problems()) {
      findings.add(new ReportedFinding(file,
          problem.source() == Problem.Source.VALIDATION ? ReportedFinding.VALIDATION : ReportedFinding.RULES,
          problem.severity(), problem.code(), problem.subject(), problem.path(), problem.ref().orElse(""),
          problem.message(locale), problem.finding().map(Finding::profile).orElse("")));
    }
    if (report.omittedViolations() > 0) { // a hostile file's millions of violations: the first ones, then how many more
      findings.add(new ReportedFinding(file, ReportedFinding.VALIDATION, Severity.ERROR, ValidationReport.OMITTED,
          new SubjectRef(ReportedFinding.PORTFOLIO, ""), "", "", report.omittedMessage(locale), ""));
    }
    return CheckedFile.checked(file, documentType, findings);
  }

  /** Property names joined by dots, list indexes in brackets: {@code participants[0].roles}. */
  static String path(List<String> segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      boolean index = !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
      if (index) {
        path.append('[').append(segment).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.toString();
  }
}

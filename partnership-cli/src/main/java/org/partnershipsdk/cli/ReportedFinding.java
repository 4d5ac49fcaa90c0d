package org.partnershipsdk.cli;

import java.util.Comparator;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;

/**
 * One line of a check report: a validation violation or a rule's finding, about one element of
 * one file, with its message already in the reader's language.
 *
 * @param file the file as named on the command line
 * @param source {@value #VALIDATION} or {@value #RULES}
 * @param severity how serious it is; violations are always errors
 * @param rule the rule's id, or the violation's code
 * @param subject the element concerned (kind and id)
 * @param path the property path within the element; empty for the element as a whole
 * @param ref the stable reference of the sub-element the path leads to, beside the path; empty when it has none
 * @param message the message in the reader's language
 * @param profile the profile that judged the element, for a rule's finding; empty for a violation
 */
record ReportedFinding(String file, String source, Severity severity, String rule, SubjectRef subject, String path,
    String ref, String message, String profile) {
  static final String VALIDATION = "validation";
  static final String RULES = "rules";
  /** The kind of subject of a violation about a portfolio as a whole (its references). */
  static final String PORTFOLIO = "portfolio";

  /** By kind of subject (the portfolio first, then the rules engine's order), id, severity, rule, path. */
  static final Comparator<ReportedFinding> ORDER = Comparator
      .comparingInt((ReportedFinding f) -> kindOrder(f.subject().kind()))
      .thenComparing(f -> f.subject().id())
      .thenComparing(ReportedFinding::severity)
      .thenComparing(ReportedFinding::rule)
      .thenComparing(ReportedFinding::path)
      .thenComparing(ReportedFinding::message);

  /** @return the path with the reference, as a message locates it: {@code results[0].indicators[1] #households} */
  String located() {
    return ref.isEmpty() ? path : path + " #" + ref;
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
}

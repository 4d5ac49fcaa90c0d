package org.partnershipsdk.examples.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Severity;

/**
 * What {@code /portfolio/check} answers: the check's report, its messages in the request's language.
 *
 * @param profile the profile forced on every element, or, in a check by programme, the default profile
 *     that judged the elements of no programme
 * @param byProgramme whether each element was judged by its programme's profile (each problem of the
 *     rules says which one)
 * @param asOf the day time-based rules judged from
 * @param counts how many problems of each severity
 * @param problems every problem, ordered by element
 */
public record CheckResponse(String profile, boolean byProgramme, LocalDate asOf, Map<String, Long> counts, List<Item> problems) {

  /**
   * One problem.
   *
   * @param source {@code validation} or {@code rules}
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param code the violation's code or the rule's id
   * @param profile for a problem of the rules, the profile that judged it, such as {@code caac};
   *     {@code null}, and left out of the JSON, for a violation
   * @param subject the element concerned, such as {@code initiative caac-comasagua-montauban}
   * @param pointer its JSON Pointer in the checked document
   * @param ref the stable reference of the innermost element of that path that has one, such as an
   *     indicator period's {@code 2022}; {@code null}, and left out of the JSON, when none has
   * @param message the message in the request's language
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(String source, String severity, String code, String profile, String subject, String pointer, String ref,
      String message) {}

  static CheckResponse of(CheckReport report, boolean byProgramme, Locale locale) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    report.countsBySeverity().forEach((severity, count) -> counts.put(severity.code(), count));
    return new CheckResponse(report.profile(), byProgramme, report.asOf(), counts, report.problems().stream()
        .map(p -> new Item(p.source().name().toLowerCase(Locale.ROOT), p.severity().code(), p.code(),
            p.finding().map(Finding::profile).orElse(null), p.subject().toString(), p.pointer(), p.ref().orElse(null), p.message(locale)))
        .toList());
  }

  /** @return whether an error was found */
  public boolean hasErrors() {
    return counts.getOrDefault(Severity.ERROR.code(), 0L) > 0;
  }
}

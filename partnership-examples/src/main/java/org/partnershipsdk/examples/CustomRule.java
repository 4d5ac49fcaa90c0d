package org.partnershipsdk.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * Writes a rule of one's own and runs it with a profile derived from CAAC's: an initiative that has
 * reached capitalisation should record what was learned (capitalisation is precisely that), at least
 * {@code lessons} lessons, a parameter each profile may set. Run on the real cases with one lesson
 * required, then with two.
 */
public final class CustomRule {
  private CustomRule() {}

  /** How many lessons an initiative that reached capitalisation should record; 1 unless a profile says otherwise. */
  static final Parameter<Integer> LESSONS = Parameter.ofInt("lessons", 1,
      "Lessons expected at capitalisation", "Enseignements attendus à la capitalisation");

  /** The rule: a lambda and its metadata, with messages in English and French. */
  static final Rule<Initiative> CAPITALISATION_WITHOUT_LESSONS = Rule.of(
      RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.capitalisation-without-lessons")
          .severity(Severity.WARNING)
          .title("Capitalisation without lessons learned", "Capitalisation sans enseignements")
          .explanation("Capitalisation is what was learned, written down so that others can use it.",
              "Capitaliser, c'est écrire ce qui a été appris pour que d'autres s'en servent.")
          .message("“{title}” has reached capitalisation with {count} lesson(s) learned, fewer than {lessons}",
              "« {title} » a atteint la capitalisation avec {count} enseignement(s), moins que {lessons}")
          .parameter(LESSONS)
          .build(),
      (initiative, context, findings) -> {
        int expected = context.parameter(LESSONS);
        boolean capitalising = initiative.cycle().entered(Stage.CAPITALISATION).isPresent();
        if (capitalising && initiative.lessonsLearned().size() < expected) {
          findings.report("lessonsLearned", Map.of("title", initiative.title(),
              "count", initiative.lessonsLearned().size(), "lessons", expected));
        }
      });

  /** @param args unused */
  public static void main(String[] args) {
    Portfolio portfolio = ExampleDocuments.realCases();
    Clock clock = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    String id = CAPITALISATION_WITHOUT_LESSONS.info().id();

    Profile ours = Profiles.caac().toBuilder().name("acme").add(CAPITALISATION_WITHOUT_LESSONS).build();
    Profile demanding = ours.toBuilder().name("acme-demanding").set(id, LESSONS.name(), 2).build();

    for (Profile profile : new Profile[] {ours, demanding}) {
      RuleReport report = RulesEngine.of(profile, clock).evaluate(portfolio);
      System.out.println("Profile " + profile.name() + " (" + LESSONS.name() + " = " + profile.parameter(id, LESSONS)
          + "): " + report.findings().size() + " findings, " + report.of(id).size() + " from " + id);
      for (Finding finding : report.of(id)) {
        System.out.println("  " + finding.location() + ": " + finding.message(Locale.ENGLISH));
      }
    }
  }
}

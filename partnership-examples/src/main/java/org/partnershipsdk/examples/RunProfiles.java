package org.partnershipsdk.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;

/**
 * Runs the CAAC and EXPLOR profiles of good partnership practice on the real cases, read from the
 * shipped {@code examples/real-cases.json}, and prints what each finds. The clock is fixed on
 * 30 June 2024 so that the time-based rules (follow-up contacts, assessments overdue) give the same
 * findings on every run. Pass {@code fr} to print the messages in French.
 */
public final class RunProfiles {
  private RunProfiles() {}

  /** @param args optionally {@code fr} for French messages; English otherwise */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    Portfolio portfolio = ExampleDocuments.realCases();
    Clock clock = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    for (Profile profile : List.of(Profiles.caac(), Profiles.explor())) {
      RuleReport report = RulesEngine.of(profile, clock).evaluate(portfolio);
      System.out.println("Profile " + report.profile() + " on " + report.asOf() + ": " + report.rulesRun().size()
          + " rules run, " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
          + " warnings, " + report.count(Severity.INFO) + " information");
      for (Finding finding : report.findings()) {
        System.out.println("  " + finding.severity().code() + " " + finding.ruleId() + " " + finding.location()
            + ": " + finding.message(locale));
      }
    }
  }
}

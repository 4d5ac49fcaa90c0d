package org.partnershipsdk.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;

/**
 * Checks the real cases, read from the shipped {@code examples/real-cases.json}, in one run where
 * each element is judged by its programme's profile (CAAC's initiatives and partnerships by
 * {@code caac}, EXPLOR's missions by {@code explor}, the rest by {@code default}), prints each
 * finding with the profile that judged it, then how many findings each profile gives when forced on
 * every element. The clock is fixed on 30 June 2024 so that the time-based rules give the same
 * findings on every run. Pass {@code fr} to print the messages in French.
 */
public final class RunProfiles {
  private RunProfiles() {}

  /** @param args optionally {@code fr} for French messages; English otherwise */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    Portfolio portfolio = ExampleDocuments.realCases();
    Clock clock = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    RuleReport report = RulesEngine.byProgramme(clock).evaluate(portfolio);
    System.out.println("Each programme's profile on " + report.asOf() + " (" + String.join(", ", report.profiles())
        + "): " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings, "
        + report.count(Severity.INFO) + " information");
    for (Finding finding : report.findings()) {
      System.out.println("  [" + finding.profile() + "] " + finding.severity().code() + " " + finding.ruleId() + " "
          + finding.location() + ": " + finding.message(locale));
    }
    for (Profile profile : Profiles.all()) {
      RuleReport forced = RulesEngine.of(profile, clock).evaluate(portfolio);
      System.out.println("Forced on every element, " + profile.name() + " gives " + forced.findings().size()
          + " findings");
    }
  }
}

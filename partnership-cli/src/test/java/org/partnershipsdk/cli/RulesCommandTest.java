package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.rules.BuiltInRules;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleCatalogue;
import org.partnershipsdk.cli.CliFixtures.Run;

/** The {@code rules} and {@code explain} commands. */
class RulesCommandTest {
  @Test
  void rulesListsEveryBuiltInRuleWithTheProfilesThatRunIt() {
    Run run = CliFixtures.run("rules");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(BuiltInRules.all().size() + " built-in rules;");
    for (Rule<?> rule : BuiltInRules.all()) {
      assertThat(run.out()).contains(rule.info().id() + " ");
    }
    assertThat(line(run.out(), "initiative.sdg.missing "))
        .matches("initiative\\.sdg\\.missing +Warning +Initiative +caac +\\S.*");
    assertThat(line(run.out(), "mission.duration.out-of-bounds "))
        .matches("mission\\.duration\\.out-of-bounds +Warning +Volunteer mission +default,explor +\\S.*");
    assertThat(line(run.out(), "mission.parties.holder-missing "))
        .contains("Error").contains("default,caac,explor");
  }

  @Test
  void rulesInFrench() {
    Run run = CliFixtures.run("rules", "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).contains("règles intégrées", "RÈGLE", "GRAVITÉ");
    assertThat(line(run.out(), "mission.parties.holder-missing ")).contains("Erreur", "Mission de volontaires");
  }

  @Test
  void explainGivesTheCataloguesTextThenWhatEachProfileRuns() {
    Run run = CliFixtures.run("explain", "mission.return.report-missing");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    String catalogue = RuleCatalogue.explain(BuiltInRules.byId("mission.return.report-missing").orElseThrow().info(),
        Locale.ENGLISH);
    assertThat(run.out()).isEqualTo(catalogue + "\nProfiles:\n"
        + "  default: runs, graceDays = 30\n"
        + "  caac: runs, graceDays = 0\n"
        + "  explor: runs, graceDays = 30\n");
    assertThat(run.out()).contains("Warning", "graceDays = 0 — ");
  }

  @Test
  void explainInFrenchSaysWhichProfilesDoNotRunIt() {
    Run run = CliFixtures.run("--lang", "fr", "explain", "initiative.sdg.missing");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    String catalogue = RuleCatalogue.explain(BuiltInRules.byId("initiative.sdg.missing").orElseThrow().info(),
        Locale.FRENCH);
    assertThat(run.out()).isEqualTo(catalogue + "\nProfils :\n"
        + "  default: non appliquée\n"
        + "  caac: appliquée\n"
        + "  explor: non appliquée\n");
    assertThat(run.out()).contains("Avertissement");
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }
}

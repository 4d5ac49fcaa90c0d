package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.examples.ExampleDocuments;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.JsonNode;

/**
 * {@code check} on the example documents this module ships, named as the README's commands name
 * them from this module's folder: the real cases, and the defects document.
 */
class ShippedExamplesCheckTest {
  private static final String REAL_CASES = "../partnership-examples/src/main/resources/examples/" + ExampleDocuments.REAL_CASES;
  private static final String DEFECTS = "../partnership-examples/src/main/resources/examples/" + ExampleDocuments.DEFECTS;
  private static final String NL = System.lineSeparator();

  @Test
  void theRealCasesWithTheCaacProfileGiveTheTableOfRealCasesInMemory() {
    String[] args = {"check", "--profile", "caac", "--as-of", RealCases.asOf().toString(), REAL_CASES};
    Run shipped = CliFixtures.runOnFiles(args);
    Run inMemory = CliFixtures.run(CliFixtures.loader(Map.of(REAL_CASES, RealCases.portfolio())), args);
    assertThat(shipped.exitCode()).as("the cross mission's parties, which the source does not give")
        .isEqualTo(PartnershipCli.ERRORS);
    assertThat(shipped.err()).isEmpty();
    assertThat(shipped.out()).isEqualTo(inMemory.out())
        .startsWith("Check with profile caac, as of 2024-06-30" + NL + NL + REAL_CASES + " (portfolio)" + NL)
        .endsWith(NL + "  errors: 3, warnings: 17, information: 1" + NL);
  }

  /** The README's Text output is what the command it shows prints, line for line. */
  @Test
  void theReadmesTableOfTheRealCasesIsWhatTheCheckPrints() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String command = "$ java -jar partnership-cli/target/partnership-cli.jar check --as-of "
        + RealCases.asOf() + " partnership-examples/src/main/resources/examples/" + ExampleDocuments.REAL_CASES + "\n";
    assertThat(readme).contains(command);
    int start = readme.indexOf(command) + command.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    Run run = CliFixtures.runOnFiles("check", "--as-of", RealCases.asOf().toString(), REAL_CASES);
    assertThat(run.out().replace(NL, "\n").replace(REAL_CASES, REAL_CASES.substring("../".length())))
        .isEqualTo(shown);
  }

  /** Issue 12: without --profile, each element is judged by its programme's profile, and the JSON report says which. */
  @Test
  void theRealCasesCheckedByProgrammeGiveTheFindingsOfTheirProgrammes() {
    Run text = CliFixtures.runOnFiles("check", "--as-of", RealCases.asOf().toString(), REAL_CASES);
    assertThat(text.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(text.out())
        .startsWith("Check with each programme's profile (default for the rest), as of 2024-06-30" + NL)
        .endsWith(NL + "  errors: 3, warnings: 14, information: 0" + NL);
    Run json = CliFixtures.runOnFiles("check", "--format", "json", "--as-of", RealCases.asOf().toString(), REAL_CASES);
    JsonNode report = PartnershipJson.mapper().readTree(json.out());
    assertThat(report.get("schemaVersion").asString()).isEqualTo("1.1");
    assertThat(report.get("byProgramme").asBoolean()).isTrue();
    assertThat(report.get("profile").asString()).isEqualTo("default");
    List<String> findings = new ArrayList<>();
    for (JsonNode finding : report.get("findings")) {
      findings.add(finding.get("profile").asString() + " " + finding.get("rule").asString() + " "
          + finding.get("subject").get("id").asString());
    }
    assertThat(findings).containsExactly(
        "caac initiative.design.co-construction-expected caac-comasagua-montauban",
        "caac initiative.holder.supporting-organisation caac-comasagua-montauban",
        "caac initiative.sdg.missing caac-comasagua-montauban",
        "caac initiative.results.empty-after-design caac-guinee-44-kindia",
        "caac initiative.sdg.missing caac-guinee-44-kindia",
        "caac initiative.holder.supporting-organisation caac-senegal-dried-fish",
        "caac initiative.results.empty-after-design caac-senegal-dried-fish",
        "caac initiative.sdg.missing caac-senegal-dried-fish",
        "default initiative.follow-up.overdue ccfd-laos-jam",
        "default initiative.results.empty-after-design ccfd-laos-jam",
        "caac mission.parties.holder-missing caac-comasagua-cross-visit",
        "caac mission.parties.local-partner-missing caac-comasagua-cross-visit",
        "caac mission.parties.volunteers-structure-missing caac-comasagua-cross-visit",
        "caac mission.return.interview-missing caac-comasagua-cross-visit",
        "caac mission.return.report-missing caac-comasagua-cross-visit",
        "caac assessment.responses.one-side-only cfdt-unsas-2023",
        "caac assessment.gap.too-wide comasagua-2021");
    Run forced = CliFixtures.runOnFiles("check", "--format", "json", "--profile", "explor", "--as-of",
        RealCases.asOf().toString(), REAL_CASES);
    JsonNode forcedReport = PartnershipJson.mapper().readTree(forced.out());
    assertThat(forcedReport.get("byProgramme").asBoolean()).isFalse();
    for (JsonNode finding : forcedReport.get("findings")) {
      assertThat(finding.get("profile").asString()).isEqualTo("explor");
    }
  }

  @Test
  void theDefectsGiveEveryViolationAndFindingOnceAndExitWith1() {
    Run run = CliFixtures.runOnFiles("check", "--format", "json", "--as-of", "2024-06-30", DEFECTS);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.err()).isEmpty();
    List<String> reported = new ArrayList<>();
    for (JsonNode finding : PartnershipJson.mapper().readTree(run.out()).get("findings")) {
      reported.add(finding.get("source").asString() + " " + finding.get("rule").asString());
    }
    List<String> expected = new ArrayList<>();
    ModelValidator.create().validate(ExampleDocuments.defects()).violations()
        .forEach(v -> expected.add("validation " + v.code()));
    RulesEngine.of(Profiles.standard(), RealCases.clock()).evaluate(ExampleDocuments.defects()).findings()
        .forEach(f -> expected.add("rules " + f.ruleId()));
    // The co-financing above the budget is both a violation and a rule's finding: reported once.
    expected.remove("rules initiative.co-financing.exceeds-budget");
    assertThat(reported).hasSize(18).containsExactlyInAnyOrderElementsOf(expected)
        .containsOnlyOnce("validation initiative.co-financing.exceeds-budget");
  }

  /** Issue 11's promise: the checker finds an overdue report and a tranche paid too early, in both languages. */
  @Test
  void theDefectsShowAnOverdueReportAndATranchePaidTooEarlyInEnglishAndFrench() {
    Run english = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", DEFECTS);
    assertThat(english.out()).contains(
        "Tranche 2 was paid on October 3, 2022, but report 1, which it waits for, was not accepted then (accepted:"
            + " November 14, 2022)",
        "Report 2 (Financial report) was due on September 30, 2023 and has not been submitted (274 days)");
    Run french = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--lang", "fr", DEFECTS);
    assertThat(french.out()).contains(
        "La tranche 2 a été versée le 3 octobre 2022, mais le rapport 1, qu'elle attend, n'était pas accepté à cette"
            + " date (accepté : 14 novembre 2022)",
        "Le rapport 2 (Rapport financier) était attendu le 30 septembre 2023 et n'a pas été remis (274 jours)");
  }

  @Test
  void theDefectsReadStrictlyAreUnreadableAtThePropertyAnotherToolAdded() {
    Run run = CliFixtures.runOnFiles("check", "--strict", DEFECTS);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).startsWith(DEFECTS + ":285:")
        .contains(": json.property.unknown at /data/initiatives/0/internalNote: ");
  }
}

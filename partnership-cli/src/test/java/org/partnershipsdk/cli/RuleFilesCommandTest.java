package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/** {@code check --rules FILE} (repeatable) and {@code rules --validate FILE}. */
class RuleFilesCommandTest {
  private static final String RULES = "../partnership-examples/src/main/resources/examples/rules/";
  private static final String OFFICER = RULES + "programme-officer.rules.yaml";
  private static final String TWINS = RULES + "funder-twins.rules.yaml";
  private static final String REAL_CASES = "../partnership-examples/src/main/resources/examples/real-cases.json";

  @Test
  void validateSaysAShippedFileIsValidWithItsRulesAndProfile() {
    Run run = CliFixtures.run("rules", "--validate", OFFICER);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).isEqualTo(OFFICER + ": valid, 2 rules, profile acme\n");
    Run french = CliFixtures.run("rules", "--lang", "fr", "--validate", TWINS);
    assertThat(french.out()).isEqualTo(TWINS + " : valide, 15 règles, profil funder\n");
  }

  @Test
  void validateListsEveryProblemWithItsLineColumnAndCode(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(OFFICER)).replace("nameOf(item.funder)", "nameOf(item.funders)")
        .replace("severity: info", "severity: fatal"));
    Run run = CliFixtures.run("rules", "--lang", "fr", "--validate", bad.toString());
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.out()).startsWith(bad + " : refusé, 2 problème(s)\n")
        .contains(bad + ":36:26: règle acme.initiative.funder-share-too-high : cette valeur n'a pas de champ « funders »"
            + " [rules.file.expression-type]")
        .contains("Gravité inconnue « fatal » : error, warning ou info [rules.file.value-invalid]");
  }

  @Test
  void checkRunsTheFilesRulesOnTheProfileTheFileNames() {
    Run run = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--rules", OFFICER, REAL_CASES);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("acme");
    // A rule file forces its profile on every element: the built-in rules forced the same way.
    Run builtIn = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--profile", "default", REAL_CASES);
    Run twins = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--rules", TWINS, REAL_CASES);
    assertThat(twins.out()).as("the twins give the built-in rules' findings; only the profile's name differs")
        .isEqualTo(builtIn.out().replace("profile default", "profile funder"));
    assertThat(twins.exitCode()).isEqualTo(builtIn.exitCode());
  }

  /** The real cases with the first mission's report handed in 50 days after its last day. */
  private static Path lateReport(Path dir) {
    Portfolio portfolio = RealCases.portfolio();
    VolunteerMission mission = portfolio.missions().get(0);
    VolunteerMission late = mission.withMissionReturn(MissionReturn.builder()
        .reportDelivered(mission.lastDay().orElseThrow().plusDays(50)).build());
    Path file = dir.resolve("late-report.json");
    PartnershipJson.create().write(DocumentType.PORTFOLIO, portfolio.withMissions(late), file);
    return file;
  }

  @Test
  void checkPrintsTheFindingsOfTheFilesRulesInEnglishAndFrench(@TempDir Path dir) {
    String file = lateReport(dir).toString();
    String title = RealCases.portfolio().missions().get(0).title();
    Run english = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--rules", OFFICER, file);
    assertThat(english.err()).isEmpty();
    assertThat(english.out()).contains("acme.mission.report-late")
        .contains("The report of \"" + title + "\" came 50 days after its last day, more than 45");
    Run french = CliFixtures.runOnFiles("check", "--lang", "fr", "--as-of", "2024-06-30", "--rules", OFFICER, file);
    assertThat(french.out()).contains("acme.mission.report-late")
        .contains("Le rapport de « " + title + " » est arrivé 50 jours après son dernier jour, plus de 45");
    Run without = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--profile", "caac", file);
    assertThat(without.out()).as("the finding comes from the file").doesNotContain("acme.mission.report-late");
  }

  @Test
  void rulesGivenTwiceApplyInTurnTheLaterFileOverTheEarlier(@TempDir Path dir) throws Exception {
    Path later = Files.writeString(dir.resolve("later.rules.yaml"), """
        format: partnership-rules/1
        rules:
          - id: acme.mission.report-delivered
            subject: mission
            severity: info
            title: {en: Report delivered, fr: Rapport remis}
            explanation: {en: The report came., fr: Le rapport est arrivé.}
            message: {en: "Report of {mission} delivered", fr: "Rapport de {mission} remis"}
            when: has(mission.missionReturn.reportDelivered)
            arguments:
              mission: nameOf(mission)
        profile:
          name: acme-later
          base: caac
          disable: [mission.return.interview-missing]
        """);
    String file = lateReport(dir).toString();
    String title = RealCases.portfolio().missions().get(0).title();
    Run once = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--rules", OFFICER, file);
    Run twice = CliFixtures.runOnFiles("check", "--as-of", "2024-06-30", "--rules", OFFICER,
        "--rules", later.toString(), file);
    assertThat(twice.err()).isEmpty();
    assertThat(twice.out()).contains("profile acme-later")
        .contains("The report of \"" + title + "\" came 50 days after its last day, more than 45")
        .contains("Report of " + title + " delivered");
    assertThat(once.out()).contains("mission.return.interview-missing").doesNotContain("Report of " + title + " delivered");
    assertThat(twice.out()).as("disabled by the later file").doesNotContain("mission.return.interview-missing");
  }

  @Test
  void aRefusedRuleFileStopsTheCheckWithItsProblems(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "format: partnership-rules/1\nrules: [\n");
    Run run = CliFixtures.runOnFiles("check", "--rules", bad.toString(), REAL_CASES);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).startsWith(bad + ":");
    assertThat(run.out()).isEmpty();
  }
}

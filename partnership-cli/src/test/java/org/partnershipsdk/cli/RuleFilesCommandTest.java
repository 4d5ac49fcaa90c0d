package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.cli.CliFixtures.Run;

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

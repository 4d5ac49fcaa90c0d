package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipsdk.cli.CliFixtures.Run;

/** Help and usage errors: exit code 64, a message on the error output, nothing on the output. */
class UsageTest {
  @Test
  void helpListsTheCommandsTheOptionsAndTheExitCodes() {
    Run run = CliFixtures.run("--help");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("check [--profile NAME]", "schema [DOCUMENT]", "explain [--lang en|fr|es] RULE-ID",
        "rules [--validate RULE-FILE] [--lang en|fr|es]", "--rules RULE-FILE", "--validate FILE", "--as-of DATE", "--format FORMAT", "--strict", "Exit codes",
        "64  usage error", "2   a file cannot be read", "1   at least one finding of severity error",
        "0   no finding of severity error", "(portfolio when none");
  }

  @Test
  void helpInFrenchAndAfterACommand() {
    Run run = CliFixtures.run("check", "-h", "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).contains("Codes de sortie", "64  erreur d'usage", "2   un fichier ne peut être lu",
        "check [--profile NOM]");
  }

  @Test
  void versionPrintsTheSdksVersion() {
    Run run = CliFixtures.run("--version");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).isEqualTo("partnership-cli " + System.getProperty("project.version") + System.lineSeparator());
  }

  @Test
  void catalogueGivesTheMessagesAndTheCodeListsAsJsonInTheLanguageAsked() {
    Run codes = CliFixtures.run("catalogue", "codes", "--lang", "es");
    assertThat(codes.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(codes.out()).contains("\"implementation\": \"Ejecución\"", "\"sdg-2\": \"Hambre cero\"");
    Run messages = CliFixtures.run("catalogue", "--lang", "fr");
    assertThat(messages.out()).contains("\"value.required\": \"Une valeur est obligatoire\"",
        "\"json.malformed\": \"Le document n'est pas du JSON bien formé\"");
    Run unknown = CliFixtures.run("catalogue", "rules");
    assertThat(unknown.exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(unknown.err()).startsWith("partnership-cli: Unknown catalogue \"rules\": use messages or codes");
  }

  @Test
  void generateCompletionPrintsABashScriptThatKnowsTheCommandsAndOptions() {
    Run run = CliFixtures.run("generate-completion");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("check", "explain", "--profile", "--as-of");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                | No command given
      frobnicate                        | Unknown command "frobnicate": use check, schema, explain, rules, catalogue, export-iati or check-iati
      check --colour a.json             | Unknown option --colour
      chek a.json                       | Unknown command "chek": use check, schema, explain, rules, catalogue, export-iati or check-iati; did you mean check?
      check --profil caac a.json        | Unknown option --profil; did you mean --profile?
      check --profile                   | The option --profile needs a value
      check a.json --profile amap       | Unknown profile "amap": use default, caac, explor
      check a.json --format xml         | Unknown format "xml": use text or json
      check a.json --as-of 2024-02-30   | "2024-02-30" is not a date: use YYYY-MM-DD, such as 2024-03-31
      check a.json --as-of 30/06/2024   | "30/06/2024" is not a date: use YYYY-MM-DD, such as 2024-03-31
      check --lang de a.json            | Unknown language "de": use en, fr or es
      check                             | check needs at least one file
      explain                           | explain needs a rule id
      explain mission.nope              | Unknown rule "mission.nope"; the command rules lists them all
      explain a b                       | Unexpected argument "b" after explain
      rules extra                       | Unexpected argument "extra" after rules
      rules --profile caac              | The option --profile does not apply to rules
      schema --format json              | The option --format does not apply to schema
      schema portfolio mission          | Unexpected argument "mission" after schema
      schema project                    | Unknown document "project": use portfolio, organisation, partnership, programme, initiative, mission, assessment, agreement, check-report
      check a.json --type project       | Unknown document type "project": use portfolio, organisation, partnership, programme, initiative, mission, assessment, agreement
      schema --type mission             | The option --type does not apply to schema
      """)
  void usageErrorsExitWith64AndSayWhatIsWrong(String commandLine, String message) {
    String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
    Run run = CliFixtures.run(CliFixtures.loader(Map.of("a.json", CliFixtures.clean())), args);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("partnership-cli: " + message + System.lineSeparator()
        + "Run partnership-cli --help for the commands and options." + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      frobnicate --lang fr               | Commande inconnue « frobnicate » : check, schema, explain, rules, catalogue, export-iati ou check-iati
      check --lang fr a.json --profile x | Profil inconnu « x » : default, caac, explor
      check --lang fr a.json --as-of 1er | « 1er » n'est pas une date : AAAA-MM-JJ, par exemple 2024-03-31
      check --lang fr                    | check attend au moins un fichier
      explain --lang fr nope             | Règle inconnue « nope » ; la commande rules les liste toutes
      rules --lang fr --as-of 2024-01-01 | L'option --as-of ne s'applique pas à rules
      """)
  void usageErrorsInFrench(String commandLine, String message) {
    Run run = CliFixtures.run(commandLine.split(" "));
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(run.err()).isEqualTo("partnership-cli : " + message + System.lineSeparator()
        + "Lancez partnership-cli --help pour les commandes et les options." + System.lineSeparator());
  }
}

package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.examples.ExampleDocuments;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.JsonNode;

/** {@code export-iati} on the shipped examples as they are, and {@code check-iati} on good and broken files. */
class IatiCommandsTest {
  private static final String REAL_CASES = "../partnership-examples/src/main/resources/examples/" + ExampleDocuments.REAL_CASES;
  private static final String DEFECTS = "../partnership-examples/src/main/resources/examples/" + ExampleDocuments.DEFECTS;
  private static final Path IATI_EXAMPLE = Path.of("../partnership-iati/src/test/resources/iati/ngo-initiative-activity.xml");

  @TempDir
  Path folder;

  @Test
  void theRealCasesExportWithNoOptionToAFileThatChecksWithoutErrors() throws IOException {
    Run export = CliFixtures.runOnFiles("export-iati", REAL_CASES);
    assertThat(export.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(export.out()).startsWith("<?xml").contains("<iati-activities", "<iati-activity ");
    Path xml = Files.writeString(folder.resolve("real-cases.xml"), export.out());

    Run check = CliFixtures.runOnFiles("check-iati", xml.toString());
    assertThat(check.exitCode()).as(check.out()).isEqualTo(PartnershipCli.OK);
    assertThat(check.out()).contains("errors: 0");
  }

  @Test
  void anInitiativeDocumentExportsAsOneActivityReportedByItsHolder() throws IOException {
    Path initiative = folder.resolve("comasagua.json");
    PartnershipJson.create().indented().write(DocumentType.INITIATIVE, RealCases.comasaguaMontauban(), initiative);

    Run export = CliFixtures.runOnFiles("export-iati", initiative.toString());
    assertThat(export.exitCode()).as(export.err()).isEqualTo(PartnershipCli.OK);
    assertThat(export.out()).as("no partnership nor organisation in the document: the holder reports, by its id")
        .contains("<iati-identifier>spf-82-caac-comasagua-montauban</iati-identifier>", "<reporting-org ref=\"spf-82\"")
        .containsOnlyOnce("<iati-activity ");
    Path xml = Files.writeString(folder.resolve("comasagua.xml"), export.out());

    Run check = CliFixtures.runOnFiles("check-iati", xml.toString());
    assertThat(check.exitCode()).as(check.out()).isEqualTo(PartnershipCli.OK);
    assertThat(check.out()).contains("1 activities", "errors: 0");
  }

  @Test
  void theDefectsExampleExportsAsItIsToASchemaValidFile() throws IOException {
    Run export = CliFixtures.runOnFiles("export-iati", DEFECTS);
    assertThat(export.exitCode()).as(export.err()).isEqualTo(PartnershipCli.OK);
    assertThat(export.out()).contains("<iati-identifier>guinee-44-draft-guinee-44-kindia</iati-identifier>")
        .as("the Senegal draft's title is blank (a defect the example carries on purpose): no activity for it")
        .doesNotContain("senegal-dried-fish");
    assertThat(export.err()).contains("draft-senegal-dried-fish", "iati.export.no-title");
    Path xml = Files.writeString(folder.resolve("defects.xml"), export.out());

    Run check = CliFixtures.runOnFiles("check-iati", "--format", "json", xml.toString());
    JsonNode report = PartnershipJson.mapper().readTree(check.out());
    List<String> errors = new ArrayList<>();
    report.get("files").get(0).get("findings").forEach(f -> {
      if (f.get("severity").asString().equals("error")) {
        errors.add(f.get("rule").asString());
      }
    });
    assertThat(errors).as("what is exported of the example documents as they are is valid").isEmpty();
  }

  @Test
  void anExportToAFileSaysHowManyActivitiesAndWhichInitiativesWereLeftOut() throws IOException {
    Path xml = folder.resolve("out.xml");
    Run export = CliFixtures.runOnFiles("export-iati", "--output", xml.toString(), "--language", "fr", REAL_CASES);
    assertThat(export.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(export.out()).isEmpty();
    assertThat(export.err()).containsPattern("\\d+ activities written");
    assertThat(export.err()).as("the Comasagua measurement has no reporting period")
        .containsPattern("initiative \\S+ ?: resultsFramework\\.specificObjectives\\[0\\]\\.indicators\\[0\\]: 1 target");
    assertThat(Files.readString(xml)).contains("xml:lang=\"fr\"");
  }

  @Test
  void whatIsLeftOutIsSaidInTheReadersLanguageWithItsCode() {
    Run export = CliFixtures.runOnFiles("export-iati", "--lang", "fr", REAL_CASES);
    assertThat(export.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(export.err()).contains(": 1 cible(s) et mesure(s) laissée(s) de côté : IATI déclare les valeurs par"
        + " période, avec un début et une fin [iati.export.values-without-period]").doesNotContain("left out");
  }

  @Test
  void anOrganisationIdentifierOptionBecomesItsReference() {
    Run export = CliFixtures.runOnFiles("export-iati", "--organisation-identifier", "spf=FR-RCS-123456789",
        "--reporting-org", "spf", REAL_CASES);
    assertThat(export.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(export.out()).contains("<reporting-org ref=\"FR-RCS-123456789\"");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliFixtures.runOnFiles("export-iati").exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(CliFixtures.runOnFiles("check-iati").exitCode()).isEqualTo(PartnershipCli.USAGE);
    Run badIdentifier = CliFixtures.runOnFiles("export-iati", "--organisation-identifier", "spf=FR-RNA-W751000000",
        REAL_CASES);
    assertThat(badIdentifier.exitCode()).isEqualTo(PartnershipCli.USAGE);
    assertThat(badIdentifier.err()).contains("spf=FR-RNA-W751000000", "active registration agency");
    assertThat(CliFixtures.runOnFiles("export-iati", "--language", "french", REAL_CASES).exitCode())
        .isEqualTo(PartnershipCli.USAGE);
    assertThat(CliFixtures.runOnFiles("check-iati", "--profile", "caac", "x.xml").exitCode())
        .isEqualTo(PartnershipCli.USAGE);
  }

  @Test
  void aMissingFileIsUnreadable() {
    assertThat(CliFixtures.runOnFiles("export-iati", "no-such.json").exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    Run check = CliFixtures.runOnFiles("check-iati", "no-such.xml");
    assertThat(check.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(check.err()).contains("no-such.xml", "[iati.io]");
  }

  @Test
  void brokenFilesGiveTheirRulesIdsAndExit1() throws IOException {
    String example = Files.readString(IATI_EXAMPLE);
    Path noSector = broken(example, "no-sector.xml", "<sector vocabulary=\"1\" code=\"32161\" percentage=\"100\"/>", "",
        "<sector vocabulary=\"7\" code=\"2\" percentage=\"100\"/>", "");
    Path longBudget = broken(example, "long-budget.xml",
        "<period-end iso-date=\"2023-12-31\"/>", "<period-end iso-date=\"2024-06-30\"/>");
    Path badCode = broken(example, "bad-code.xml", "<activity-status code=\"4\"/>", "<activity-status code=\"9\"/>");

    Run check = CliFixtures.runOnFiles("check-iati", "--format", "json", IATI_EXAMPLE.toString(), noSector.toString(),
        longBudget.toString(), badCode.toString());
    assertThat(check.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    JsonNode report = PartnershipJson.mapper().readTree(check.out());
    assertThat(report.get("type").asString()).isEqualTo(IatiCommands.REPORT_TYPE);
    assertThat(rules(report.get("files").get(0))).isEmpty();
    assertThat(rules(report.get("files").get(1))).contains("6.2.2");
    assertThat(rules(report.get("files").get(2))).contains("7.5.3");
    assertThat(rules(report.get("files").get(3))).contains("iati.codelist");

    Run french = CliFixtures.runOnFiles("check-iati", "--lang", "fr", noSector.toString());
    assertThat(french.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(french.out()).contains("6.2.2", "erreurs : ");
  }

  private Path broken(String example, String name, String... replacements) throws IOException {
    String broken = example;
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(broken).contains(replacements[i]);
      broken = broken.replace(replacements[i], replacements[i + 1]);
    }
    return Files.writeString(folder.resolve(name), broken, StandardCharsets.UTF_8);
  }

  private static List<String> rules(JsonNode file) {
    List<String> rules = new ArrayList<>();
    file.get("findings").forEach(finding -> rules.add(finding.get("rule").asString()));
    return rules;
  }
}

package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/**
 * {@code check} end to end on files written by the JSON module: the real cases as one portfolio
 * and each kind of element as its own document, read with the checker's own loader.
 */
class FilesCheckTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"default", "caac", "explor"})
  void theRealCasesReadFromAFileGiveTheTableOfTheDocumentInMemory(String profile) {
    String file = write("real-cases.json", DocumentType.PORTFOLIO, RealCases.portfolio());
    String[] args = {"check", "--profile", profile, "--as-of", RealCases.asOf().toString(), file};
    Run fromFile = CliFixtures.runOnFiles(args);
    Run inMemory = CliFixtures.run(CliFixtures.loader(Map.of(file, RealCases.portfolio())), args);
    boolean errors = RulesEngine.of(Profiles.byName(profile).orElseThrow(), RealCases.clock())
        .evaluate(RealCases.portfolio()).hasErrors();
    assertThat(fromFile.exitCode()).isEqualTo(errors ? PartnershipCli.ERRORS : PartnershipCli.OK);
    assertThat(fromFile.err()).isEmpty();
    assertThat(fromFile.out()).isEqualTo(inMemory.out())
        .startsWith("Check with profile " + profile + ", as of " + RealCases.asOf() + NL + NL
            + file + " (portfolio)" + NL)
        .containsPattern("\\n {2}errors: \\d+, warnings: \\d+, information: \\d+\\R$");
  }

  @Test
  void eachDocumentTypeIsRecognisedFromItsEnvelope() {
    Portfolio cases = RealCases.portfolio();
    Map<String, String> files = Map.of(
        "portfolio", write("portfolio.json", DocumentType.PORTFOLIO, cases),
        "organisation", write("organisation.json", DocumentType.ORGANISATION, cases.organisations().get(0)),
        "programme", write("programme.json", DocumentType.PROGRAMME, cases.programmes().get(0)),
        "partnership", write("partnership.json", DocumentType.PARTNERSHIP, cases.partnerships().get(0)),
        "initiative", write("initiative.json", DocumentType.INITIATIVE, cases.initiatives().get(0)),
        "mission", write("mission.json", DocumentType.MISSION, cases.missions().get(0)),
        "assessment", write("assessment.json", DocumentType.ASSESSMENT, cases.assessments().get(0)),
        "agreement", write("agreement.json", DocumentType.AGREEMENT, cases.agreements().get(0)));
    assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(
        DocumentType.values().stream().map(DocumentType::name).toList());
    files.forEach((type, file) -> {
      Run run = CliFixtures.runOnFiles("check", "--as-of", RealCases.asOf().toString(), file);
      assertThat(run.err()).as(type).isEmpty();
      assertThat(run.exitCode()).as(type).isIn(PartnershipCli.OK, PartnershipCli.ERRORS);
      assertThat(run.out()).as(type).contains(NL + file + " (" + type + ")" + NL);
    });
  }

  @Test
  void theTypeAskedForIsTheOnlyOneRead() {
    String mission = write("mission.json", DocumentType.MISSION, RealCases.kpomasse());
    assertThat(CliFixtures.runOnFiles("check", "--type", "mission", mission).out())
        .contains(mission + " (mission)" + NL);
    Run run = CliFixtures.runOnFiles("check", "--type", "initiative", mission);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).startsWith(mission + ":2:12: json.document-type.mismatch at /type: ");
  }

  @Test
  void anUnknownEnvelopeTypeIsUnreadableAtTheType() {
    String file = writeText("project.json", "{\n  \"type\": \"project\",\n  \"schemaVersion\": \"1.0\",\n  \"data\": {}\n}\n");
    Run run = CliFixtures.runOnFiles("check", file);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).isEqualTo(file + ":2:11: json.document-type.mismatch at /type: Unknown document type "
        + "\"project\": expected one of portfolio, organisation, partnership, programme, initiative, mission, "
        + "assessment, agreement" + NL);
  }

  @Test
  void aFileWithThousandsOfViolationsListsTheFirstThousandThenHowManyMore() {
    Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of("hostile")).title("Hostile");
    for (int i = 0; i < 1_200; i++) {
      initiative.addParticipants(Participant.of(OrganisationId.of("unknown-" + i), ParticipantRole.ASSOCIATE));
    }
    String file = write("hostile.json", DocumentType.PORTFOLIO,
        Portfolio.builder().addInitiatives(initiative.build()).build());
    Run run = CliFixtures.runOnFiles("check", file);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    assertThat(run.out()).contains("… and 200 more violations, not listed");
    assertThat(run.out().lines().filter(line -> line.contains("portfolio.reference.unknown"))).hasSize(1_000);
  }

  @Test
  void anUnknownPropertyIsKeptUnlessStrict() {
    String file = writeText("colour.json", "{\"type\": \"organisation\", \"schemaVersion\": \"1.0\",\n"
        + " \"data\": {\"id\": \"gdcam\", \"name\": \"GDCAM\", \"colour\": \"green\"}}\n");
    Run kept = CliFixtures.runOnFiles("check", file);
    assertThat(kept.err()).isEmpty();
    assertThat(kept.out()).contains(file + " (organisation)" + NL + "  Organisation gdcam" + NL);
    Run strict = CliFixtures.runOnFiles("check", "--strict", file);
    assertThat(strict.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(strict.err()).startsWith(file + ":2:").contains(": json.property.unknown at /data/colour: ");
    assertThat(strict.err()).as("the column of the name \"colour\", not of its value")
        .startsWith(file + ":2:" + (" \"data\": {\"id\": \"gdcam\", \"name\": \"GDCAM\", ".length() + 1) + ":");
  }

  @Test
  void aFileThatIsNotThereIsSaidInTheUsersWordsNotAsAnException() {
    String missing = dir.resolve("missing.json").toString();
    Run run = CliFixtures.runOnFiles("check", missing);
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).isEqualTo("file not found: " + missing + NL).doesNotContain("Exception", "root");
    Run folder = CliFixtures.runOnFiles("check", "--lang", "fr", dir.toString());
    assertThat(folder.err()).isEqualTo("pas un fichier mais un dossier : " + dir + NL);
  }

  private <T> String write(String name, DocumentType<T> type, T value) {
    Path file = dir.resolve(name);
    JSON.indented().write(type, value, file);
    return file.toString();
  }

  private String writeText(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

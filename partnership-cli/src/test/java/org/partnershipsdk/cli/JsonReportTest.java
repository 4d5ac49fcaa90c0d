package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.JsonNode;

/** {@code check --format json}: the check-report document, and its JSON Schema. */
class JsonReportTest {
  private static final DocumentLoader DOCUMENTS = CliFixtures.loader(Map.of(
      "clean.json", CliFixtures.clean(),
      "defective.json", CliFixtures.defective(),
      "bad.json", CliFixtures.malformed()));

  @Test
  void theReportNamesItsTypeVersionProfileDayAndLanguageAndCountsBySeverity() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "--format", "json", "defective.json", "--as-of", "2023-01-20");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.ERRORS);
    JsonNode report = PartnershipJson.mapper().readTree(run.out());
    assertThat(report.get("type").asString()).isEqualTo("check-report");
    assertThat(report.get("schemaVersion").asString()).isEqualTo("1.1");
    assertThat(report.get("profile").asString()).isEqualTo("default");
    assertThat(report.get("byProgramme").asBoolean()).isTrue();
    assertThat(report.get("asOf").asString()).isEqualTo("2023-01-20");
    assertThat(report.get("lang").asString()).isEqualTo("en");
    assertThat(report.get("files")).hasSize(1);
    JsonNode file = report.get("files").get(0);
    assertThat(file.get("file").asString()).isEqualTo("defective.json");
    assertThat(file.get("status").asString()).isEqualTo("checked");
    assertThat(file.get("documentType").asString()).isEqualTo("portfolio");
    assertThat(file.get("counts").toString()).isEqualTo("{\"error\":3,\"warning\":6,\"info\":0}");
    assertThat(report.get("counts").toString()).isEqualTo("{\"error\":3,\"warning\":6,\"info\":0}");
    assertThat(report.get("findings")).hasSize(9);
  }

  @Test
  void eachFindingNamesItsFileSourceSeverityRuleSubjectPathAndMessage() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "--format=json", "defective.json", "--as-of", "2023-01-20");
    JsonNode first = PartnershipJson.mapper().readTree(run.out()).get("findings").get(0);
    assertThat(first.toString()).isEqualTo("{\"file\":\"defective.json\",\"source\":\"validation\",\"severity\":\"error\","
        + "\"rule\":\"mission.duration.mismatch\",\"subject\":{\"kind\":\"mission\",\"id\":\"explor-kpomasse\"},"
        + "\"path\":\"durationDays\","
        + "\"message\":\"The declared duration of 9 days differs from the 8 days of the mission's dates\"}");
    List<String> rules = new ArrayList<>();
    PartnershipJson.mapper().readTree(run.out()).get("findings").forEach(f -> rules.add(
        f.get("subject").get("id").asString() + " " + f.get("severity").asString() + " " + f.get("source").asString()
            + " " + f.get("rule").asString()));
    assertThat(rules).startsWith(
        "explor-kpomasse error validation mission.duration.mismatch",
        "explor-kpomasse warning rules mission.preparation.institutional-contact-missing");
    assertThat(rules).contains(
        "explor-moulenda error rules mission.parties.local-partner-missing",
        "explor-moulenda error validation portfolio.reference.unknown");
    JsonNode rule = PartnershipJson.mapper().readTree(run.out()).get("findings").get(1);
    assertThat(rule.get("source").asString()).isEqualTo("rules");
    assertThat(rule.get("profile").asString()).as("the profile that judged it, on rule findings only").isEqualTo("default");
    assertThat(first.has("profile")).isFalse();
  }

  /** A sub-element's stable reference travels with the finding, so that a program anchors it whatever its position. */
  @Test
  void aFindingOnASubElementWithAReferenceCarriesItInTheJsonAndTextReports() {
    VolunteerMission mission = RealCases.moulendaSecond();
    VolunteerMission notHandedOver = mission.withAchievements(mission.achievements().stream()
        .map(a -> a.ref().equals(Optional.of("sizing")) ? a.withHandedOver(false) : a).toList());
    DocumentLoader loader = CliFixtures.loader(Map.of("moulenda.json",
        RealCases.portfolio().withMissions(notHandedOver)));
    String[] check = {"check", "moulenda.json", "--as-of", RealCases.asOf().toString()};

    JsonNode report = PartnershipJson.mapper().readTree(CliFixtures.run(loader, append(check, "--format", "json")).out());
    List<String> refs = new ArrayList<>();
    report.get("findings").forEach(f -> refs.add(f.get("rule").asString() + " " + f.get("path").asString()
        + (f.has("ref") ? " " + f.get("ref").asString() : "")));
    assertThat(refs).contains("mission.return.deliverable-not-handed-over achievements[1] sizing");
    assertThat(CliFixtures.run(loader, check).out())
        .containsPattern("mission\\.return\\.deliverable-not-handed-over +achievements\\[1] #sizing +The deliverable");
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void messagesAreInTheLanguageAskedFor() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "--format", "json", "--lang", "fr", "defective.json");
    JsonNode report = PartnershipJson.mapper().readTree(run.out());
    assertThat(report.get("lang").asString()).isEqualTo("fr");
    assertThat(report.get("findings").get(0).get("message").asString())
        .isEqualTo("La durée déclarée de 9 jours diffère des 8 jours des dates de la mission");
    assertThat(report.get("findings").get(0).get("severity").asString()).isEqualTo("error");
  }

  @Test
  void anUnreadableFileIsInTheReportWithItsProblemsAndTheExitCodeIs2() {
    Run run = CliFixtures.run(DOCUMENTS, "check", "--format", "json", "clean.json", "bad.json");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
    assertThat(run.err()).contains("bad.json:3:17: json.malformed at /data/missions/0");
    JsonNode bad = PartnershipJson.mapper().readTree(run.out()).get("files").get(1);
    assertThat(bad.toString()).isEqualTo("{\"file\":\"bad.json\",\"status\":\"unreadable\",\"error\":{"
        + "\"code\":\"json.malformed\",\"problems\":[{\"code\":\"json.malformed\",\"pointer\":\"/data/missions/0\","
        + "\"line\":3,\"column\":17,\"message\":\"Malformed JSON\"}]}}");
  }

  @Test
  void theReportsSchemaIsPrintedAndRequiresWhatTheReportHolds() {
    Run schemaRun = CliFixtures.run("schema", "check-report");
    assertThat(schemaRun.exitCode()).isEqualTo(PartnershipCli.OK);
    JsonNode schema = PartnershipJson.mapper().readTree(schemaRun.out());
    assertThat(schema.get("properties").get("schemaVersion").get("pattern").asString()).isEqualTo("^1\\.[0-9]+$");
    JsonNode report = PartnershipJson.mapper().readTree(
        CliFixtures.run(DOCUMENTS, "check", "--format", "json", "defective.json", "bad.json").out());
    assertRequiredPresent(schema, report);
    assertRequiredPresent(schema.get("properties").get("findings").get("items"), report.get("findings").get(0));
    assertRequiredPresent(schema.get("properties").get("files").get("items"), report.get("files").get(1));
    JsonNode error = schema.get("properties").get("files").get("items").get("properties").get("error");
    assertRequiredPresent(error, report.get("files").get(1).get("error"));
    assertRequiredPresent(error.get("properties").get("problems").get("items"),
        report.get("files").get(1).get("error").get("problems").get(0));
    assertRequiredPresent(schema.get("$defs").get("counts"), report.get("counts"));
    // Every property the report writes is declared, so that the schema documents all of it.
    report.propertyNames().forEach(name -> assertThat(schema.get("properties").has(name)).as(name).isTrue());
    report.get("findings").get(0).propertyNames().forEach(name -> assertThat(
        schema.get("properties").get("findings").get("items").get("properties").has(name)).as(name).isTrue());
    report.get("files").get(0).propertyNames().forEach(name -> assertThat(
        schema.get("properties").get("files").get("items").get("properties").has(name)).as(name).isTrue());
  }

  private static void assertRequiredPresent(JsonNode schema, JsonNode value) {
    assertThat(schema.get("required")).isNotEmpty();
    schema.get("required").forEach(name -> assertThat(value.has(name.asString())).as(name.asString()).isTrue());
  }
}

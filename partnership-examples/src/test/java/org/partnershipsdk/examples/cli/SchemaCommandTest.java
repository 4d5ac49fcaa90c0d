package org.partnershipsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.examples.cli.CliFixtures.Run;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.JsonNode;

/** {@code schema}: the check report's schema, and each document type's from the schema source. */
class SchemaCommandTest {
  private static final String NL = System.lineSeparator();

  @Test
  void theCheckReportsSchemaIsShippedWithTheChecker() {
    Run run = CliFixtures.runOnFiles("schema", "check-report");
    assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
    assertThat(run.err()).isEmpty();
    JsonNode schema = PartnershipJson.mapper().readTree(run.out());
    assertThat(schema.get("$id").asString()).endsWith("/check-report.schema.json");
    assertThat(schema.get("properties").get("type").get("const").asString()).isEqualTo(JsonReport.TYPE);
  }

  @Test
  void everyDocumentTypeIsAskedOfTheSourceByNameAndPortfolioByDefault() {
    List<DocumentType<?>> asked = new ArrayList<>();
    SchemaSource source = type -> {
      asked.add(type);
      return Optional.of("{\"title\": \"" + type.name() + "\"}" + "\n");
    };
    PartnershipCli cli = new PartnershipCli(CliFixtures.CLOCK, CliFixtures.loader(Map.of()), source);
    for (DocumentType<?> type : DocumentType.values()) {
      Run run = CliFixtures.run(cli, "schema", type.name());
      assertThat(run.exitCode()).isEqualTo(PartnershipCli.OK);
      assertThat(run.out()).isEqualTo("{\"title\": \"" + type.name() + "\"}\n");
    }
    assertThat(CliFixtures.run(cli, "schema").out()).isEqualTo("{\"title\": \"portfolio\"}\n");
    assertThat(asked).containsSubsequence(DocumentType.values()).last().isEqualTo(DocumentType.PORTFOLIO);
  }

  @Test
  void aDocumentTypeWhoseSchemaThisBuildLacksExitsWith2() {
    for (DocumentType<?> type : DocumentType.values()) {
      Run run = CliFixtures.runOnFiles("schema", type.name());
      assertThat(run.exitCode()).isEqualTo(PartnershipCli.UNREADABLE);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("partnership-cli: The JSON Schema of the document type \"" + type.name()
          + "\" is not available in this build" + NL);
    }
    assertThat(CliFixtures.runOnFiles("schema", "--lang", "fr", "mission").err()).isEqualTo("partnership-cli : "
        + "Le schéma JSON du type de document « mission » n'est pas disponible dans cette version" + NL);
  }
}

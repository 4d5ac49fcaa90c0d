package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.cli.CliFixtures.Run;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.PartnershipSchemas;
import tools.jackson.databind.JsonNode;

/** {@code schema}: the check report's schema, shipped with the checker, and each document type's, from partnership-json. */
class SchemaCommandTest {
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
  void everyDocumentTypePrintsTheSchemaPartnershipJsonShipsAndPortfolioByDefault() {
    for (DocumentType<?> type : DocumentType.values()) {
      Run run = CliFixtures.runOnFiles("schema", type.name());
      assertThat(run.exitCode()).as(type.name()).isEqualTo(PartnershipCli.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo(PartnershipSchemas.schema(type));
      JsonNode schema = PartnershipJson.mapper().readTree(run.out());
      assertThat(schema.get("$id").asString()).isEqualTo(PartnershipSchemas.id(type).toString());
      assertThat(schema.get("$schema").asString()).isEqualTo(PartnershipSchemas.DIALECT);
    }
    assertThat(CliFixtures.runOnFiles("schema").out()).isEqualTo(PartnershipSchemas.schema(DocumentType.PORTFOLIO));
  }

  @Test
  void theDocumentTypeNamedIsTheOneAskedOfTheSource() {
    List<DocumentType<?>> asked = new ArrayList<>();
    SchemaSource source = type -> {
      asked.add(type);
      return "{\"title\": \"" + type.name() + "\"}\n";
    };
    PartnershipCli cli = new PartnershipCli(CliFixtures.CLOCK, CliFixtures.loader(Map.of()), source);
    for (DocumentType<?> type : DocumentType.values()) {
      assertThat(CliFixtures.run(cli, "schema", type.name()).out()).isEqualTo("{\"title\": \"" + type.name() + "\"}\n");
    }
    assertThat(asked).containsExactlyElementsOf(DocumentType.values());
  }
}

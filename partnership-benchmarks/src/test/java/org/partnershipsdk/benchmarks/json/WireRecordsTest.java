package org.partnershipsdk.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline is honest only if its records have the wire format's shape: what they read from the
 * SDK's JSON they write back as the same JSON, and the SDK reads that back as the same value.
 */
class WireRecordsTest {
  private final PartnershipJson json = PartnershipJson.create();
  private final JsonMapper mapper = JsonBaseline.mapper();

  @Test
  void theRecordsWriteBackTheInitiativeDocumentTheyRead() {
    Initiative initiative = RealCases.comasaguaMontauban();
    byte[] sdk = json.writeBytes(DocumentType.INITIATIVE, initiative);

    byte[] baseline = mapper.writeValueAsBytes(mapper.readValue(sdk, WireRecords.InitiativeDocument.class));

    assertThat(mapper.readTree(baseline)).isEqualTo(mapper.readTree(sdk));
    assertThat(json.read(DocumentType.INITIATIVE, baseline)).isEqualTo(initiative);
  }

  @Test
  void theRecordsWriteBackThePortfolioDocumentTheyRead() {
    Portfolio portfolio = Portfolios.withoutMissionsOrAssessments(300);
    byte[] sdk = json.writeBytes(DocumentType.PORTFOLIO, portfolio);

    WireRecords.PortfolioDocument read = mapper.readValue(sdk, WireRecords.PortfolioDocument.class);
    byte[] baseline = mapper.writeValueAsBytes(read);

    assertThat(read.data().initiatives()).hasSize(300);
    assertThat(mapper.readTree(baseline)).isEqualTo(mapper.readTree(sdk));
    assertThat(json.read(DocumentType.PORTFOLIO, baseline)).isEqualTo(portfolio);
  }
}

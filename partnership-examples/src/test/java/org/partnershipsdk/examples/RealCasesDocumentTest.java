package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;

/**
 * Keeps the shipped {@code examples/real-cases.json} equal to {@link RealCases#portfolio()}. After a
 * change to the real cases or to the JSON format, regenerate it with
 * {@code ./mvnw -B -pl partnership-examples test -Dtest=RealCasesDocumentTest -Dpartnership.updateDocs=true}
 * and commit the file.
 */
class RealCasesDocumentTest {
  private static final Path SHIPPED = Path.of("src", "main", "resources", "examples", ExampleDocuments.REAL_CASES);

  @Test
  void theShippedFileIsTheRealCasesAsTheSdkWritesThem() throws IOException {
    String written = PartnershipJson.create().indented().write(DocumentType.PORTFOLIO, RealCases.portfolio());
    if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(SHIPPED)) {
      Files.createDirectories(SHIPPED.getParent());
      Files.writeString(SHIPPED, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", SHIPPED)
        .isEqualTo(written);
  }

  @Test
  void theDocumentOnTheClasspathReadsBackEqualToTheRealCases() {
    assertThat(ExampleDocuments.realCases()).isEqualTo(RealCases.portfolio());
  }

  @Test
  void itHoldsEveryRealCase() {
    assertThat(ExampleDocuments.realCases().initiatives()).extracting(i -> i.id().toString()).containsExactly(
        "caac-comasagua-montauban", "caac-senegal-dried-fish", "caac-guinee-44-kindia", "ccfd-laos-jam");
  }
}

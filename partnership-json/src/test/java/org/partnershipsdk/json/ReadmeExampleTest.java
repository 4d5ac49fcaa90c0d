package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.RealCases;

/** The top-level README's "Read and write JSON" example, line for line. */
class ReadmeExampleTest {
  private final PartnershipJson json = PartnershipJson.create();
  private final Portfolio portfolio = RealCases.portfolio();

  @Test
  void aPortfolioWrittenReadsBackEqual() {
    String text = json.write(DocumentType.PORTFOLIO, portfolio);
    Portfolio back = json.read(DocumentType.PORTFOLIO, text);

    assertThat(back).isEqualTo(portfolio);
  }

  @Test
  void aStrictValidatingReadListsEveryProblemInFrench(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("initiative.json");
    String valid = json.write(DocumentType.INITIATIVE, portfolio.initiatives().get(0));
    Files.writeString(file, valid.replace("\"title\":", "\"colour\":\"blue\",\"title\":"));

    JsonReadException e = catchThrowableOfType(
        () -> json.strict().validating().read(DocumentType.INITIATIVE, file), JsonReadException.class);

    List<String> lines = new ArrayList<>();
    e.problems().forEach(p -> lines.add(p.pointer() + " " + p.code() + " " + p.message(Locale.FRENCH)));
    assertThat(lines).singleElement().asString().startsWith("/data/colour json.property.unknown ");
  }

  @Test
  void initiativesAreReadOneAtATime(@TempDir Path dir) {
    Path big = dir.resolve("big.json");
    json.write(DocumentType.PORTFOLIO, portfolio, big);

    List<Initiative> processed = new ArrayList<>();
    try (JsonItemReader<Initiative> initiatives = json.readItems(ItemList.PORTFOLIO_INITIATIVES, big)) {
      initiatives.forEachRemaining(processed::add);
    }

    assertThat(processed).isEqualTo(portfolio.initiatives());
  }

  @Test
  void theSchemaIsShippedAndARedactedCopyHidesPeople() {
    String schema = PartnershipSchemas.schema(DocumentType.PORTFOLIO);
    String shared = PartnershipJson.create().indented().redacting().write(DocumentType.PORTFOLIO, portfolio);

    assertThat(SchemaValidation.errors(schema, shared)).isEmpty();
    String volunteer = portfolio.missions().get(0).volunteers().get(0).name();
    assertThat(json.write(DocumentType.PORTFOLIO, portfolio)).contains(volunteer);
    assertThat(shared).doesNotContain(volunteer).contains(RedactingWriter.MASK);
  }

  /**
   * What the README says of a redacted copy: it validates against the schema and reads back, but a
   * validating read reports the personal attributes a complete value needs and the redaction left
   * out, such as a programme officer's focus.
   */
  @Test
  void aRedactedCopyReadsBackButAValidatingReadReportsWhatWasLeftOut() {
    String shared = PartnershipJson.create().redacting().write(DocumentType.PORTFOLIO, portfolio);

    Portfolio back = json.read(DocumentType.PORTFOLIO, shared);
    assertThat(back.partnerships()).hasSameSizeAs(portfolio.partnerships());
    JsonReadException e = catchThrowableOfType(
        () -> json.validating().read(DocumentType.PORTFOLIO, shared), JsonReadException.class);
    assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.code()).isEqualTo("value.required");
      assertThat(problem.pointer()).matches("/data/partnerships/\\d+/programmeOfficer/focus");
    });
  }
}

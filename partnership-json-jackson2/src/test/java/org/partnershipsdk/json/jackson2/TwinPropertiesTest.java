package org.partnershipsdk.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.Seeds;

/**
 * Properties over the testkit's generated values, one per seed: Jackson 2 with the module and
 * partnership-json write the same bytes (compact and indented, documents and bare values), and read
 * back equal values; and every truncation of a document is refused by both with the same problems.
 */
class TwinPropertiesTest {
  private static final ObjectMapper MAPPER = GoldenFilesJackson2Test.MAPPER;
  private static final PartnershipJson JSON = PartnershipJson.create();

  @TestFactory
  Stream<DynamicTest> generatedPortfoliosAreWrittenAndReadAlikeByBothJacksons() {
    return Seeds.list(60).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () ->
        sameBytesAndRoundTrip(DocumentType.PORTFOLIO, Generators.portfolios().generate(GenContext.of(seed)))));
  }

  @TestFactory
  Stream<DynamicTest> generatedValuesOfEveryDocumentTypeAreWrittenAndReadAlike() {
    return Seeds.list().stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      sameBytesAndRoundTrip(DocumentType.INITIATIVE, Generators.initiatives().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.MISSION, Generators.missions().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.ORGANISATION, Generators.organisations().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.PARTNERSHIP, Generators.partnerships().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.PROGRAMME, Generators.programmes().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.ASSESSMENT, Generators.reciprocityAssessments().generate(GenContext.of(seed)));
      sameBytesAndRoundTrip(DocumentType.AGREEMENT, Generators.agreements().generate(GenContext.of(seed)));
    }));
  }

  /** Cut anywhere, a document is refused by Jackson 2 with the module exactly as partnership-json refuses it. */
  @TestFactory
  Stream<DynamicTest> everyTruncationIsRefusedWithTheSameProblems() throws Exception {
    Path golden = GoldenFilesJackson2Test.GOLDEN;
    List<String> documents = List.of(Files.readString(golden.resolve("initiative.json"), StandardCharsets.UTF_8),
        Files.readString(golden.resolve("agreement.json"), StandardCharsets.UTF_8),
        JSON.write(DocumentType.MISSION, Generators.missions().generate(GenContext.of(7))));
    return Seeds.list(300).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      String document = documents.get(Math.floorMod(seed, documents.size()));
      int cut = 1 + Math.floorMod(seed * 31, document.length() - 1);
      DocumentType<?> type = GoldenFilesJackson2Test.named(MAPPER.readTree(document).get("type").asText());
      String truncated = document.substring(0, cut);

      JsonReadException reference = GoldenFilesJackson2Test.catchReadException(() -> JSON.read(type, truncated));
      Throwable thrown = catchThrowable(() -> MAPPER.readValue(truncated, GoldenFilesJackson2Test.documentOf(MAPPER, type)));

      assertThat(thrown).as("cut at %d", cut).isInstanceOf(PartnershipJsonMappingException.class);
      assertThat(((PartnershipJsonMappingException) thrown).problems()).as("cut at %d", cut)
          .isEqualTo(reference.problems());
    }));
  }

  private static <T> void sameBytesAndRoundTrip(DocumentType<T> type, T value) throws Exception {
    JsonDocument<T> document = JsonDocument.of(type, value);
    String compact = MAPPER.writeValueAsString(document);
    String indented = MAPPER.writer(PartnershipJackson2Module.prettyPrinter()).writeValueAsString(document);

    assertThat(compact).isEqualTo(JSON.write(type, value));
    assertThat(indented).isEqualTo(JSON.indented().write(type, value));
    assertThat(MAPPER.writeValueAsBytes(value)).isEqualTo(PartnershipJson.mapper().writeValueAsBytes(value));
    JsonDocument<?> fromCompact = MAPPER.readValue(compact, GoldenFilesJackson2Test.documentOf(MAPPER, type));
    JsonDocument<?> fromIndentedBytes = MAPPER.readValue(indented.getBytes(StandardCharsets.UTF_8),
        GoldenFilesJackson2Test.documentOf(MAPPER, type));
    assertThat(fromCompact).isEqualTo(document);
    assertThat(fromIndentedBytes).isEqualTo(document);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(value), type.modelType())).isEqualTo(value);
  }
}

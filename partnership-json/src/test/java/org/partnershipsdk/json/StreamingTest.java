package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.Seeds;

/**
 * A portfolio's lists read and written one item at a time: the same values and bytes as whole
 * reads and writes, the same hardening and errors, in bounded memory.
 */
class StreamingTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final List<ItemList<Portfolio, ?>> LISTS = List.of(ItemList.PORTFOLIO_ORGANISATIONS,
      ItemList.PORTFOLIO_PROGRAMMES, ItemList.PORTFOLIO_PARTNERSHIPS, ItemList.PORTFOLIO_INITIATIVES,
      ItemList.PORTFOLIO_MISSIONS, ItemList.PORTFOLIO_ASSESSMENTS);
  private static final String HEAD =
      "{\"type\":\"portfolio\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":{";

  @TempDir
  Path directory;

  @TestFactory
  Stream<DynamicTest> streamedReadsGiveTheItemsOfTheWholeRead() {
    return Seeds.list(40).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      GenContext context = GenContext.of(seed, 4);
      Portfolio portfolio = Generators.portfolios().generate(context);
      PartnershipJson json = context.chance(0.5) ? JSON.indented() : JSON;
      byte[] document = json.writeBytes(DocumentType.PORTFOLIO, portfolio);
      for (ItemList<Portfolio, ?> list : LISTS) {
        assertThat(readAll(JSON.strict().validating(), list, document, context.intBetween(0, 2)))
            .as(list.toString()).isEqualTo(list.items(portfolio));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> streamedWritesGiveTheBytesOfTheWholeWrite() {
    return Seeds.list(40).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      GenContext context = GenContext.of(seed, 4);
      Portfolio portfolio = withUnknownProperties(Generators.portfolios().generate(context), context);
      PartnershipJson json = context.chance(0.5) ? JSON.indented() : JSON;
      byte[] whole = json.writeBytes(DocumentType.PORTFOLIO, portfolio);
      for (ItemList<Portfolio, ?> list : LISTS) {
        assertThat(writeStreamed(json, list, portfolio, context)).as(list.toString()).isEqualTo(whole);
      }
      assertThat(JSON.read(DocumentType.PORTFOLIO, whole)).isEqualTo(portfolio);
    }));
  }

  @Test
  void anEmptyListIsOmittedAsInAWholeWrite() throws IOException {
    Portfolio portfolio = Generators.portfolios().generate(GenContext.of(7, 2)).withInitiatives(List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonItemWriter<Initiative> writer = JSON.writeItems(ItemList.PORTFOLIO_INITIATIVES, portfolio, out)) {
      assertThat(writer.count()).isZero();
    }
    assertThat(out.toByteArray()).isEqualTo(JSON.writeBytes(DocumentType.PORTFOLIO, portfolio));
    try (JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void aStreamGivesTheItemsAndClosingItClosesTheReadersSourceOnlyWhenTheReaderOpenedIt() throws IOException {
    Portfolio portfolio = portfolioWithInitiatives(5);
    byte[] document = JSON.writeBytes(DocumentType.PORTFOLIO, portfolio);
    Path file = directory.resolve("portfolio.json");
    Files.write(file, document);
    try (Stream<Initiative> initiatives = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, file).stream()) {
      assertThat(initiatives.map(Initiative::id)).containsExactlyElementsOf(
          portfolio.initiatives().stream().map(Initiative::id).toList());
    }
    ClosingProbe probe = new ClosingProbe(new ByteArrayInputStream(document));
    JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, probe);
    reader.next();
    assertThat(reader.count()).isEqualTo(1);
    reader.close();
    assertThat(probe.closed).isFalse();
    assertThat(reader.hasNext()).isFalse();
  }

  @Test
  void theEnvelopeIsCheckedWhenTheReaderOpens() {
    String items = "\"initiatives\":[{\"id\":\"i-1\"}]}";
    assertFailsOnOpen("{\"schemaVersion\":\"1.0\",\"data\":{" + items + ",\"type\":\"portfolio\"}",
        "json.property.missing", "/type");
    assertFailsOnOpen("{\"type\":\"portfolio\",\"data\":{" + items + ",\"schemaVersion\":\"1.0\"}",
        "json.property.missing", "/schemaVersion");
    assertFailsOnOpen("{\"type\":\"initiative\",\"schemaVersion\":\"1.0\",\"data\":{" + items + "}",
        "json.document-type.mismatch", "/type");
    assertFailsOnOpen("{\"type\":\"portfolio\",\"schemaVersion\":\"2.0\",\"data\":{" + items + "}",
        "json.schema-version.unsupported", "/schemaVersion");
    assertFailsOnOpen(HEAD + "\"initiatives\":{}}}", "json.type-mismatch", "/data/initiatives");
    assertFailsOnOpen("{\"type\":\"portfolio\",\"schemaVersion\":\"1.0\",\"data\":[]}", "json.type-mismatch", "/data");
    assertFailsOnOpen("", "json.malformed", "");
    assertFailsOnOpen("{\"type\":\"portfolio\",\"schemaVersion\":\"1.0\"}", "json.property.missing", "/data");
    assertThatThrownBy(() -> JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, directory.resolve("missing.json")))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.io"));
  }

  @Test
  void aFailureInAnItemPointsIntoTheDocumentAndIsThrownAgain() {
    String document = HEAD + "\"initiatives\":[{\"id\":\"i-1\"},{\"id\":\"i-2\",\"title\":7}]}}";
    JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, new StringReader(document));
    assertThat(reader.next().id()).isEqualTo(InitiativeId.of("i-1"));
    JsonReadException failure = catchRead(reader::hasNext);
    assertThat(failure.code()).isEqualTo("json.type-mismatch");
    assertThat(failure.pointer()).isEqualTo("/data/initiatives/1/title");
    assertThat(failure.line()).isEqualTo(1);
    assertThat(document.substring(failure.column() - 1)).startsWith("7");
    assertThat(catchRead(reader::next)).isSameAs(failure);
    reader.close();
  }

  @Test
  void theRestOfTheDocumentIsCheckedWhenTheListEnds() {
    String items = "\"initiatives\":[{\"id\":\"i-1\"}]";
    assertFailsAtEnd(HEAD + items + "}} {}", "json.trailing-tokens", "");
    assertFailsAtEnd(HEAD + items + ",\"missions\":[{\"id\":\"m\",\"id\":\"n\"}]}}", "json.duplicate-key",
        "/data/missions/0/id");
    assertFailsAtEnd(HEAD + items + ",\"missions\":[1,]}}", "json.malformed", "/data/missions/1");
    assertFailsAtEnd(HEAD + items + "}", "json.malformed", "/data");
    assertThat(readAll(JSON, ItemList.PORTFOLIO_INITIATIVES, (HEAD + "\"missions\":[{\"x\":1}]," + items
        + ",\"future\":{\"a\":[1,2.50e3]}},\"generator\":\"other\"}").getBytes(StandardCharsets.UTF_8), 0))
        .extracting(Initiative::id).containsExactly(InitiativeId.of("i-1"));
  }

  @Test
  void theStrictReaderRejectsUnknownPropertiesAsTheyAreMet() {
    PartnershipJson strict = JSON.strict();
    String items = "\"initiatives\":[{\"id\":\"i-1\"},{\"id\":\"i-2\",\"future\":true}]";
    JsonItemReader<Initiative> reader = strict.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(HEAD + items + "}}"));
    assertThat(reader.next().id()).isEqualTo(InitiativeId.of("i-1"));
    JsonReadException failure = catchRead(reader::next);
    assertThat(failure.code()).isEqualTo("json.property.unknown");
    assertThat(failure.problems()).extracting(JsonProblem::pointer).containsExactly("/data/initiatives/1/future");
    assertThatThrownBy(() -> strict.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(HEAD + "\"x-note\":1," + items + "}}")))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.pointer()).isEqualTo("/data/x-note"));
    try (JsonItemReader<Initiative> lenient = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(HEAD + items + "}}"))) {
      lenient.next();
      assertThat(lenient.next().unknownProperties()).containsEntry("future", "true");
    }
  }

  @Test
  void theValidatingReaderValidatesEachItemWithItsPointer() {
    String document = HEAD + "\"initiatives\":[{\"id\":\"i-1\",\"title\":\"Paniers paysans\"},{\"id\":\"i-2\"}]}}";
    JsonItemReader<Initiative> reader = JSON.validating().readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(document));
    assertThat(reader.next().title()).isEqualTo("Paniers paysans");
    JsonReadException failure = catchRead(reader::next);
    assertThat(failure.code()).isEqualTo("json.validation.failed");
    assertThat(failure.problems()).extracting(p -> p.code() + "@" + p.pointer())
        .containsExactly("value.blank@/data/initiatives/1/title");
  }

  @Test
  void theLimitsHoldForEachItemButTheDocumentMayBeLongerThan64MiB() {
    String deep = HEAD + "\"initiatives\":[{\"id\":\"i\",\"x\":" + "[".repeat(70) + "]".repeat(70) + "}]}}";
    assertFailsAtFirst(deep, "json.limit.exceeded", "maxNestingDepth");
    String longString = HEAD + "\"initiatives\":[{\"id\":\"i\",\"title\":\"" + "a".repeat(1_000_001) + "\"}]}}";
    assertFailsAtFirst(longString, "json.limit.exceeded", "maxStringLength");

    // About 70 MiB of initiatives, produced as they are read: never held in memory.
    String item = "{\"id\":\"i\",\"title\":\"" + "t".repeat(900_000) + "\"}";
    int count = 80;
    try (JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES,
        repeated(HEAD + "\"initiatives\":[", item, count, "]}}"))) {
      long read = 0;
      while (reader.hasNext()) {
        assertThat(reader.next().title()).hasSize(900_000);
        read++;
      }
      assertThat(read).isEqualTo(count);
    }
    assertThatThrownBy(() -> JSON.read(DocumentType.PORTFOLIO, repeated(HEAD + "\"initiatives\":[", item, count, "]}}")))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.getMessage()).contains("maxDocumentLength"));
  }

  @Test
  void theWriterRefusesItemsOnceClosedAndNullItems() {
    StringWriter out = new StringWriter();
    JsonItemWriter<Initiative> writer = JSON.writeItems(ItemList.PORTFOLIO_INITIATIVES, Portfolio.empty(), out);
    assertThatThrownBy(() -> writer.write(null)).isInstanceOf(IncompleteValueException.class);
    writer.write(Initiative.builder().id(InitiativeId.of("i-1")).build());
    writer.close();
    writer.close();
    assertThat(out.toString()).isEqualTo(HEAD + "\"initiatives\":[{\"id\":\"i-1\",\"title\":\"\","
        + "\"designMode\":\"partner-alone\",\"territoryToTerritory\":false,\"beneficiaries\":{},\"period\":{},"
        + "\"cycle\":{},\"resultsFramework\":{}}]}}");
    assertThatThrownBy(() -> writer.write(Initiative.builder().id(InitiativeId.of("i-2")).build()))
        .isInstanceOfSatisfying(JsonWriteException.class, e -> assertThat(e.code()).isEqualTo("json.writer.closed"));
    assertThatThrownBy(() -> JSON.writeItems(ItemList.PORTFOLIO_INITIATIVES, null, out))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> JSON.writeItems(null, Portfolio.empty(), out)).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> JSON.readItems(null, new StringReader("{}"))).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, (Path) null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aFailingTargetIsAWriteFailure() {
    java.io.OutputStream failing = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> {
      try (JsonItemWriter<Initiative> writer = JSON.writeItems(ItemList.PORTFOLIO_INITIATIVES,
          portfolioWithInitiatives(3), failing)) {
        writer.count();
      }
    }).isInstanceOfSatisfying(JsonWriteException.class, e -> {
      assertThat(e.code()).isEqualTo("json.write.failed");
      assertThat(e.getMessage()).contains("disk full");
    });
  }

  private static Portfolio portfolioWithInitiatives(int count) {
    return Seeds.list(200).stream().map(seed -> Generators.portfolios().generate(GenContext.of(seed, 6)))
        .filter(p -> p.initiatives().size() >= count).findFirst().orElseThrow();
  }

  /** @return the portfolio with unknown properties on itself and on its first initiative, as a newer version writes */
  private static Portfolio withUnknownProperties(Portfolio portfolio, GenContext context) {
    Portfolio extended = portfolio.withUnknownProperties(WireGenerators.unknownProperties(context, Set.of()));
    if (portfolio.initiatives().isEmpty()) {
      return extended;
    }
    List<Initiative> initiatives = new ArrayList<>(portfolio.initiatives());
    initiatives.set(0, initiatives.get(0).withUnknownProperties(Map.of("future", "{\"a\":2.50e3}")));
    return extended.withInitiatives(initiatives);
  }

  private static <T> byte[] writeStreamed(PartnershipJson json, ItemList<Portfolio, T> list, Portfolio portfolio,
      GenContext context) throws IOException {
    List<T> items = list.items(portfolio);
    int given = context.intBetween(0, items.size());
    Portfolio others = list.withoutItems(portfolio);
    Portfolio start = given == 0 ? others : withItems(list, others, items.subList(0, given));
    switch (context.intBetween(0, 2)) {
      case 0 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonItemWriter<T> writer = json.writeItems(list, start, out)) {
          items.subList(given, items.size()).forEach(writer::write);
          assertThat(writer.count()).isEqualTo(items.size());
        }
        return out.toByteArray();
      }
      case 1 -> {
        StringWriter out = new StringWriter();
        try (JsonItemWriter<T> writer = json.writeItems(list, start, out)) {
          writer.writeAll(items.subList(given, items.size()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        Path file = Files.createTempFile("streamed", ".json");
        try (JsonItemWriter<T> writer = json.writeItems(list, start, file)) {
          writer.writeAll(items.subList(given, items.size()));
        }
        byte[] written = Files.readAllBytes(file);
        Files.delete(file);
        return written;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Portfolio withItems(ItemList<Portfolio, T> list, Portfolio portfolio, List<T> items) {
    return switch (list.property()) {
      case "organisations" -> portfolio.withOrganisations((List<org.partnershipsdk.core.organisation.Organisation>) items);
      case "programmes" -> portfolio.withProgrammes((List<org.partnershipsdk.core.programme.Programme>) items);
      case "partnerships" -> portfolio.withPartnerships((List<org.partnershipsdk.core.partnership.Partnership>) items);
      case "initiatives" -> portfolio.withInitiatives((List<Initiative>) items);
      case "missions" -> portfolio.withMissions((List<org.partnershipsdk.core.mission.VolunteerMission>) items);
      default -> portfolio.withAssessments((List<org.partnershipsdk.core.reciprocity.ReciprocityAssessment>) items);
    };
  }

  private static <T> List<T> readAll(PartnershipJson json, ItemList<Portfolio, T> list, byte[] document, int source) {
    List<T> items = new ArrayList<>();
    try (JsonItemReader<T> reader = switch (source) {
      case 0 -> json.readItems(list, new ByteArrayInputStream(document));
      case 1 -> json.readItems(list, new StringReader(new String(document, StandardCharsets.UTF_8)));
      default -> json.readItems(list, write(document));
    }) {
      reader.forEachRemaining(items::add);
      assertThat(reader.count()).isEqualTo(items.size());
    }
    return items;
  }

  private static Path write(byte[] document) {
    try {
      Path file = Files.createTempFile("portfolio", ".json");
      file.toFile().deleteOnExit();
      return Files.write(file, document);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertFailsOnOpen(String document, String code, String pointer) {
    assertThatThrownBy(() -> JSON.readItems(ItemList.PORTFOLIO_INITIATIVES, new StringReader(document)))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.pointer()).isEqualTo(pointer);
        });
  }

  private static void assertFailsAtEnd(String document, String code, String pointer) {
    try (JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(document))) {
      assertThat(reader.next().id()).isEqualTo(InitiativeId.of("i-1"));
      JsonReadException failure = catchRead(reader::hasNext);
      assertThat(failure.code()).as(document).isEqualTo(code);
      assertThat(failure.pointer()).as(document).isEqualTo(pointer);
    }
  }

  private static void assertFailsAtFirst(String document, String code, String limit) {
    try (JsonItemReader<Initiative> reader = JSON.readItems(ItemList.PORTFOLIO_INITIATIVES,
        new StringReader(document))) {
      JsonReadException failure = catchRead(reader::hasNext);
      assertThat(failure.code()).isEqualTo(code);
      assertThat(failure.getMessage()).contains(limit);
    }
  }

  private static JsonReadException catchRead(Runnable read) {
    try {
      read.run();
    } catch (JsonReadException e) {
      return e;
    }
    throw new AssertionError("Expected a JsonReadException");
  }

  private static JsonReadException catchRead(java.util.function.BooleanSupplier read) {
    return catchRead((Runnable) read::getAsBoolean);
  }

  /** @return a stream of the head, the item {@code count} times separated by commas, and the tail, made as it is read */
  private static InputStream repeated(String head, String item, int count, String tail) {
    return new SequenceInputStream(new Enumeration<>() {
      // 0: the head; odd: an item; even: a comma; 2 * count: the tail.
      private int index;

      @Override
      public boolean hasMoreElements() {
        return index <= 2 * count;
      }

      @Override
      public InputStream nextElement() {
        int at = index++;
        String part = at == 0 ? head : at == 2 * count ? tail : at % 2 == 1 ? item : ",";
        return new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** Records whether the reader closed the caller's stream. */
  private static final class ClosingProbe extends FilterInputStream {
    boolean closed;

    ClosingProbe(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}

package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.testkit.RealCases;

/**
 * The golden files of {@code src/test/resources/golden}, shared with applications in other
 * languages:
 * <ul>
 *   <li>good documents: the real cases of the seed texts (the portfolio of {@link RealCases} and one
 *       document of each type), a draft, a document with properties the SDK does not know, and the
 *       portfolio redacted. Each is read then written back byte for byte (indented), and is valid
 *       against its schema. The generated ones are regenerated with
 *       {@code -Dpartnership.updateDocs=true};
 *   <li>bad documents, {@code fail_*.json}, each with a {@code fail_*.expected} beside it: the
 *       document type it is read as, the reader ({@code default}, {@code strict} or
 *       {@code validating}), the {@link JsonReadException} code and JSON Pointer reading it must give,
 *       for a limit its name ({@code limit}), where the line and column matter to find the fault
 *       ({@code line}, {@code column}), and whether the schema rejects it too ({@code rejects}), accepts it ({@code accepts}: the
 *       failure is beyond what a JSON Schema says, such as a day that does not exist) or cannot tell
 *       ({@code not-json}).
 * </ul>
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  /** Where the golden files of earlier schema versions are kept as they were written, to show they still read. */
  static final List<Path> EARLIER_VERSIONS = List.of(GOLDEN.resolve("v1.0"), GOLDEN.resolve("v1.1"));
  private static final boolean UPDATE = Boolean.getBoolean("partnership.updateDocs");
  private static final PartnershipJson JSON = PartnershipJson.create().indented();

  /**
   * A golden file written from a value.
   *
   * @param file its path under the golden folder
   * @param type its document type
   * @param value the value it holds
   * @param redacted whether it is written redacted
   * @param <T> the model type
   */
  record Generated<T>(String file, DocumentType<T> type, T value, boolean redacted) {
    String write() {
      return redacted ? JSON.redacting().write(type, value) : JSON.write(type, value);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  static final List<Generated<?>> GENERATED = List.of(
      new Generated<>("portfolio.json", DocumentType.PORTFOLIO, RealCases.portfolio(), false),
      new Generated<>("organisation.json", DocumentType.ORGANISATION,
          RealCases.organisation(OrganisationId.of("cripadd")).orElseThrow(), false),
      new Generated<>("partnership.json", DocumentType.PARTNERSHIP, RealCases.spf82CanastaCampesina(), false),
      new Generated<>("programme.json", DocumentType.PROGRAMME, RealCases.caac(), false),
      new Generated<>("initiative.json", DocumentType.INITIATIVE, RealCases.comasaguaMontauban(), false),
      new Generated<>("mission.json", DocumentType.MISSION, RealCases.moulenda(), false),
      new Generated<>("assessment.json", DocumentType.ASSESSMENT, RealCases.comasaguaFirstAssessment(), false),
      new Generated<>("agreement.json", DocumentType.AGREEMENT, RealCases.comasaguaAgreement(), false),
      new Generated<>("initiative-draft.json", DocumentType.INITIATIVE,
          Initiative.builder().id(InitiativeId.of("draft-1")).build(), false),
      new Generated<>("programme-cycle.json", DocumentType.PROGRAMME, CycleDocuments.funderProgramme(), false),
      new Generated<>("initiative-reopened.json", DocumentType.INITIATIVE, CycleDocuments.reopenedInitiative(), false),
      new Generated<>("relation-ended.json", DocumentType.PORTFOLIO, RelationDocuments.endedRelation(), false),
      new Generated<>("redacted/portfolio.json", DocumentType.PORTFOLIO, RealCases.portfolio(), true));

  @ParameterizedTest
  @FieldSource("GENERATED")
  void theGeneratedGoldenFilesAreUpToDate(Generated<?> golden) throws IOException {
    String written = golden.write();
    Path file = GOLDEN.resolve(golden.file());
    boolean missing = !Files.exists(file);
    if (UPDATE || missing) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(missing && !UPDATE).as("%s was missing: it is written now, commit it", file).isFalse();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it with -Dpartnership.updateDocs=true", file)
        .isEqualTo(written);
    if (!golden.redacted()) {
      assertThat(JSON.read(golden.type(), file)).isEqualTo(golden.value());
    }
  }

  /** @return the good files of this version, those of earlier versions left out */
  static Stream<Path> goodFiles() throws IOException {
    return allGoodFiles().filter(f -> !isEarlier(f));
  }

  /** @return the good files written by earlier minor versions (1.0, 1.1), kept as they were written */
  static Stream<Path> earlierGoodFiles() throws IOException {
    return allGoodFiles().filter(GoldenFilesTest::isEarlier);
  }

  private static boolean isEarlier(Path file) {
    return EARLIER_VERSIONS.stream().anyMatch(file::startsWith);
  }

  /** @return the schema version of a file kept under an earlier version's folder, such as {@code 1.0} */
  private static String versionOf(Path file) {
    return EARLIER_VERSIONS.stream().filter(file::startsWith).findFirst().orElseThrow()
        .getFileName().toString().substring(1);
  }

  private static Stream<Path> allGoodFiles() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith("fail_"))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void aGoodFileReadThenWrittenBackIsByteIdentical(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    DocumentType<?> type = typeOf(bytes);
    assertThat(rewrite(type, bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The compatibility rule: a document of an earlier minor version reads with every reader, the
   * strict one included (each of its properties is still known), and is written back unchanged but
   * for its schema version.
   */
  @ParameterizedTest
  @MethodSource("earlierGoodFiles")
  void aDocumentOfAnEarlierMinorVersionReadsStrictlyAndIsWrittenBackUnchangedButForItsVersion(Path file)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    DocumentType<?> type = typeOf(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String version = "\"schemaVersion\" : \"" + versionOf(file) + "\"";
    assertThat(text).contains(version);
    assertThat(PartnershipJson.create().strict().read(type, bytes)).isNotNull();
    assertThat(rewrite(type, bytes)).isEqualTo(text.replace(version,
        "\"schemaVersion\" : \"" + PartnershipJson.SCHEMA_VERSION + "\""));
  }

  @Test
  void theDocumentsOfEarlierVersionsHoldEveryDocumentTypeTheyHad() throws IOException {
    for (Path folder : EARLIER_VERSIONS) {
      assertThat(earlierGoodFiles().filter(f -> f.startsWith(folder)).map(f -> f.getFileName().toString()))
          .as("%s", folder)
          .contains("portfolio.json", "initiative.json", "organisation.json", "mission.json", "assessment.json");
    }
    assertThat(earlierGoodFiles().filter(f -> f.startsWith(GOLDEN.resolve("v1.1"))).map(f -> f.getFileName().toString()))
        .contains("agreement.json");
  }

  @ParameterizedTest
  @MethodSource("allGoodFiles")
  void aGoodFileIsValidAgainstItsSchema(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(SchemaValidation.errors(typeOf(text.getBytes(StandardCharsets.UTF_8)), text)).isEmpty();
  }

  @Test
  void theGoldenFilesHoldEveryDocumentType() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path file : goodFiles().toList()) {
      names.add(typeOf(Files.readAllBytes(file)).name());
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(Documents.ALL.stream().map(DocumentType::name).toList());
  }

  /**
   * A bad golden file and what reading it must give.
   *
   * @param file the document
   * @param type the document type it is read as
   * @param reader {@code default}, {@code strict} or {@code validating}
   * @param code the expected code
   * @param pointer the expected JSON Pointer
   * @param limit the name of the stream-read limit exceeded, or empty
   * @param line the expected line, or 0 when the file does not say
   * @param column the expected column, or 0 when the file does not say
   * @param schema {@code rejects}, {@code accepts} or {@code not-json}
   */
  record Failure(Path file, DocumentType<?> type, String reader, String code, String pointer, String limit, int line,
      int column, String schema) {
    @Override
    public String toString() {
      return file.getFileName() + " -> " + code + " at '" + pointer + "'";
    }
  }

  static Stream<Failure> failures() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(f -> f.getFileName().toString().matches("fail_.*\\.json")).sorted().map(f -> {
        Properties expected = new Properties();
        Path sidecar = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.json$", ".expected"));
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
          expected.load(in);
        } catch (IOException e) {
          throw new IllegalStateException("No readable " + sidecar, e);
        }
        return new Failure(f, Documents.named(expected.getProperty("document")),
            expected.getProperty("reader", "default"), expected.getProperty("code"),
            expected.getProperty("pointer", ""), expected.getProperty("limit", ""),
            Integer.parseInt(expected.getProperty("line", "0")), Integer.parseInt(expected.getProperty("column", "0")),
            expected.getProperty("schema"));
      }).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("failures")
  void readingAFailFileThrowsItsCodeAtItsPointer(Failure failure) {
    PartnershipJson reader = switch (failure.reader()) {
      case "default" -> PartnershipJson.create();
      case "strict" -> PartnershipJson.create().strict();
      case "validating" -> PartnershipJson.create().validating();
      default -> throw new IllegalArgumentException("No reader " + failure.reader());
    };
    JsonReadException thrown = catchThrowableOfType(JsonReadException.class,
        () -> reader.read(failure.type(), failure.file()));
    assertThat(thrown).as("reading %s", failure.file()).isNotNull();
    assertThat(thrown.code()).isEqualTo(failure.code());
    assertThat(thrown.pointer()).isEqualTo(failure.pointer());
    if (!failure.code().equals(JsonReadException.VALIDATION_FAILED)) {
      assertThat(thrown.line()).as("line").isPositive();
    }
    if (failure.line() > 0) {
      assertThat(thrown.line()).as("line").isEqualTo(failure.line());
      assertThat(thrown.column()).as("column").isEqualTo(failure.column());
    }
    if (failure.code().equals(JsonReadException.LIMIT_EXCEEDED)) {
      assertThat(failure.limit()).as("the limit's name in %s", failure.file()).isNotEmpty();
      assertThat(thrown.getMessage()).contains(failure.limit());
    }
  }

  @Test
  void theWireFormatDocListsEveryFailFileWithItsCode() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "wire-format.md"), StandardCharsets.UTF_8);
    failures().forEach(f -> assertThat(doc).as("docs/wire-format.md, table of golden files")
        .contains("| `" + f.file().getFileName() + "` | " + f.type().name() + " | " + f.reader() + " | `" + f.code() + "`"));
  }

  /** Each stream-read limit a file can exceed has its fail file; the document-wide two are in HardenedReaderTest. */
  @Test
  void theFailFilesCoverEveryLimitOnValues() throws IOException {
    Set<String> limits = new TreeSet<>();
    failures().forEach(f -> limits.add(f.limit()));
    assertThat(limits).contains("maxNestingDepth", "maxStringLength", "maxNumberLength", "maxNameLength");
  }

  @ParameterizedTest
  @MethodSource("failures")
  void theSchemaRejectsTheFailuresThatAreSchemaLevel(Failure failure) throws IOException {
    String text = Files.readString(failure.file(), StandardCharsets.UTF_8);
    switch (failure.schema()) {
      case "rejects" -> assertThat(SchemaValidation.errors(failure.type(), text)).isNotEmpty();
      case "accepts" -> assertThat(SchemaValidation.errors(failure.type(), text)).isEmpty();
      case "not-json" -> assertThat(failure.code()).isIn(JsonReadException.MALFORMED, JsonReadException.TRAILING_TOKENS);
      default -> throw new IllegalArgumentException("schema=" + failure.schema() + " in " + failure.file());
    }
  }

  /** {@code json.io} needs a source that fails and {@code json.internal} a bug: no file can hold them. */
  @Test
  void theFailFilesCoverEveryCodeOfTheReader() throws IOException {
    Set<String> covered = new TreeSet<>();
    failures().forEach(f -> covered.add(f.code()));
    assertThat(covered).containsExactlyInAnyOrder(JsonReadException.MALFORMED, JsonReadException.TYPE_MISMATCH,
        JsonReadException.PROPERTY_MISSING, JsonReadException.PROPERTY_UNKNOWN, JsonReadException.CODE_UNKNOWN,
        JsonReadException.LIMIT_EXCEEDED, JsonReadException.SCHEMA_VERSION_UNSUPPORTED,
        JsonReadException.DOCUMENT_TYPE_MISMATCH, JsonReadException.DUPLICATE_KEY, JsonReadException.TRAILING_TOKENS,
        JsonReadException.VALUE_INVALID, JsonReadException.VALIDATION_FAILED);
    Set<String> documents = new TreeSet<>();
    failures().forEach(f -> documents.add(f.type().name()));
    assertThat(documents).hasSameSizeAs(Documents.ALL);
  }

  private static DocumentType<?> typeOf(byte[] document) {
    return Documents.named(PartnershipJson.mapper().readTree(document).get("type").asString());
  }

  private static <T> String rewrite(DocumentType<T> type, byte[] bytes) {
    return JSON.write(type, JSON.read(type, bytes));
  }
}

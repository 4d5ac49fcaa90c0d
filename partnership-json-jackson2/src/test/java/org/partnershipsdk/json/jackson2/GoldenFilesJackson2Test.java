package org.partnershipsdk.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;

/**
 * The Jackson 2 module held to partnership-json's own golden files, read from where partnership-json
 * keeps them (no copy: a file added there is tested here too). Every good document reads through a
 * Jackson 2 mapper as partnership-json reads it and is written back byte for byte; every fail file is
 * refused with exactly the problems partnership-json reports (code, JSON Pointer, line, column and
 * messages), and with the code and pointer its {@code .expected} names.
 */
class GoldenFilesJackson2Test {
  /** partnership-json's golden files: the tests run in this module's folder, beside it. */
  static final Path GOLDEN = Path.of("..", "partnership-json", "src", "test", "resources", "golden");
  private static final PartnershipJson JSON = PartnershipJson.create();

  static ObjectMapper mapper(PartnershipJackson2Module module) {
    // FAIL_ON_TRAILING_TOKENS on, as partnership-json's reader always is.
    return JsonMapper.builder().addModule(module).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  static final ObjectMapper MAPPER = mapper(new PartnershipJackson2Module());

  static JavaType documentOf(ObjectMapper mapper, DocumentType<?> type) {
    return mapper.getTypeFactory().constructParametricType(JsonDocument.class, type.modelType());
  }

  static DocumentType<?> named(String name) {
    return DocumentType.values().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No document type " + name));
  }

  static Stream<Path> goodFiles() throws IOException {
    assertThat(GOLDEN).as("partnership-json's golden files, beside this module").isDirectory();
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().startsWith("fail_"))
          .sorted().toList().stream();
    }
  }

  static Stream<Path> failFiles() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(f -> f.getFileName().toString().matches("fail_.*\\.json")).sorted().toList().stream();
    }
  }

  @Test
  void theGoldenFilesAreThere() throws IOException {
    assertThat(goodFiles()).hasSizeGreaterThanOrEqualTo(DocumentType.values().size() * 2);
    assertThat(failFiles()).hasSizeGreaterThanOrEqualTo(30);
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void aGoodFileReadsAsPartnershipJsonReadsItAndIsWrittenBackByteForByte(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    DocumentType<?> type = named(MAPPER.readTree(text).get("type").asText());
    JsonDocument<?> document = MAPPER.readValue(text, documentOf(MAPPER, type));

    assertThat(document.type()).isEqualTo(type);
    assertThat(document.data()).isEqualTo(JSON.read(type, text));
    String indented = MAPPER.writer(PartnershipJackson2Module.prettyPrinter()).writeValueAsString(document);
    assertThat(indented).isEqualTo(written(JSON.indented(), type, document.data()));
    // Those of an earlier minor version (v1.0/, v1.1/) are written back as today's version, as
    // partnership-json does.
    String version = "\"schemaVersion\" : \"" + MAPPER.readTree(text).get("schemaVersion").asText() + "\"";
    assertThat(text).contains(version);
    assertThat(indented).isEqualTo(text.replace(version,
        "\"schemaVersion\" : \"" + PartnershipJson.SCHEMA_VERSION + "\""));
    assertThat(MAPPER.writeValueAsString(document)).isEqualTo(written(JSON, type, document.data()));
    JsonDocument<?> fromBytes = MAPPER.readValue(Files.readAllBytes(file), documentOf(MAPPER, type));
    assertThat(fromBytes).isEqualTo(document);
  }

  /** The data alone, as an application's REST body holds it, reads and writes as the document's data. */
  @ParameterizedTest
  @MethodSource("goodFiles")
  void theDataOfAGoodFileReadsAndWritesAsAValueOfItsModelType(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    DocumentType<?> type = named(MAPPER.readTree(text).get("type").asText());
    Object value = JSON.read(type, text);
    String data = PartnershipJson.mapper().writeValueAsString(value);

    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(data);
    assertThat(MAPPER.readValue(data, type.modelType())).isEqualTo(value);
  }

  @ParameterizedTest
  @MethodSource("failFiles")
  void aFailFileIsRefusedWithTheProblemsPartnershipJsonReports(Path file) throws IOException {
    Failure failure = Failure.of(file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonReadException reference = catchReadException(() -> failure.json().read(failure.type(), text));

    Throwable thrown = catchThrowable(() -> failure.mapper().readValue(text, failure.document()));

    if (text.isBlank()) {
      // Jackson 2 refuses an empty input before it asks any deserializer (No content to map).
      assertThat(thrown).isInstanceOf(MismatchedInputException.class);
      assertThat(reference.code()).isEqualTo(JsonReadException.MALFORMED);
      return;
    }
    assertThat(thrown).as("reading %s", file).isInstanceOf(PartnershipJsonMappingException.class);
    PartnershipJsonMappingException refused = (PartnershipJsonMappingException) thrown;
    assertThat(refused.code()).isEqualTo(failure.expected().getProperty("code")).isEqualTo(reference.code());
    assertThat(refused.readException().pointer()).isEqualTo(failure.expected().getProperty("pointer", ""));
    assertThat(refused.problems()).isEqualTo(reference.problems());
    assertThat(refused.getOriginalMessage()).isEqualTo(reference.getMessage());
    assertThat(refused.getCause()).isSameAs(refused.readException());
  }

  /** Read from bytes, columns are counted in bytes by Jackson 2: the codes and pointers are the same. */
  @ParameterizedTest
  @MethodSource("failFiles")
  void aFailFileReadFromBytesGivesTheSameCodesAndPointers(Path file) throws IOException {
    Failure failure = Failure.of(file);
    byte[] bytes = Files.readAllBytes(file);
    JsonReadException reference = catchReadException(() -> failure.json().read(failure.type(), bytes));

    Throwable thrown = catchThrowable(() -> failure.mapper().readValue(bytes, failure.document()));

    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      assertThat(thrown).isInstanceOf(MismatchedInputException.class);
      return;
    }
    assertThat(thrown).isInstanceOf(PartnershipJsonMappingException.class);
    assertThat(((PartnershipJsonMappingException) thrown).problems())
        .extracting(p -> p.code() + " " + p.pointer())
        .isEqualTo(reference.problems().stream().map(p -> p.code() + " " + p.pointer()).toList());
  }

  /**
   * A fail file and what its {@code .expected} says.
   *
   * @param type the document type it is read as
   * @param reader {@code default}, {@code strict} or {@code validating}
   * @param expected the whole {@code .expected}
   */
  record Failure(DocumentType<?> type, String reader, Properties expected) {
    static Failure of(Path file) throws IOException {
      Properties expected = new Properties();
      Path sidecar = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.json$", ".expected"));
      try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
        expected.load(in);
      }
      return new Failure(named(expected.getProperty("document")), expected.getProperty("reader", "default"), expected);
    }

    PartnershipJson json() {
      return GoldenFilesJackson2Test.json(reader);
    }

    ObjectMapper mapper() {
      return GoldenFilesJackson2Test.mapper(module(reader));
    }

    JavaType document() {
      return documentOf(MAPPER, type);
    }
  }

  static PartnershipJson json(String reader) {
    return switch (reader) {
      case "default" -> PartnershipJson.create();
      case "strict" -> PartnershipJson.create().strict();
      case "validating" -> PartnershipJson.create().validating();
      default -> throw new IllegalArgumentException("No reader " + reader);
    };
  }

  static PartnershipJackson2Module module(String reader) {
    return switch (reader) {
      case "default" -> new PartnershipJackson2Module();
      case "strict" -> new PartnershipJackson2Module().strict();
      case "validating" -> new PartnershipJackson2Module().validating();
      default -> throw new IllegalArgumentException("No reader " + reader);
    };
  }

  static JsonReadException catchReadException(Runnable read) {
    Throwable thrown = catchThrowable(read::run);
    assertThat(thrown).isInstanceOf(JsonReadException.class);
    return (JsonReadException) thrown;
  }

  static <T> String written(PartnershipJson json, DocumentType<T> type, Object value) {
    return json.write(type, type.modelType().cast(value));
  }
}

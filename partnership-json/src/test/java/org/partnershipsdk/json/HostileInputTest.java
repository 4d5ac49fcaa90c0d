package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * The defects a fuzzing campaign found in reading, each pinned: a {@code null} document, input that
 * is not text, names that do not survive a round trip, unbounded messages and reports, and sources
 * longer than the limit.
 */
class HostileInputTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final String HEAD = "{\"type\":\"organisation\",\"schemaVersion\":\"1.0\",\"data\":{\"id\":\"o\",\"name\":\"O\"";

  /** Every way of reading a document, from its text. */
  static Stream<Function<String, Object>> readers() {
    return Stream.of(
        text -> JSON.read(DocumentType.ORGANISATION, text),
        text -> JSON.strict().read(DocumentType.ORGANISATION, text),
        text -> JSON.validating().read(DocumentType.ORGANISATION, text),
        text -> JSON.read(DocumentType.ORGANISATION, text.getBytes(StandardCharsets.UTF_8)),
        text -> JSON.read(DocumentType.ORGANISATION, new StringReader(text)),
        text -> JSON.validating().read(DocumentType.ORGANISATION,
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void aDocumentWhoseDataIsNullIsATypeMismatch(Function<String, Object> read) {
    for (String document : List.of("{\"type\":\"organisation\",\"schemaVersion\":\"1.0\",\"data\":null}",
        "{\"data\":null,\"type\":\"organisation\",\"schemaVersion\":\"1.0\"}")) {
      JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(document));
      assertThat(e.code()).isEqualTo(JsonReadException.TYPE_MISMATCH);
      assertThat(e.problems().get(0).pointer()).isEqualTo("/data");
      assertThat(e.getMessage(Locale.ENGLISH)).contains("object expected, null found");
    }
  }

  @Test
  void dataBeforeTheEnvelopeReadsFromAStreamAsFromText() {
    String document = "{\"data\":{\"id\":\"o\",\"name\":\"O\",\"later\":[1]},\"schemaVersion\":\"1.0\",\"type\":\"organisation\"}";
    Organisation fromText = JSON.read(DocumentType.ORGANISATION, document);
    Organisation fromStream = JSON.read(DocumentType.ORGANISATION,
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromStream).isEqualTo(fromText);
    assertThat(fromStream.unknownProperties()).containsEntry("later", "[1]");

    String wrong = "{\"data\":{\"id\":\"o\",\"name\":7},\"schemaVersion\":\"1.0\",\"type\":\"organisation\"}";
    for (Function<String, Object> read : readers().toList()) {
      JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(wrong));
      assertThat(e.code()).isEqualTo(JsonReadException.TYPE_MISMATCH);
      assertThat(e.problems().get(0).pointer()).isEqualTo("/data/name");
    }
    JsonReadException unknown = catchThrowableOfType(JsonReadException.class,
        () -> JSON.strict().read(DocumentType.ORGANISATION, new StringReader(document)));
    assertThat(unknown.problems()).extracting(JsonProblem::pointer).containsExactly("/data/later");
  }

  @Test
  void anEndlessStreamIsRefusedAtTheLimitWithoutHoldingIt() {
    InputStream spaces = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
        return length;
      }
    };
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> JSON.read(DocumentType.ORGANISATION, spaces));
    assertThat(e.code()).isEqualTo(JsonReadException.LIMIT_EXCEEDED);
    assertThat(e.getMessage(Locale.ENGLISH)).contains("maxDocumentLength");
  }

  @Test
  void aFileLongerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("huge.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(300L * 1024 * 1024); // more bytes than any document within the limit can take
    }
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(DocumentType.ORGANISATION, file));
    assertThat(e.code()).isEqualTo(JsonReadException.LIMIT_EXCEEDED);
    assertThat(e.problems().get(0).line()).as("refused before parsing").isZero();
  }

  @Test
  void theDocumentLengthCountsCharactersFromBytesAndFilesAsFromText(@TempDir Path folder) throws Exception {
    // 17 Mi characters, well within the 64 Mi limit, take 68 MiB in UTF-32: more bytes than the limit.
    String text = HEAD + "}}" + " ".repeat(17 * 1024 * 1024);
    byte[] bytes = text.getBytes(Charset.forName("UTF-32BE"));
    assertThat((long) bytes.length).isGreaterThan(64L * 1024 * 1024);
    Path file = java.nio.file.Files.write(folder.resolve("utf32.json"), bytes);
    Organisation fromText = JSON.read(DocumentType.ORGANISATION, text);

    assertThat(JSON.read(DocumentType.ORGANISATION, bytes)).isEqualTo(fromText);
    assertThat(JSON.read(DocumentType.ORGANISATION, file)).isEqualTo(fromText);
    assertThat(JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(bytes))).isEqualTo(fromText);
    assertThat(JSON.read(DocumentType.ORGANISATION, new StringReader(text))).isEqualTo(fromText);
    // The other side, more characters than the limit from every source: TrustedDocumentsTest.
  }

  @Test
  void aPropertyNameIsMeasuredInCharactersFromEverySource() {
    String accepted = HEAD + ",\"" + "é".repeat(1_000) + "\":1}}";
    String refused = HEAD + ",\"" + "é".repeat(1_001) + "\":1}}";
    List<Function<String, Object>> lenient = List.of(text -> JSON.read(DocumentType.ORGANISATION, text),
        text -> JSON.read(DocumentType.ORGANISATION, text.getBytes(StandardCharsets.UTF_8)),
        text -> JSON.read(DocumentType.ORGANISATION, new StringReader(text)),
        text -> JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    for (Function<String, Object> read : lenient) {
      Organisation organisation = (Organisation) read.apply(accepted);
      byte[] written = JSON.writeBytes(DocumentType.ORGANISATION, organisation);
      assertThat(JSON.read(DocumentType.ORGANISATION, written)).isEqualTo(organisation);
      JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(refused));
      assertThat(e.code()).isEqualTo(JsonReadException.LIMIT_EXCEEDED);
      assertThat(e.getMessage(Locale.ENGLISH)).contains("maxNameLength");
    }
  }

  @Test
  void aPropertyNameWithHalfASurrogatePairIsRefused() {
    for (String name : List.of("note\uD800", "\uDC00note", "a\uDBFF")) {
      for (String document : List.of(HEAD + ",\"" + name + "\":1}}", HEAD + ",\"x\":{\"" + name + "\":1}}}")) {
        JsonReadException e = catchThrowableOfType(JsonReadException.class,
            () -> JSON.read(DocumentType.ORGANISATION, document));
        assertThat(e.code()).isEqualTo(JsonReadException.MALFORMED);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("surrogate");
      }
    }
    Organisation paired = JSON.read(DocumentType.ORGANISATION, HEAD + ",\"tomato \uD83C\uDF45\":1}}");
    assertThat(JSON.read(DocumentType.ORGANISATION, JSON.writeBytes(DocumentType.ORGANISATION, paired)))
        .isEqualTo(paired);

    Organisation built = Organisation.builder().id(OrganisationId.of("o")).name("O")
        .putUnknownProperty("note\uD800", "1").build();
    assertThatThrownBy(() -> JSON.write(DocumentType.ORGANISATION, built)).isInstanceOf(JsonWriteException.class)
        .extracting(e -> ((JsonWriteException) e).code()).isEqualTo(JsonWriteException.UNKNOWN_PROPERTY_INVALID);
  }

  @Test
  void bytesThatAreNotTextAreMalformedWhereTheyAre() {
    byte[] valid = (HEAD + ",\"n\":\"a/b\"}}").getBytes(StandardCharsets.UTF_8);
    int at = new String(valid, StandardCharsets.UTF_8).indexOf("a/b") + 1;
    List<byte[]> notText = List.of(
        replace(valid, at, 0xC0, 0xAF),             // overlong "/"
        replace(valid, at, 0xF4, 0x90, 0x80, 0x80), // above U+10FFFF
        replace(valid, at, 0xED, 0xA0, 0x80),       // an encoded surrogate
        replace(valid, at, 0xE2, 0x82));            // a truncated sequence
    for (byte[] bytes : notText) {
      for (Function<byte[], Object> read : List.<Function<byte[], Object>>of(
          b -> JSON.read(DocumentType.ORGANISATION, b),
          b -> JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(b)))) {
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(bytes));
        assertThat(e.code()).isEqualTo(JsonReadException.MALFORMED);
        assertThat(e.problems().get(0).pointer()).isEqualTo("/data/n");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("not valid UTF-8").doesNotContain("\\x");
        assertThat(e.getMessage(Locale.FRENCH)).contains("UTF-8");
      }
    }
  }

  @Test
  void halfASurrogatePairInUtf16IsMalformedWhereItIs() {
    String document = HEAD + ",\"n\":\"a/b\"}}";
    int at = 2 * document.indexOf("a/b") + 2;
    for (String charset : List.of("UTF-16BE", "UTF-16LE")) {
      byte[] broken = document.getBytes(Charset.forName(charset));
      boolean bigEndian = charset.endsWith("BE");
      broken[at] = (byte) (bigEndian ? 0xD8 : 0x00); // "/" becomes U+D800, not followed by a low surrogate
      broken[at + 1] = (byte) (bigEndian ? 0x00 : 0xD8);
      for (Function<byte[], Object> read : List.<Function<byte[], Object>>of(
          b -> JSON.read(DocumentType.ORGANISATION, b),
          b -> JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(b)))) {
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(broken));
        assertThat(e.code()).as(charset).isEqualTo(JsonReadException.MALFORMED);
        assertThat(e.problems().get(0).pointer()).isEqualTo("/data/n");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("UTF-16").doesNotContain("\\x");
        assertThat(e.getMessage(Locale.FRENCH)).contains("UTF-16");
      }
    }
  }

  @Test
  void aStringValueWithAnEscapedHalfSurrogateIsKeptAndWrittenBackAsTheSameEscape() {
    byte[] document = (HEAD + ",\"n\":\"a\\uD800\"}}").getBytes(StandardCharsets.UTF_8);
    Organisation read = JSON.read(DocumentType.ORGANISATION, document);

    byte[] written = JSON.writeBytes(DocumentType.ORGANISATION, read);
    assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"a\\uD800\"");
    assertThat(JSON.read(DocumentType.ORGANISATION, written)).isEqualTo(read);
    assertThat(JSON.read(DocumentType.ORGANISATION, JSON.write(DocumentType.ORGANISATION, read))).isEqualTo(read);

    byte[] named = "{\"type\":\"organisation\",\"schemaVersion\":\"1.0\",\"data\":{\"id\":\"o\",\"name\":\"O\\uD800\"}}"
        .getBytes(StandardCharsets.UTF_8);
    Organisation known = JSON.read(DocumentType.ORGANISATION, named);
    assertThat(known.name()).isEqualTo("O\uD800");
    byte[] rewritten = JSON.writeBytes(DocumentType.ORGANISATION, known);
    assertThat(new String(rewritten, StandardCharsets.UTF_8)).contains("\"O\\uD800\"");
    assertThat(JSON.read(DocumentType.ORGANISATION, rewritten)).isEqualTo(known);
  }

  @Test
  void anEscapedHalfSurrogateInAPropertyNameReadFromBytesIsRefused() {
    for (String document : List.of(HEAD + ",\"note\\uD800\":1}}", HEAD + ",\"x\":{\"\\uDC00note\":1}}}")) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      for (Function<byte[], Object> read : List.<Function<byte[], Object>>of(
          b -> JSON.read(DocumentType.ORGANISATION, b),
          b -> JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(b)))) {
        JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> read.apply(bytes));
        assertThat(e.code()).as(document).isEqualTo(JsonReadException.MALFORMED);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("surrogate");
      }
    }
  }

  @Test
  void anInvalidCodePointInUtf32IsMalformedNotAnInputFailure() {
    byte[] utf32 = (HEAD + "}}").getBytes(Charset.forName("UTF-32BE"));
    byte[] broken = utf32.clone();
    int at = 4 * (HEAD + "}}").indexOf("\"O\"") + 4;
    broken[at] = 0x7F; // 0x7F00004F is no code point
    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(DocumentType.ORGANISATION, broken));
    assertThat(e.code()).isEqualTo(JsonReadException.MALFORMED);
    assertThat(e.getMessage(Locale.ENGLISH)).contains("UTF-32");
    assertThat(JSON.read(DocumentType.ORGANISATION, utf32).name()).isEqualTo("O");
  }

  @Test
  void everyEncodingTheReaderDetectsStillReads() {
    String document = HEAD + ",\"note\":\"Kpomassé \uD83C\uDF45\"}}";
    Organisation expected = JSON.read(DocumentType.ORGANISATION, document);
    for (String charset : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      byte[] plain = document.getBytes(Charset.forName(charset));
      byte[] withMark = ("\uFEFF" + document).getBytes(Charset.forName(charset));
      for (byte[] bytes : List.of(plain, withMark)) {
        assertThat(JSON.read(DocumentType.ORGANISATION, bytes)).as(charset).isEqualTo(expected);
        assertThat(JSON.read(DocumentType.ORGANISATION, new ByteArrayInputStream(bytes))).as(charset).isEqualTo(expected);
      }
    }
  }

  @Test
  void aValidatingReadListsTheFirstThousandViolationsThenHowManyMore() {
    Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of("hostile")).title("Hostile");
    for (int i = 0; i < 1_200; i++) {
      initiative.addParticipants(Participant.of(OrganisationId.of("unknown-" + i), ParticipantRole.ASSOCIATE));
    }
    String document = JSON.write(DocumentType.PORTFOLIO, Portfolio.builder().addInitiatives(initiative.build()).build());

    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> JSON.validating().read(DocumentType.PORTFOLIO, document));

    assertThat(e.code()).isEqualTo(JsonReadException.VALIDATION_FAILED);
    assertThat(e.problems()).hasSize(1_001);
    JsonProblem last = e.problems().get(1_000);
    assertThat(last.code()).isEqualTo("validation.omitted");
    assertThat(last.pointer()).isEqualTo("/data");
    assertThat(last.message(Locale.ENGLISH)).isEqualTo("… and 200 more violations, not listed");
  }

  @Test
  void messagesQuoteAtMostSixtyFourCharactersOfTheDocument() {
    String name = "n".repeat(1_000);
    JsonReadException unknown = catchThrowableOfType(JsonReadException.class,
        () -> JSON.strict().read(DocumentType.ORGANISATION, HEAD + ",\"" + name + "\":1}}"));
    String code = "c".repeat(100_000);
    JsonReadException badCode = catchThrowableOfType(JsonReadException.class,
        () -> JSON.read(DocumentType.ORGANISATION, HEAD + ",\"nature\":\"" + code + "\"}}"));
    JsonReadException badCountry = catchThrowableOfType(JsonReadException.class, () -> JSON.validating()
        .read(DocumentType.ORGANISATION, HEAD + ",\"country\":\"" + "X".repeat(100_000)
            + "\",\"territories\":[{\"country\":\"FR\",\"level\":\"municipality\",\"name\":\"Montauban\"}]}}"));
    for (JsonReadException e : List.of(unknown, badCode, badCountry)) {
      for (JsonProblem problem : e.problems()) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
          assertThat(problem.message(locale)).hasSizeLessThan(400);
        }
      }
    }
  }

  private static byte[] replace(byte[] bytes, int at, int... with) {
    byte[] out = new byte[bytes.length - 1 + with.length];
    System.arraycopy(bytes, 0, out, 0, at);
    for (int i = 0; i < with.length; i++) {
      out[at + i] = (byte) with[i];
    }
    System.arraycopy(bytes, at + 1, out, at + with.length, bytes.length - at - 1);
    return out;
  }
}

package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code withoutLengthLimit()} reads a trusted document longer than the whole-document limits, from
 * every kind of input, and lifts no other limit.
 */
class TrustedDocumentsTest {
  private static final String HEAD = "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"FR\","
      + "\"name\":\"Montauban\",\"x\":";
  /** One mebibyte more than the limit, in trailing blanks after a small document. */
  private static final String LONG = HEAD + "1}}" + " ".repeat(65 * 1024 * 1024);
  private static final PartnershipJson LIMITED = PartnershipJson.create();
  private static final PartnershipJson TRUSTED = PartnershipJson.create().withoutLengthLimit();

  @Test
  void aDocumentLongerThanTheLimitIsReadWholeOnlyWhenTrusted(@TempDir Path folder) throws IOException {
    byte[] bytes = LONG.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(folder.resolve("long.json"), bytes);

    for (PartnershipJson json : new PartnershipJson[] {LIMITED, LIMITED.strict()}) {
      assertRefused(() -> json.read(TestDocuments.TERRITORY, LONG), "maxDocumentLength");
      assertRefused(() -> json.read(TestDocuments.TERRITORY, bytes), "maxDocumentLength");
      assertRefused(() -> json.read(TestDocuments.TERRITORY, file), "maxDocumentLength");
      assertRefused(() -> json.read(TestDocuments.TERRITORY, new ByteArrayInputStream(bytes)), "maxDocumentLength");
    }
    assertThat(TRUSTED.read(TestDocuments.TERRITORY, LONG).unknownProperties()).containsKey("x");
    assertThat(TRUSTED.read(TestDocuments.TERRITORY, bytes).unknownProperties()).containsKey("x");
    assertThat(TRUSTED.read(TestDocuments.TERRITORY, file).unknownProperties()).containsKey("x");
    assertThat(TRUSTED.read(TestDocuments.TERRITORY, new ByteArrayInputStream(bytes)).unknownProperties()).containsKey("x");
  }

  @Test
  void moreThanTenMillionTokensAreReadWhenTrusted() {
    StringBuilder many = new StringBuilder(HEAD).append('[');
    for (int i = 0; i < 10_000_001; i++) {
      many.append("0,");
    }
    String document = many.append("0]}}").toString();

    assertRefused(() -> LIMITED.read(TestDocuments.TERRITORY, document), "maxTokenCount");
    assertThat(TRUSTED.read(TestDocuments.TERRITORY, document).unknownProperties().get("x")).hasSize(2 * 10_000_002 + 1);
  }

  @Test
  void everyOtherLimitStillHolds() {
    assertRefused(() -> TRUSTED.read(TestDocuments.TERRITORY, HEAD + "[".repeat(63) + "]".repeat(63) + "}}"),
        "maxNestingDepth");
    assertRefused(() -> TRUSTED.read(TestDocuments.TERRITORY, HEAD + "\"" + "a".repeat(1_000_001) + "\"}}"),
        "maxStringLength");
    assertRefused(() -> TRUSTED.read(TestDocuments.TERRITORY, HEAD + "1".repeat(201) + "}}"), "maxNumberLength");
  }

  @Test
  void theOptionIsKeptByTheOtherOptionsAndSaid() {
    assertThat(LIMITED.isLengthLimited()).isTrue();
    assertThat(TRUSTED.isLengthLimited()).isFalse();
    assertThat(TRUSTED.strict().validating().indented().isLengthLimited()).isFalse();
    assertThat(LIMITED.strict().withoutLengthLimit().isStrict()).isTrue();
    assertThat(TRUSTED.toString()).contains("lengthLimited=false");
  }

  private static void assertRefused(Runnable read, String limit) {
    assertThatThrownBy(read::run).isInstanceOfSatisfying(JsonReadException.class, e -> {
      assertThat(e.code()).isEqualTo(JsonReadException.LIMIT_EXCEEDED);
      assertThat(e.getMessage()).contains(limit);
    });
  }
}

package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The documented stream-read limits hold, each reported as json.limit.exceeded with its name. */
class HardenedReaderTest {
  private static final String HEAD = "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"FR\","
      + "\"name\":\"Montauban\",\"x\":";
  private final PartnershipJson json = PartnershipJson.create();

  private void assertLimit(String document, String limit, long max) {
    assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY, document))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.limit.exceeded");
          assertThat(e.getMessage()).contains(limit)
              .contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(max));
        });
  }

  @Test
  void nestingDeeperThan64IsRefusedAnd64IsRead() {
    // The document and data objects are two levels: 62 arrays reach 64.
    assertThat(json.read(TestDocuments.TERRITORY, HEAD + "[".repeat(62) + "]".repeat(62) + "}}").unknownProperties())
        .containsKey("x");
    assertLimit(HEAD + "[".repeat(63) + "]".repeat(63) + "}}", "maxNestingDepth", 64);
    assertLimit(HEAD + "[".repeat(100_000), "maxNestingDepth", 64);
  }

  @Test
  void aStringLongerThanAMillionCharactersIsRefused() {
    assertThat(json.read(TestDocuments.TERRITORY, HEAD + "\"" + "a".repeat(1_000_000) + "\"}}")).isNotNull();
    assertLimit(HEAD + "\"" + "a".repeat(1_000_001) + "\"}}", "maxStringLength", 1_000_000);
  }

  @Test
  void aNumberLongerThan200CharactersIsRefused() {
    assertThat(json.read(TestDocuments.TERRITORY, HEAD + "1".repeat(200) + "}}").unknownProperties().get("x"))
        .hasSize(200);
    assertLimit(HEAD + "1".repeat(201) + "}}", "maxNumberLength", 200);
  }

  @Test
  void aPropertyNameLongerThan1000CharactersIsRefused() {
    assertLimit(HEAD + "1,\"" + "n".repeat(1001) + "\":1}}", "maxNameLength", 1000);
  }

  @Test
  void aDocumentLongerThan64MebibytesIsRefusedBeforeParsing() {
    InputStream endless = new InputStream() {
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
    assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY, endless))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.limit.exceeded");
          assertThat(e.getMessage()).contains("maxDocumentLength");
        });
  }

  @Test
  void moreThanTenMillionTokensAreRefused() {
    StringBuilder many = new StringBuilder(HEAD).append('[');
    for (int i = 0; i < 10_000_001; i++) {
      many.append("0,");
    }
    many.append("0]}}");
    assertLimit(many.toString(), "maxTokenCount", 10_000_000);
  }

  @Test
  void noScalarIsCoercedAndNullIsNeverAValue() {
    for (String value : new String[] {"12", "true", "null", "[\"x\"]", "{}"}) {
      assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY,
          "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"FR\",\"name\":" + value + "}}"))
          .isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.code()).isEqualTo("json.type-mismatch");
            assertThat(e.pointer()).isEqualTo("/data/name");
          });
    }
  }

  @Test
  void theSharedMapperIsHardenedToo() {
    assertThatThrownBy(() -> PartnershipJson.mapper().readValue("{\"start\":\"2022-03-01\",\"start\":\"2022-03-02\"}",
        org.partnershipsdk.core.model.Period.class)).isInstanceOf(tools.jackson.core.JacksonException.class);
    assertThatThrownBy(() -> PartnershipJson.mapper().readValue("{} {}", org.partnershipsdk.core.model.Period.class))
        .isInstanceOf(tools.jackson.core.JacksonException.class);
    assertThat(PartnershipJson.mapper().tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(64);
  }
}

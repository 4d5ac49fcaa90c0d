package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a read fails gives one JsonReadException with its code and the pointer of the culprit. */
class ReadFailuresTest {
  private static final PartnershipJson JSON = PartnershipJson.create();
  private static final String VERSION = "\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\"";
  private static final String SAMPLE = JSON.write(TestDocuments.SAMPLE, WireFormatTest.sample());

  static Stream<Arguments> badSamples() {
    return Stream.of(
        bad("\"count\":7", "\"count\":\"7\"", "json.type-mismatch", "/data/count"),
        bad("\"count\":7", "\"count\":7.5", "json.value.invalid", "/data/count"),
        bad("\"count\":7", "\"count\":99999999999", "json.value.invalid", "/data/count"),
        bad("\"confirmed\":false", "\"confirmed\":\"false\"", "json.type-mismatch", "/data/confirmed"),
        bad("\"confirmed\":false", "\"confirmed\":0", "json.type-mismatch", "/data/confirmed"),
        bad("\"note\":\"\"", "\"note\":12", "json.type-mismatch", "/data/note"),
        bad("\"note\":\"\"", "\"note\":null", "json.type-mismatch", "/data/note"),
        bad("\"id\":\"explor-moulenda\"", "\"id\":\"\"", "json.value.invalid", "/data/id"),
        bad("\"id\":\"explor-moulenda\"", "\"id\":12", "json.type-mismatch", "/data/id"),
        bad("\"partner\":\"gdcam\"", "\"partner\":{}", "json.type-mismatch", "/data/partner"),
        bad("\"country\":\"CG\"", "\"country\":[\"CG\"]", "json.type-mismatch", "/data/country"),
        bad("\"field\":\"energy\"", "\"field\":\"ENERGY\"", "json.code.unknown", "/data/field"),
        bad("\"field\":\"energy\"", "\"field\":3", "json.type-mismatch", "/data/field"),
        bad("\"sdg-17\"", "\"sdg-18\"", "json.code.unknown", "/data/goals/1"),
        bad("\"sdg-17\"", "null", "json.type-mismatch", "/data/goals/1"),
        bad("\"amount\":\"1200.5\"", "\"amount\":\"1,200.5\"", "json.value.invalid", "/data/budget/amount"),
        bad("\"amount\":\"1200.5\"", "\"amount\":\"1e3\"", "json.value.invalid", "/data/budget/amount"),
        bad("\"amount\":\"1200.5\"", "\"amount\":1e999999", "json.value.invalid", "/data/budget/amount"),
        bad("\"amount\":\"1200.5\"", "\"amount\":true", "json.type-mismatch", "/data/budget/amount"),
        bad("\"amount\":\"1200.5\",", "", "json.property.missing", "/data/budget/amount"),
        bad("\"currency\":\"XAF\"}", "\"currency\":\"XAF\",\"rate\":655.957}", "json.property.unknown",
            "/data/budget/rate"),
        bad("\"budget\":{", "\"budget\":[", "json.type-mismatch", "/data/budget"),
        bad("\"start\":\"2022-03-01\"", "\"start\":\"2022-02-30\"", "json.value.invalid", "/data/period/start"),
        bad("\"start\":\"2022-03-01\"", "\"start\":\"01/03/2022\"", "json.value.invalid", "/data/period/start"),
        bad("\"start\":\"2022-03-01\"", "\"start\":[2022,3,1]", "json.type-mismatch", "/data/period/start"),
        bad("\"start\":\"2022-03-01\"", "\"start\":1646092800", "json.type-mismatch", "/data/period/start"),
        bad("\"level\":\"department\",", "\"level\":\"department\",\"level\":\"region\",", "json.duplicate-key",
            "/data/territories/0/level"),
        bad("\"country\":\"CG\",\"level\":\"department\"", "\"level\":\"department\"", "json.property.missing",
            "/data/territories/0/country"),
        bad("\"name\":\"Moulenda\"", "\"name\":\"Moulenda\",", "json.malformed", "/data/territories/1/name"),
        bad("\"territories\":[", "\"territories\":{", "json.type-mismatch", "/data/territories"),
        bad("\"Moulenda\"", "\"Moulenda", "json.malformed", "/data/territories/1/name"),
        bad("{\"type\"", "[{\"type\"", "json.type-mismatch", ""),
        bad("\"test-sample\"", "\"test-territory\"", "json.document-type.mismatch", "/type"),
        bad("\"test-sample\"", "\"Sample\"", "json.document-type.mismatch", "/type"),
        bad("\"test-sample\"", "7", "json.type-mismatch", "/type"),
        bad(VERSION, "\"schemaVersion\":\"2.0\"", "json.schema-version.unsupported", "/schemaVersion"),
        bad(VERSION, "\"schemaVersion\":\"0.9\"", "json.schema-version.unsupported", "/schemaVersion"),
        bad(VERSION, "\"schemaVersion\":\"1\"", "json.value.invalid", "/schemaVersion"),
        bad(VERSION, "\"schemaVersion\":1.0", "json.type-mismatch", "/schemaVersion"),
        bad(VERSION + ",", "", "json.property.missing", "/schemaVersion"),
        bad("\"type\":\"test-sample\",", "", "json.property.missing", "/type"),
        bad(",\"data\":{", ",\"other\":{", "json.property.missing", "/data"),
        bad("\"data\":{", "\"data\":[{", "json.type-mismatch", "/data"),
        bad("\"goals\":[\"sdg-7\",\"sdg-17\"]", "\"goals\":\"sdg-7\"", "json.type-mismatch", "/data/goals"),
        bad("\"period\":{\"start\":\"2022-03-01\",\"end\":\"2022-03-07\"}", "\"period\":\"\"", "json.type-mismatch",
            "/data/period"),
        bad("\"budget\":{\"amount\":\"1200.5\",\"currency\":\"XAF\"}", "\"budget\":\"\"", "json.type-mismatch",
            "/data/budget"));
  }

  private static Arguments bad(String from, String to, String code, String pointer) {
    if (!SAMPLE.contains(from)) {
      throw new IllegalArgumentException("Not in the sample: " + from);
    }
    return Arguments.of(SAMPLE.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), code, pointer);
  }

  @ParameterizedTest(name = "{1} at {2}")
  @MethodSource("badSamples")
  void aBadDocumentFailsWithItsCodeAndThePointerOfTheCulprit(String document, String code, String pointer) {
    assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, document))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.pointer()).isEqualTo(pointer);
          assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isEqualTo(code));
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).isNotBlank().doesNotContain("{");
          assertThat(e.getMessage(Locale.FRENCH)).isNotBlank().isNotEqualTo(e.getMessage());
        });
  }

  @Test
  void trailingContentAfterTheDocumentIsRejected() {
    assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, SAMPLE + " {}"))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.trailing-tokens");
          assertThat(e.column()).isEqualTo(SAMPLE.length() + 2);
        });
    assertThat(JSON.read(TestDocuments.SAMPLE, SAMPLE + " \n\t ")).isEqualTo(WireFormatTest.sample());
  }

  @Test
  void theLineAndColumnLocateTheCulpritInAnIndentedDocument() {
    String indented = JSON.indented().write(TestDocuments.SAMPLE, WireFormatTest.sample())
        .replace("\"name\" : \"Moulenda\"", "\"name\" : 7");
    assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, indented))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.type-mismatch");
          assertThat(e.pointer()).isEqualTo("/data/territories/1/name");
          String[] lines = indented.split("\n");
          assertThat(lines[e.line() - 1]).contains("\"name\" : 7");
          assertThat(lines[e.line() - 1].substring(e.column() - 1)).startsWith("7");
          assertThat(e.getMessage()).isEqualTo("Wrong JSON type: string expected, number found (at /data/territories/1/name, line "
              + e.line() + ", column " + e.column() + ")");
          assertThat(e.getMessage(Locale.FRENCH)).isEqualTo("Type JSON inattendu : string attendu, number trouvé "
              + "(à /data/territories/1/name, ligne " + e.line() + ", colonne " + e.column() + ")");
        });
  }

  @Test
  void anEmptyOrBlankDocumentIsMalformed() {
    for (String empty : new String[] {"", "  \n"}) {
      assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, empty))
          .isInstanceOfSatisfying(JsonReadException.class, e -> {
            assertThat(e.code()).isEqualTo("json.malformed");
            assertThat(e.pointer()).isEmpty();
          });
    }
  }

  @Test
  void anUnreadableSourceIsAnIoFailure() {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, failing))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.io");
          assertThat(e.getMessage()).contains("disk gone");
        });
    assertThatThrownBy(() -> JSON.read(TestDocuments.SAMPLE, java.nio.file.Path.of("/nonexistent/doc.json")))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code()).isEqualTo("json.io"));
  }
}

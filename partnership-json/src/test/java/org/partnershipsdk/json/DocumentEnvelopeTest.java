package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.testkit.Seeds;

/** Documents carry their type and schema version; newer minors read, other majors fail clearly. */
class DocumentEnvelopeTest {
  private static final Territory OUIDAH = Territory.of(CountryCode.of("BJ"), TerritoryLevel.MUNICIPALITY, "Ouidah");
  private static final String DATA = "{\"country\":\"BJ\",\"name\":\"Ouidah\"}";
  private final PartnershipJson json = PartnershipJson.create();

  @Test
  void theEnvelopeIsWrittenFirstWithTheRegisteredNameNeverAClassName() {
    assertThat(json.write(TestDocuments.TERRITORY, OUIDAH))
        .startsWith("{\"type\":\"test-territory\",\"schemaVersion\":\"1.2\",\"data\":{")
        .doesNotContain("Territory").doesNotContain("org.partnershipsdk");
    assertThat(PartnershipJson.SCHEMA_VERSION).isEqualTo("1.2");
  }

  @Test
  void theEnvelopesPropertiesAreReadInAnyOrder() {
    for (String document : new String[] {
        "{\"data\":" + DATA + ",\"type\":\"test-territory\",\"schemaVersion\":\"1.0\"}",
        "{\"schemaVersion\":\"1.0\",\"data\":" + DATA + ",\"type\":\"test-territory\"}",
        "{\"type\":\"test-territory\",\"data\":" + DATA + ",\"schemaVersion\":\"1.0\"}"}) {
      assertThat(json.read(TestDocuments.TERRITORY, document)).isEqualTo(OUIDAH);
    }
  }

  @Test
  void aNewerMinorVersionIsRead() {
    assertThat(json.read(TestDocuments.TERRITORY,
        "{\"type\":\"test-territory\",\"schemaVersion\":\"1.42\",\"data\":" + DATA + "}")).isEqualTo(OUIDAH);
  }

  @Test
  void anotherMajorVersionFailsClearlyEvenWhenTheDataComesFirst() {
    assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY,
        "{\"data\":{\"totally\":[\"different\"]},\"type\":\"test-territory\",\"schemaVersion\":\"2.3\"}"))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.schema-version.unsupported");
          assertThat(e.pointer()).isEqualTo("/schemaVersion");
          assertThat(e.getMessage()).startsWith("Schema version 2.3 is not supported: this SDK reads 1.x");
        });
  }

  @Test
  void errorsInDataReadAfterTheEnvelopeStillPointIntoTheDocument() {
    assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY,
        "{\"data\":{\"country\":\"BJ\",\"name\":7},\"type\":\"test-territory\",\"schemaVersion\":\"1.0\"}"))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.type-mismatch");
          assertThat(e.pointer()).isEqualTo("/data/name");
          assertThat(e.column()).isEqualTo(32);
        });
  }

  @Test
  void aDocumentOfAnotherTypeIsRejected() {
    assertThatThrownBy(() -> json.read(TestDocuments.PERIOD, json.write(TestDocuments.TERRITORY, OUIDAH)))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.document-type.mismatch");
          assertThat(e.pointer()).isEqualTo("/type");
        });
  }

  @TestFactory
  Stream<DynamicTest> dataBeforeTheEnvelopeReadsTheSameFromEverySource() {
    return Seeds.list(60).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      ModelDocuments.Generated<?> generated = ModelDocuments.any(seed);
      String written = json.write(generated.type(), cast(generated.value()));
      String envelope = "{\"type\":\"" + generated.type().name() + "\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":";
      assertThat(written).startsWith(envelope);
      String dataFirst = "{\"data\":" + written.substring(envelope.length(), written.length() - 1)
          + ",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"type\":\"" + generated.type().name() + "\"}";
      byte[] bytes = dataFirst.getBytes(StandardCharsets.UTF_8);
      for (Object read : List.of(json.read(generated.type(), dataFirst), json.read(generated.type(), bytes),
          json.read(generated.type(), new StringReader(dataFirst)),
          json.read(generated.type(), new ByteArrayInputStream(bytes)))) {
        assertThat(read).isEqualTo(generated.value());
      }
    }));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}

package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Territory;

/** Properties the SDK does not know survive a round trip unchanged; the strict reader rejects them all. */
class UnknownPropertiesTest {
  private static final String HEAD = "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":";
  private static final String NEWER = HEAD + "{\"country\":\"BJ\",\"zeta\":{\"b\":[1,2.50e3,-0.0,1E400,\"\\u00e9\"],"
      + "\"a\":null},\"name\":\"Kpomassé\",\"alpha\":123456789012345678901234567890,\"a/b~c\":true,\"nothing\":null},"
      + "\"generator\":\"other tool\"}";
  private final PartnershipJson json = PartnershipJson.create();

  @Test
  void unknownPropertiesAreKeptInOrderAsCompactRawJsonWithNumbersExactlyAsWritten() {
    Territory read = json.read(TestDocuments.TERRITORY, NEWER);
    assertThat(read.name()).isEqualTo("Kpomassé");
    assertThat(read.unknownProperties()).containsExactly(
        Map.entry("zeta", "{\"b\":[1,2.50e3,-0.0,1E400,\"é\"],\"a\":null}"),
        Map.entry("alpha", "123456789012345678901234567890"),
        Map.entry("a/b~c", "true"),
        Map.entry("nothing", "null"));
  }

  @Test
  void theyAreWrittenBackAfterTheKnownPropertiesAndSurviveAnotherRoundTrip() {
    Territory read = json.read(TestDocuments.TERRITORY, NEWER);
    String written = json.write(TestDocuments.TERRITORY, read);
    assertThat(written).isEqualTo(HEAD + "{\"country\":\"BJ\",\"level\":\"municipality\",\"name\":\"Kpomassé\","
        + "\"zeta\":{\"b\":[1,2.50e3,-0.0,1E400,\"é\"],\"a\":null},\"alpha\":123456789012345678901234567890,"
        + "\"a/b~c\":true,\"nothing\":null}}");
    assertThat(json.read(TestDocuments.TERRITORY, written)).isEqualTo(read);
    assertThat(json.read(TestDocuments.TERRITORY, json.indented().write(TestDocuments.TERRITORY, read))).isEqualTo(read);
  }

  @Test
  void theStrictReaderRejectsEveryUnknownPropertyWithItsPointerIncludingTheEnvelopes() {
    assertThatThrownBy(() -> json.strict().read(TestDocuments.TERRITORY, NEWER))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.property.unknown");
          assertThat(e.problems()).extracting(JsonProblem::pointer)
              .containsExactly("/data/zeta", "/data/alpha", "/data/a~1b~0c", "/data/nothing", "/generator");
          assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("json.property.unknown");
            assertThat(p.line()).isEqualTo(1);
            assertThat(NEWER.substring(p.column() - 1)).doesNotStartWith(",");
          });
          assertThat(e.problems().get(0).message(Locale.FRENCH))
              .isEqualTo("Propriété inconnue « zeta », refusée par la lecture stricte");
          assertThat(e.getMessage()).startsWith("The document was rejected: 5 problem(s)");
        });
  }

  @Test
  void theStrictReaderAcceptsADocumentWithoutUnknownProperties() {
    Territory plain = json.read(TestDocuments.TERRITORY, NEWER).withUnknownProperties(Map.of());
    assertThat(json.strict().read(TestDocuments.TERRITORY, json.write(TestDocuments.TERRITORY, plain))).isEqualTo(plain);
  }

  @Test
  void theLenientReaderIgnoresUnknownEnvelopeProperties() {
    assertThat(json.read(TestDocuments.TERRITORY, NEWER).unknownProperties()).doesNotContainKey("generator");
  }

  @Test
  void anUnknownPropertyThatIsNotOneJsonValueIsRefusedOnWrite() {
    Territory broken = json.read(TestDocuments.TERRITORY, NEWER);
    for (String notJson : new String[] {"}{", "", "1 2", "{\"a\":1", "[1,]"}) {
      assertThatThrownBy(() -> json.write(TestDocuments.TERRITORY, broken.withUnknownProperties(Map.of("bad", notJson))))
          .isInstanceOfSatisfying(JsonWriteException.class, e -> {
            assertThat(e.code()).isEqualTo("json.unknown-property.invalid");
            assertThat(e.getMessage(Locale.FRENCH)).contains("« bad »");
          });
    }
  }
}

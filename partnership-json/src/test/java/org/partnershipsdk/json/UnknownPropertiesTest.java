package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.Seeds;

/** Properties the SDK does not know survive a round trip unchanged; the strict reader rejects them all. */
class UnknownPropertiesTest {
  private static final String HEAD =
      "{\"type\":\"test-territory\",\"schemaVersion\":\"" + PartnershipJson.SCHEMA_VERSION + "\",\"data\":";
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
    // Unknown properties take no part in equality: compare what is written again.
    assertThat(json.write(TestDocuments.TERRITORY, json.read(TestDocuments.TERRITORY, written))).isEqualTo(written);
    String indented = json.indented().write(TestDocuments.TERRITORY, read);
    assertThat(json.write(TestDocuments.TERRITORY, json.read(TestDocuments.TERRITORY, indented))).isEqualTo(written);
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

  @TestFactory
  Stream<DynamicTest> unknownPropertiesAtEveryDepthAreKeptByteForByteAndRejectedByTheStrictReader() {
    return Seeds.list(140).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed,
        () -> keptAndRejected(ModelDocuments.any(seed), GenContext.of(seed), 0.25)));
  }

  @Test
  void everyObjectOfAPortfolioButAmountsAndLabelsCanCarryUnknownProperties() {
    List<Portfolio> portfolios = Seeds.list(40).stream()
        .map(seed -> Generators.portfolios().generate(GenContext.of(seed, 3)))
        .filter(p -> !p.initiatives().isEmpty() && !p.initiatives().get(0).participants().isEmpty()
            && !p.assessments().isEmpty() && !p.assessments().get(0).responses().isEmpty()
            && !p.assessments().get(0).responses().get(0).answers().isEmpty())
        .limit(3).toList();
    assertThat(portfolios).hasSize(3);
    for (Portfolio portfolio : portfolios) {
      UnknownInjection injected = keptAndRejected(new ModelDocuments.Generated<>(DocumentType.PORTFOLIO, portfolio),
          GenContext.of(portfolio.hashCode()), 1.0);
      assertThat(injected.pointers()).anyMatch(p -> p.matches("/data/[^/]+"))
          .anyMatch(p -> p.matches("/data/initiatives/0/resultsFramework/[^/]+"))
          .anyMatch(p -> p.startsWith("/data/assessments/0/responses/0/answers/0/"))
          .anyMatch(p -> p.startsWith("/data/initiatives/0/participants/0/"))
          .noneMatch(p -> p.contains("/budget/") || p.contains("/wording/") || p.contains("/question/"));
    }
  }

  private <T> UnknownInjection keptAndRejected(ModelDocuments.Generated<T> generated, GenContext context,
      double chance) {
    String compact = new String(generated.write(json), StandardCharsets.UTF_8);
    UnknownInjection injected = UnknownInjection.into(compact, context, chance);
    if (injected.pointers().isEmpty()) {
      injected = UnknownInjection.into(compact, context, 1.0);
    }
    T read = json.read(generated.type(), injected.document());
    assertThat(read).isEqualTo(generated.value());
    assertThat(json.write(generated.type(), read)).isEqualTo(injected.document());
    String document = injected.document();
    List<String> pointers = injected.pointers();
    assertThatThrownBy(() -> json.strict().read(generated.type(), document))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.property.unknown");
          assertThat(e.problems()).extracting(JsonProblem::pointer).containsExactlyElementsOf(pointers);
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
        });
    return injected;
  }
}

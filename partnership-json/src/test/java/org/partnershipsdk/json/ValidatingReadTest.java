package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Territory;

/** A validating read reports every violation of the model read, each with its JSON Pointer. */
class ValidatingReadTest {
  private final PartnershipJson json = PartnershipJson.create().validating();

  @Test
  void everyViolationIsReportedWithItsPointerAndItsValidationCode() {
    assertThatThrownBy(() -> json.read(TestDocuments.TERRITORY,
        "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"XX\",\"name\":\" \"}}"))
        .isInstanceOfSatisfying(JsonReadException.class, e -> {
          assertThat(e.code()).isEqualTo("json.validation.failed");
          assertThat(e.problems()).extracting(p -> p.code() + "@" + p.pointer())
              .containsExactly("country.unassigned@/data/country", "value.blank@/data/name");
          assertThat(e.problems().get(1).message(Locale.FRENCH)).isEqualTo("Ne doit pas être vide");
          assertThat(e.line()).isZero();
          assertThat(e.getMessage()).startsWith("The document is not valid: 2 problem(s)");
          assertThat(e.getMessage(Locale.FRENCH)).startsWith("Le document n'est pas valide : 2 problème(s)");
        });
  }

  @Test
  void aCrossFieldViolationPointsAtTheFieldItConcerns() {
    assertThatThrownBy(() -> json.read(TestDocuments.PERIOD,
        "{\"type\":\"test-period\",\"schemaVersion\":\"1.0\",\"data\":{\"start\":\"2022-03-07\",\"end\":\"2022-03-01\"}}"))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code() + "@" + p.pointer()).containsExactly("period.order@/data/end"));
  }

  @Test
  void aValidDocumentReadsCleanAndTheDefaultReaderAcceptsDrafts() {
    String draft = "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"XX\",\"name\":\"\"}}";
    assertThat(PartnershipJson.create().read(TestDocuments.TERRITORY, draft).name()).isEmpty();
    Territory montauban = json.read(TestDocuments.TERRITORY,
        "{\"type\":\"test-territory\",\"schemaVersion\":\"1.0\",\"data\":{\"country\":\"FR\",\"name\":\"Montauban\"}}");
    assertThat(montauban.isInFrance()).isTrue();
  }
}

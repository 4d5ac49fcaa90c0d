package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;

/**
 * Pins what the checks find in the shipped {@code examples/defects.json}: every validation violation
 * and every finding of the default profile, so that the document keeps giving a checker something
 * to find, and a change to it or to the checks is seen here. The findings are the same on
 * 30 June 2024 and on any later day (the dates in the document are all past), so a checker run today
 * finds them too.
 */
class DefectsDocumentTest {

  @Test
  void validationFindsEveryViolationPlanted() {
    assertThat(ModelValidator.create().validate(ExampleDocuments.defects()).violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly(
            "initiative.co-financing.exceeds-budget initiatives[0].coFinancing",
            "portfolio.reference.unknown initiatives[1].participants[1].organisation",
            "value.blank initiatives[1].title",
            "period.order missions[0].period.end");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-30", "2030-01-01"})
  void theDefaultProfileFindsErrorsAndWarnings(String day) {
    Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    RuleReport report = RulesEngine.of(Profiles.standard(), clock).evaluate(ExampleDocuments.defects());
    assertThat(report.findings())
        .extracting(f -> f.severity().code() + " " + f.ruleId() + " " + f.subject())
        .containsExactly(
            "error initiative.co-financing.exceeds-budget initiative draft-guinee-44-kindia",
            "warning initiative.co-financing.funder-without-role initiative draft-guinee-44-kindia",
            "warning initiative.design.co-construction-expected initiative draft-guinee-44-kindia",
            "error initiative.co-financing.rate-missing initiative draft-senegal-dried-fish",
            "error initiative.legal-responsibility.missing initiative draft-senegal-dried-fish",
            "warning initiative.co-financing.funder-without-role initiative draft-senegal-dried-fish",
            "warning initiative.follow-up.overdue initiative draft-senegal-dried-fish",
            "warning initiative.results.empty-after-design initiative draft-senegal-dried-fish",
            "error mission.parties.volunteers-structure-missing mission draft-kpomasse-2024",
            "warning mission.return.interview-missing mission draft-kpomasse-2024",
            "warning mission.return.report-missing mission draft-kpomasse-2024",
            "warning assessment.responses.one-side-only assessment cfdt-unsas-2021",
            "error agreement.tranche.paid-before-report agreement draft-cfsi-cfdt-2022",
            "warning agreement.report.overdue agreement draft-cfsi-cfdt-2022",
            "warning transaction.expenditure.outside-period transaction draft-cfdt-2021-11-fish-scales");
  }

  @Test
  void theStrictReaderRejectsThePropertyAnotherToolAdded() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> PartnershipJson.create().strict().read(DocumentType.PORTFOLIO, ExampleDocuments.text(ExampleDocuments.DEFECTS)));
    assertThat(e.code()).isEqualTo(JsonReadException.PROPERTY_UNKNOWN);
    assertThat(e.pointer()).isEqualTo("/data/initiatives/0/internalNote");
    assertThat(e.line()).isPositive();
  }

  @Test
  void theValidatingReaderReportsEveryViolationWithItsPointer() {
    JsonReadException e = catchThrowableOfType(JsonReadException.class,
        () -> PartnershipJson.create().validating().read(DocumentType.PORTFOLIO, ExampleDocuments.text(ExampleDocuments.DEFECTS)));
    assertThat(e.code()).isEqualTo(JsonReadException.VALIDATION_FAILED);
    assertThat(e.problems()).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "initiative.co-financing.exceeds-budget /data/initiatives/0/coFinancing",
        "portfolio.reference.unknown /data/initiatives/1/participants/1/organisation",
        "value.blank /data/initiatives/1/title",
        "period.order /data/missions/0/period/end");
  }

  @Test
  void theLenientReaderKeepsTheUnknownProperty() {
    assertThat(ExampleDocuments.defects().initiatives().get(0).unknownProperties())
        .containsOnlyKeys("internalNote");
  }
}

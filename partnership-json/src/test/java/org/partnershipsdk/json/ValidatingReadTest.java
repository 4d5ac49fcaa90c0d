package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.testkit.Broken;
import org.partnershipsdk.testkit.Defect;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.Seeds;

/** A validating read reports every violation of the model read, each with its JSON Pointer. */
class ValidatingReadTest {
  private static final Map<Class<?>, DocumentType<?>> DOCUMENTS = Map.of(Organisation.class, DocumentType.ORGANISATION,
      Programme.class, DocumentType.PROGRAMME, Partnership.class, DocumentType.PARTNERSHIP,
      Initiative.class, DocumentType.INITIATIVE, VolunteerMission.class, DocumentType.MISSION,
      ReciprocityAssessment.class, DocumentType.ASSESSMENT, Portfolio.class, DocumentType.PORTFOLIO,
      FundingAgreement.class, DocumentType.AGREEMENT);
  private final PartnershipJson json = PartnershipJson.create().validating();

  @TestFactory
  Stream<DynamicTest> everyDefectOfTheTestkitIsReportedWithItsCodeAtItsPointer() {
    return Stream.of(Defect.values()).flatMap(defect -> Seeds.list(3).stream().map(seed -> DynamicTest.dynamicTest(
        defect + " seed " + seed, () -> {
          Broken<?> broken = Generators.withDefect(defect).generate(GenContext.of(seed, 3));
          if (broken.value() instanceof Indicator indicator) {
            // An indicator is not a document: it is read inside an initiative's results framework.
            Initiative initiative = Generators.initiatives().generate(GenContext.of(seed, 3))
                .withResultsFramework(ResultsFramework.builder().overallObjective(OverallObjective.builder()
                    .statement("Local tomato preserves reach the market").addIndicators(indicator).build()).build());
            assertReported(DocumentType.INITIATIVE, initiative, broken.code(),
                "/data/resultsFramework/overallObjective/indicators/0" + pointer(broken.path()));
          } else if (broken.value() instanceof Transaction transaction) {
            // A transaction is read inside a portfolio, without the references to elements it does not hold.
            Transaction alone = transaction.withProvider(Optional.empty()).withReceiver(Optional.empty())
                .withInitiative(Optional.empty());
            if (alone.agreement().isPresent()) {
              alone = alone.withAgreement(Optional.empty()).withTranche(OptionalInt.empty());
            }
            assertReported(DocumentType.PORTFOLIO, Portfolio.builder().addTransactions(alone).build(), broken.code(),
                "/data/transactions/0" + pointer(broken.path()));
          } else {
            assertReported(DOCUMENTS.get(defect.type()), broken.value(), broken.code(),
                "/data" + pointer(broken.path()));
          }
        })));
  }

  @Test
  void violationsDeepInAPortfolioPointAtTheirElement() {
    Portfolio portfolio = Seeds.list(100).stream().map(seed -> Generators.portfolios().generate(GenContext.of(seed, 5)))
        .filter(p -> p.initiatives().size() >= 4 && p.organisations().size() >= 2
            && responsibleForNoActivity(p.initiatives().get(3)).isPresent()).findFirst().orElseThrow();
    List<Initiative> initiatives = new ArrayList<>(portfolio.initiatives());
    Initiative fourth = initiatives.get(3);
    int renamed = responsibleForNoActivity(fourth).orElseThrow();
    List<Participant> participants = new ArrayList<>(fourth.participants());
    participants.set(renamed, participants.get(renamed).withOrganisation(OrganisationId.of("nowhere")));
    initiatives.set(3, fourth.withTitle(" ").withParticipants(participants));
    List<Organisation> organisations = new ArrayList<>(portfolio.organisations());
    organisations.set(1, organisations.get(1).withName(""));
    Portfolio broken = portfolio.withInitiatives(initiatives).withOrganisations(organisations);
    String document = json.write(DocumentType.PORTFOLIO, broken);
    assertThatThrownBy(() -> json.read(DocumentType.PORTFOLIO, document))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code() + "@" + p.pointer())
            .containsExactlyInAnyOrder("value.blank@/data/initiatives/3/title",
                "portfolio.reference.unknown@/data/initiatives/3/participants/" + renamed + "/organisation",
                "value.blank@/data/organisations/1/name"));
    assertThat(PartnershipJson.create().read(DocumentType.PORTFOLIO, document)).isEqualTo(broken);
  }

  /**
   * @return the index of a participant no activity names as responsible, so that renaming it breaks
   *     only the reference to the portfolio's organisations
   */
  private static Optional<Integer> responsibleForNoActivity(Initiative initiative) {
    List<OrganisationId> responsible = initiative.resultsFramework().specificObjectives().stream()
        .flatMap(o -> o.expectedResults().stream()).flatMap(r -> r.activities().stream())
        .flatMap(a -> a.responsible().stream()).toList();
    List<Participant> participants = initiative.participants();
    return IntStream.range(0, participants.size())
        .filter(i -> !responsible.contains(participants.get(i).organisation())).boxed().findFirst();
  }

  private <T> void assertReported(DocumentType<T> type, Object draft, String code, String pointer) {
    String document = json.write(type, type.modelType().cast(draft));
    assertThatThrownBy(() -> json.read(type, document)).isInstanceOfSatisfying(JsonReadException.class, e -> {
      assertThat(e.code()).isEqualTo("json.validation.failed");
      assertThat(e.problems()).extracting(p -> p.code() + "@" + p.pointer()).containsExactly(code + "@" + pointer);
    });
  }

  /** @return the JSON Pointer of a validation path: {@code a[1].b} is {@code /a/1/b} */
  private static String pointer(String path) {
    return path.isEmpty() ? "" : "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
  }

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

package org.partnershipsdk.core.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/**
 * Every constraint of the money model fires where it must, with its code, path and messages, and
 * stays silent on its boundary. The agreement is the illustrative CAAC agreement of Comasagua ↔
 * Montauban (the seed texts give no figure).
 */
class FundingValidationTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final OrganisationId CFSI = OrganisationId.of("cfsi");
  private static final OrganisationId SPF = OrganisationId.of("spf-82");
  private static final LocalDate END = LocalDate.of(2018, 12, 31);

  static FundingAgreement agreement() {
    return FundingAgreement.builder()
        .id(AgreementId.of("cfsi-caac-comasagua"))
        .title("Convention CAAC (illustrative)")
        .funder(CFSI)
        .recipient(SPF)
        .amount(Money.of("45000", "EUR"))
        .period(Period.of(LocalDate.of(2015, 9, 1), END))
        .status(AgreementStatus.SIGNED)
        .signedOn(LocalDate.of(2015, 7, 15))
        .addTranches(
            Tranche.builder().number(1).plannedOn(LocalDate.of(2015, 9, 1)).amount(Money.of("30000", "EUR")).build(),
            Tranche.builder().number(2).plannedOn(END).amount(Money.of("15000", "EUR")).afterReport(1).build())
        .addReports(ReportingObligation.builder().number(1).kind(ReportKind.NARRATIVE).dueOn(LocalDate.of(2016, 10, 31))
            .submittedOn(LocalDate.of(2016, 10, 20)).acceptedOn(LocalDate.of(2016, 10, 20)).build())
        .build();
  }

  private static List<Violation> violations(Object value) {
    return VALIDATOR.validate(value).violations();
  }

  private static Violation only(Object value, String code, String path) {
    List<Violation> violations = violations(value);
    assertThat(violations).extracting(v -> v.code() + "@" + v.path()).containsExactly(code + "@" + path);
    Violation violation = violations.get(0);
    assertThat(violation.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    assertThat(violation.message(Locale.FRENCH)).isNotBlank().doesNotContain("{")
        .isNotEqualTo(violation.message(Locale.ENGLISH));
    return violation;
  }

  private static FundingAgreement withTranche(int index, Tranche tranche) {
    List<Tranche> tranches = new java.util.ArrayList<>(agreement().tranches());
    tranches.set(index, tranche);
    return agreement().withTranches(tranches);
  }

  @Test
  void theAgreementOnItsBoundariesIsValid() {
    // a tranche planned on the last day, a report accepted the day it was submitted, tranches equal to the amount
    assertThat(violations(agreement())).isEmpty();
    assertThat(violations(FundingAgreement.builder().id(AgreementId.of("draft")).build()))
        .extracting(v -> v.code() + "@" + v.path())
        .containsExactlyInAnyOrder("value.blank@title", "value.required@funder", "value.required@recipient",
            "value.required@amount");
  }

  @Test
  void aSignedStatusNeedsASignatureDateButADraftDoesNot() {
    only(agreement().withSignedOn(Optional.empty()), "agreement.signature-date.missing", "signedOn");
    only(agreement().withSignedOn(Optional.empty()).withStatus(AgreementStatus.CLOSED),
        "agreement.signature-date.missing", "signedOn");
    assertThat(violations(agreement().withSignedOn(Optional.empty()).withStatus(AgreementStatus.DRAFT))).isEmpty();
  }

  @Test
  void aTrancheDatedTheDayAfterTheEndOrPaidBeforeTheStartIsOutsideThePeriod() {
    Tranche second = agreement().tranches().get(1);
    Violation late = only(withTranche(1, second.withPlannedOn(END.plusDays(1))),
        "agreement.tranche.outside-period", "tranches[1].plannedOn");
    assertThat(late.message(Locale.ENGLISH)).isEqualTo(
        "The day January 1, 2019 is outside the agreement's period, September 1, 2015 – December 31, 2018");
    assertThat(late.message(Locale.FRENCH)).isEqualTo(
        "Le 1 janvier 2019 est en dehors de la période de la convention, 1 septembre 2015 – 31 décembre 2018");
    only(withTranche(0, agreement().tranches().get(0).withStatus(TrancheStatus.PAID)
        .withPaidOn(LocalDate.of(2015, 8, 31))), "agreement.tranche.outside-period", "tranches[0].paidOn");
  }

  @Test
  void aTrancheInAnotherCurrencyIsReportedAndNotAddedUp() {
    Violation violation = only(withTranche(1, agreement().tranches().get(1).withAmount(Money.of("99000", "XOF"))),
        "agreement.currency-mismatch", "tranches[1].amount");
    assertThat(violation.message(Locale.ENGLISH)).contains("XOF", "EUR");
  }

  @Test
  void tranchesAboveTheAmountAreReportedOnTheTranches() {
    Violation violation = only(withTranche(1, agreement().tranches().get(1).withAmount(Money.of("15000.01", "EUR"))),
        "agreement.tranches.exceed-amount", "tranches");
    assertThat(violation.message(Locale.ENGLISH)).isEqualTo(
        "The tranches add up to €45,000.01, more than the agreement's €45,000.00");
  }

  @Test
  void numbersAreUniqueAndATrancheWaitsOnlyForAReportTheAgreementRequires() {
    only(withTranche(1, agreement().tranches().get(1).withNumber(1)), "agreement.tranche.number-duplicate",
        "tranches[1].number");
    only(agreement().withReports(agreement().reports().get(0), agreement().reports().get(0).withAcceptedOn(
        Optional.empty())), "agreement.report.number-duplicate", "reports[1].number");
    only(withTranche(1, agreement().tranches().get(1).withAfterReport(2)), "agreement.tranche.report-unknown",
        "tranches[1].afterReport");
  }

  @Test
  void aPaidTrancheSaysWhenAndAnUnpaidOneHasNoPaymentDay() {
    only(withTranche(0, agreement().tranches().get(0).withStatus(TrancheStatus.PAID)), "tranche.paid.date-missing",
        "tranches[0].paidOn");
    only(withTranche(0, agreement().tranches().get(0).withPaidOn(LocalDate.of(2015, 9, 10))),
        "tranche.paid.status-mismatch", "tranches[0].status");
    only(withTranche(0, agreement().tranches().get(0).withStatus(TrancheStatus.REQUESTED)
        .withPaidAmount(Money.of("1", "EUR"))), "tranche.paid.status-mismatch", "tranches[0].status");
  }

  @Test
  void aReportIsAcceptedOnOrAfterItsSubmissionNeverWithoutIt() {
    ReportingObligation report = agreement().reports().get(0);
    only(agreement().withReports(report.withAcceptedOn(LocalDate.of(2016, 10, 19))), "report.accepted.before-submitted",
        "reports[0].acceptedOn");
    only(agreement().withReports(report.withSubmittedOn(Optional.empty())), "report.accepted.before-submitted",
        "reports[0].acceptedOn");
  }

  @Test
  void aNegativeAmountIsReportedOnItsAmountAlone() {
    only(agreement().withAmount(Money.of("-1", "EUR")), "value.positive-or-zero", "amount.amount");
  }

  @Test
  void budgetLinesAreInTheBudgetsCurrencyAndARevisionKeepsTheOriginal() {
    Initiative initiative = Initiative.builder().id(InitiativeId.of("caac-comasagua-montauban"))
        .title("Des paniers paysans").budget(Money.of("90000", "EUR"))
        .addBudgetLines(BudgetLine.of(BudgetCategory.TRAVEL, "Missions croisées", Money.of("30000", "EUR"))
            .withRevisedAmount(Money.of("25000", "EUR")))
        .build();
    assertThat(violations(initiative)).isEmpty();
    BudgetLine line = initiative.budgetLines().get(0);
    only(initiative.withBudgetLines(line.withAmount(Optional.empty())), "budget.line.revised-without-original",
        "budgetLines[0].revisedAmount");
    only(initiative.withBudgetLines(line.withAmount(Optional.empty()).withRevisedAmount(Optional.empty())),
        "budget.line.amount-missing", "budgetLines[0].amount");
    only(initiative.withBudgetLines(line.withRevisedAmount(Money.of("25000", "USD"))), "budget.line.currency-mismatch",
        "budgetLines[0].revisedAmount");
    only(initiative.withBudgetLines(line.withAmount(Money.of("30000", "XOF")).withRevisedAmount(Optional.empty())),
        "initiative.budget-lines.currency-mismatch", "budgetLines[0].amount");
    only(initiative.withBudgetLines(line.withCategory(BudgetCategory.OTHER)), "budget.line.other-category-unnamed",
        "budgetLines[0].otherCategory");
    assertThat(violations(initiative.withBudgetLines(line.withCategory(BudgetCategory.OTHER)
        .withOtherCategory("Ateliers")))).isEmpty();
    // Without a stated budget, the lines agree with the first line's currency.
    only(initiative.withBudget(Optional.empty()).withBudgetLines(line,
        BudgetLine.of(BudgetCategory.STAFF, "Animation", Money.of("1", "XOF"))),
        "initiative.budget-lines.currency-mismatch", "budgetLines[1].amount");
  }

  @Test
  void aRefusedCoFinancingDoesNotCountTowardsTheBudget() {
    Initiative initiative = Initiative.builder().id(InitiativeId.of("i")).title("t").budget(Money.of("100", "EUR"))
        .addCoFinancing(CoFinancing.of(CFSI, Money.of("80", "EUR")),
            CoFinancing.of(SPF, Money.of("40", "EUR")).withStatus(CoFinancingStatus.REFUSED))
        .build();
    assertThat(violations(initiative)).isEmpty();
    only(initiative.withCoFinancing(initiative.coFinancing().get(0),
        initiative.coFinancing().get(1).withStatus(CoFinancingStatus.REQUESTED)),
        "initiative.co-financing.exceeds-budget", "coFinancing");
  }

  @Test
  void aDocumentSaysWhereItIsAndItsLanguageIsAnIsoCode() {
    DocumentLink link = DocumentLink.of("Convention signée", DocumentCategory.AGREEMENT,
        URI.create("https://example.org/convention.pdf"));
    assertThat(violations(link)).isEmpty();
    assertThat(violations(link.withUrl(Optional.empty()).withStoreReference("ged://42"))).isEmpty();
    only(link.withUrl(Optional.empty()), "document.location.missing", "url");
    only(link.withUrl(Optional.empty()).withStoreReference(" "), "document.location.missing", "url");
    only(link.withLanguage("French"), "value.pattern", "language");
    only(link.withCategory(Optional.empty()), "value.required", "category");
  }

  @Test
  void aTransactionPayingATrancheNamesItsAgreement() {
    Transaction transaction = Transaction.builder().id(TransactionId.of("t-1")).kind(TransactionKind.DISBURSEMENT)
        .date(LocalDate.of(2016, 12, 5)).amount(Money.of("15000", "EUR")).tranche(2).build();
    only(transaction, "transaction.tranche.without-agreement", "agreement");
    assertThat(violations(transaction.withAgreement(AgreementId.of("a")))).isEmpty();
    assertThat(violations(Transaction.builder().id(TransactionId.of("draft")).build()))
        .extracting(v -> v.code() + "@" + v.path())
        .containsExactlyInAnyOrder("value.required@kind", "value.required@date", "value.required@amount");
  }

  @Test
  void aPortfolioChecksTheReferencesOfItsAgreementsAndTransactions() {
    FundingAgreement agreement = agreement().withInitiatives(InitiativeId.of("caac-comasagua-montauban"));
    Transaction paid = Transaction.builder().id(TransactionId.of("t-1")).kind(TransactionKind.DISBURSEMENT)
        .date(LocalDate.of(2016, 12, 5)).amount(Money.of("15000", "EUR")).provider(CFSI).receiver(SPF)
        .agreement(agreement.id()).tranche(2).build();
    Portfolio portfolio = Portfolio.builder()
        .addOrganisations(organisation(CFSI), organisation(SPF))
        .addInitiatives(Initiative.builder().id(InitiativeId.of("caac-comasagua-montauban")).title("t")
            .addCoFinancing(CoFinancing.of(CFSI, Money.of("45000", "EUR")).withAgreement(agreement.id())).build())
        .addAgreements(agreement)
        .addTransactions(paid)
        .build();
    assertThat(violations(portfolio)).isEmpty();
    Violation tranche = only(portfolio.withTransactions(paid.withTranche(3)), "portfolio.tranche.unknown",
        "transactions[0].tranche");
    assertThat(tranche.message(Locale.ENGLISH)).isEqualTo("The agreement cfsi-caac-comasagua has no tranche 3");
    assertThat(violations(portfolio.withAgreements(agreement.withFunder(OrganisationId.of("afd")))
        .withTransactions(paid.withAgreement(AgreementId.of("other")).withInitiative(InitiativeId.of("nowhere")))
        .withInitiatives(portfolio.initiatives().get(0).withCoFinancing(portfolio.initiatives().get(0).coFinancing()
            .get(0).withAgreement(AgreementId.of("lost"))))))
        .extracting(v -> v.code() + "@" + v.path())
        .containsExactlyInAnyOrder(
            "portfolio.reference.unknown@initiatives[0].coFinancing[0].agreement",
            "portfolio.reference.unknown@agreements[0].funder",
            "portfolio.reference.unknown@transactions[0].initiative",
            "portfolio.reference.unknown@transactions[0].agreement");
    only(portfolio.withAgreements(agreement, agreement.withTitle("again")), "portfolio.id.duplicate",
        "agreements[1].id");
    only(portfolio.withAgreements(agreement.withInitiatives(InitiativeId.of("elsewhere"))),
        "portfolio.reference.unknown", "agreements[0].initiatives[0]");
  }

  private static Organisation organisation(OrganisationId id) {
    return Organisation.builder().id(id).name(id.value()).nature(org.partnershipsdk.core.organisation.OrganisationNature
        .ASSOCIATION).country(org.partnershipsdk.core.model.CountryCode.FRANCE).build();
  }
}

package org.partnershipsdk.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.TransactionId;

/** The money model's values: what they derive, their code lists, and that a signatory is never printed. */
class FundingModelTest {
  private static final LocalDate PAID = LocalDate.of(2016, 12, 5);

  static Tranche paidTranche() {
    return Tranche.builder().number(2).amount(Money.of("15000", "EUR")).afterReport(1).status(TrancheStatus.PAID)
        .paidOn(PAID).build();
  }

  static ReportingObligation interimReport(LocalDate accepted) {
    return ReportingObligation.builder().number(1).kind(ReportKind.NARRATIVE).submittedOn(LocalDate.of(2016, 10, 20))
        .acceptedOn(accepted).build();
  }

  @Test
  void anAgreementFindsItsTranchesAndReportsByNumberAndIsSignedOnlyWithADate() {
    FundingAgreement agreement = FundingAgreement.builder().id(AgreementId.of("cfsi-caac"))
        .addTranches(paidTranche()).addReports(interimReport(LocalDate.of(2016, 11, 15))).build();
    assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(agreement.isSigned()).isFalse();
    assertThat(agreement.withStatus(AgreementStatus.SIGNED).isSigned()).isFalse();
    assertThat(agreement.withStatus(AgreementStatus.SIGNED).withSignedOn(LocalDate.of(2015, 7, 15)).isSigned()).isTrue();
    assertThat(agreement.tranche(2)).contains(paidTranche());
    assertThat(agreement.tranche(1)).isEmpty();
    assertThat(agreement.reportBefore(paidTranche())).map(ReportingObligation::number).contains(1);
    assertThat(agreement.reportBefore(paidTranche().withAfterReport(9))).isEmpty();
    assertThatThrownBy(() -> agreement.reportBefore(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void aTranchePaysItsAmountUnlessItStatesAnotherAndOnlyOncePaid() {
    assertThat(paidTranche().amountPaid()).contains(Money.of("15000", "EUR"));
    assertThat(paidTranche().withPaidAmount(Money.of("14500", "EUR")).amountPaid()).contains(Money.of("14500", "EUR"));
    assertThat(paidTranche().withStatus(TrancheStatus.REQUESTED).amountPaid()).isEmpty();
    assertThat(Tranche.builder().number(1).build().status()).isEqualTo(TrancheStatus.PLANNED);
  }

  @Test
  void aReportIsAcceptedByTheDayItWasAcceptedNotBefore() {
    ReportingObligation report = interimReport(LocalDate.of(2016, 11, 15));
    assertThat(report.isSubmitted()).isTrue();
    assertThat(report.isAcceptedBy(LocalDate.of(2016, 11, 15))).isTrue();
    assertThat(report.isAcceptedBy(LocalDate.of(2016, 11, 14))).isFalse();
    assertThat(ReportingObligation.builder().number(2).build().isAcceptedBy(LocalDate.MAX)).isFalse();
  }

  @Test
  void aBudgetLineKeepsItsOriginalAmountBesideTheRevisedOne() {
    BudgetLine line = BudgetLine.of(BudgetCategory.TRAVEL, "Missions croisées", Money.of("12000", "EUR"));
    assertThat(line.currentAmount()).contains(Money.of("12000", "EUR"));
    BudgetLine revised = line.withRevisedAmount(Money.of("9500", "EUR"));
    assertThat(revised.currentAmount()).contains(Money.of("9500", "EUR"));
    assertThat(revised.amount()).contains(Money.of("12000", "EUR"));
  }

  @Test
  void anInitiativeAddsUpItsLinesOnlyWhenAllHaveAnAmountInOneCurrency() {
    Initiative initiative = Initiative.builder().id(InitiativeId.of("i"))
        .addBudgetLines(BudgetLine.of(BudgetCategory.TRAVEL, "a", Money.of("100", "EUR")),
            BudgetLine.of(BudgetCategory.STAFF, "b", Money.of("50", "EUR")).withRevisedAmount(Money.of("70", "EUR")))
        .build();
    assertThat(initiative.budgetLinesTotal()).contains(Money.of("170", "EUR"));
    assertThat(initiative.withBudgetLines().budgetLinesTotal()).isEmpty();
    assertThat(initiative.withBudgetLines(BudgetLine.of(BudgetCategory.TRAVEL, "a", Money.of("100", "EUR")),
        BudgetLine.of(BudgetCategory.TRAVEL, "b", Money.of("100", "XOF"))).budgetLinesTotal()).isEmpty();
    assertThat(initiative.withBudgetLines(BudgetLine.builder().label("draft").build()).budgetLinesTotal()).isEmpty();
  }

  @Test
  void aRefusedCoFinancingIsToldApart() {
    CoFinancing share = CoFinancing.of(OrganisationId.of("cfsi"), Money.of("30000", "EUR"));
    assertThat(share.status()).isEmpty();
    assertThat(share.isRefused()).isFalse();
    assertThat(share.withStatus(CoFinancingStatus.REFUSED).isRefused()).isTrue();
    assertThat(share.withStatus(CoFinancingStatus.GRANTED).withAgreement(AgreementId.of("a")).agreement())
        .contains(AgreementId.of("a"));
  }

  @Test
  void transactionKindsAreIatiTransactionTypesOneToOne() {
    assertThat(Arrays.stream(TransactionKind.values()).map(k -> k.code() + "=" + k.iatiCode())).containsExactly(
        "incoming-funds=1", "commitment=2", "disbursement=3", "expenditure=4", "reimbursement=7");
    Transaction paid = Transaction.builder().id(TransactionId.of("t")).kind(TransactionKind.DISBURSEMENT).build();
    assertThat(paid.is(TransactionKind.DISBURSEMENT)).isTrue();
    assertThat(paid.is(TransactionKind.COMMITMENT)).isFalse();
    assertThat(Transaction.builder().id(TransactionId.of("t")).build().is(TransactionKind.DISBURSEMENT)).isFalse();
  }

  @Test
  void documentCategoriesMapOntoIatiDocumentCategories() {
    assertThat(Arrays.stream(DocumentCategory.values()).map(c -> c.code() + "=" + c.iatiCode().orElse("-")))
        .containsExactly("terms-of-reference=A02", "feasibility-study=A01", "agreement=A11",
            "memorandum-of-understanding=A09", "budget=A05", "report=A08", "evaluation=A07", "photo=A08",
            "annual-report=B01", "other=-");
  }

  @Test
  void everyCodeListHasStableCodesAndLabelsInBothLanguages() {
    for (Class<? extends Coded> list : java.util.List.of(BudgetCategory.class, AgreementStatus.class,
        TrancheStatus.class, ReportKind.class, TransactionKind.class, CoFinancingStatus.class, DocumentCategory.class)) {
      for (Coded member : list.getEnumConstants()) {
        assertThat(member.code()).as(list.getSimpleName()).matches("[a-z]+(-[a-z]+)*");
        assertThat(member.label(Locale.ENGLISH)).as(member.code()).isNotBlank();
        assertThat(member.label(Locale.FRENCH)).as(member.code()).isNotBlank();
      }
    }
    assertThat(Coded.fromCode(AgreementStatus.class, "amended")).isEqualTo(AgreementStatus.AMENDED);
    assertThat(AgreementStatus.DRAFT.isSigned()).isFalse();
    assertThat(AgreementStatus.TERMINATED.isSigned()).isTrue();
  }

  @Test
  void aSignatoryIsNeverPrinted() {
    Signatory signatory = Signatory.builder().name("Dominique Exemple").function("Président")
        .organisation(OrganisationId.of("spf-82")).signedOn(LocalDate.of(2015, 7, 15)).build();
    assertThat(signatory.toString()).doesNotContain("Dominique", "Président", "spf-82", "2015");
    assertThat(FundingAgreement.builder().id(AgreementId.of("a")).addSignatories(signatory).build().toString())
        .doesNotContain("Dominique");
  }
}

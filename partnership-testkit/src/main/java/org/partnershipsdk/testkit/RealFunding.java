package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.BudgetCategory;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Signatory;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.TrancheStatus;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.TransactionId;

/**
 * The money of the {@link RealCases}, all of it illustrative. Seed 003 says only that the Comasagua ↔
 * Montauban initiative was supported within the CFSI's CAAC programme from 2015 to 2018; the
 * agreement that support implies is shown here with an invented amount, tranches, reports,
 * signatory, dates and transactions, and the initiative with an invented budget, budget lines and
 * CFSI co-financing. Every text users see says so: the agreement's title and description, the
 * budget lines' labels, the documents' titles. None of these figures comes from the sources.
 */
final class RealFunding {
  private static final String ILLUSTRATIVE = " (illustrative)";
  private static final Money CAAC_SUPPORT = Money.of("45000", "EUR");

  private RealFunding() {}

  /** The budget lines of Comasagua ↔ Montauban, adding up to its illustrative budget of 90,000 EUR. */
  static List<BudgetLine> comasaguaBudgetLines() {
    return List.of(
        BudgetLine.of(BudgetCategory.TRAVEL, "Missions croisées entre Comasagua et Montauban" + ILLUSTRATIVE,
            Money.of("30000", "EUR")),
        BudgetLine.of(BudgetCategory.SUPPLIES, "Semences, outils et parcelles maraîchères" + ILLUSTRATIVE,
            Money.of("25000", "EUR")),
        BudgetLine.builder().category(BudgetCategory.TRAINING)
            .label("Ateliers et échanges entre acteurs" + ILLUSTRATIVE)
            .amount(Money.of("25000", "EUR")).revisedAmount(Money.of("28000", "EUR")).build(),
        BudgetLine.builder().category(BudgetCategory.EVALUATION)
            .label("Évaluation finale" + ILLUSTRATIVE)
            .amount(Money.of("10000", "EUR")).revisedAmount(Money.of("7000", "EUR"))
            .period(Period.ofYear(2018)).build());
  }

  /** The CFSI's co-financing of Comasagua ↔ Montauban, received under the illustrative agreement. */
  static CoFinancing comasaguaCoFinancing() {
    return CoFinancing.builder().funder(CaseIds.CFSI).amount(CAAC_SUPPORT).status(CoFinancingStatus.RECEIVED)
        .agreement(CaseIds.COMASAGUA_AGREEMENT).build();
  }

  /**
   * The CAAC agreement of the CFSI with the Secours populaire français of Tarn-et-Garonne for
   * Comasagua ↔ Montauban: signed before implementation began, three tranches each paid after the
   * report it waits for was accepted, three reports all accepted, closed.
   */
  static FundingAgreement comasaguaAgreement() {
    return FundingAgreement.builder()
        .id(CaseIds.COMASAGUA_AGREEMENT)
        .title("Convention CAAC — Des paniers paysans de Comasagua au jardin solidaire de Montauban" + ILLUSTRATIVE)
        .description("Illustrative: the source texts say only that the CFSI's CAAC programme supported this"
            + " initiative from 2015 to 2018; the amount, tranches, reports, dates and signatory are invented to show"
            + " the model")
        .funder(CaseIds.CFSI)
        .recipient(CaseIds.SPF_82)
        .addInitiatives(CaseIds.COMASAGUA_MONTAUBAN)
        .amount(CAAC_SUPPORT)
        .period(Period.of(LocalDate.of(2015, 9, 1), LocalDate.of(2018, 12, 31)))
        .status(AgreementStatus.CLOSED)
        .signedOn(LocalDate.of(2015, 7, 15))
        .addSignatories(Signatory.builder().name("Dominique Exemple").function("Président (fictitious)")
            .organisation(CaseIds.SPF_82).signedOn(LocalDate.of(2015, 7, 15)).build())
        .addConditions("The second and third tranches are paid once the previous interim report is accepted"
            + ILLUSTRATIVE)
        .addTranches(
            tranche(1, LocalDate.of(2015, 9, 1), "18000", 0, LocalDate.of(2015, 9, 10)),
            tranche(2, LocalDate.of(2016, 12, 1), "15000", 1, LocalDate.of(2016, 12, 5)),
            tranche(3, LocalDate.of(2017, 12, 1), "12000", 2, LocalDate.of(2017, 12, 4)))
        .addReports(
            report(1, ReportKind.NARRATIVE, Period.of(LocalDate.of(2015, 9, 1), LocalDate.of(2016, 8, 31)),
                LocalDate.of(2016, 10, 31), LocalDate.of(2016, 10, 20), LocalDate.of(2016, 11, 15)),
            report(2, ReportKind.FINANCIAL, Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2017, 8, 31)),
                LocalDate.of(2017, 10, 31), LocalDate.of(2017, 10, 25), LocalDate.of(2017, 11, 20)),
            report(3, ReportKind.FINAL, Period.of(LocalDate.of(2015, 9, 1), LocalDate.of(2018, 12, 31)),
                LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 15), LocalDate.of(2019, 4, 30)))
        .addDocuments(DocumentLink.builder().title("Convention de financement signée" + ILLUSTRATIVE)
            .category(DocumentCategory.AGREEMENT).storeReference("example-store/caac/comasagua/convention.pdf")
            .language("fr").date(LocalDate.of(2015, 7, 15)).build())
        .build();
  }

  /** The CFSI's commitment under the agreement, then one disbursement per tranche, on its day. */
  static List<Transaction> comasaguaTransactions() {
    FundingAgreement agreement = comasaguaAgreement();
    Transaction commitment = Transaction.builder()
        .id(TransactionId.of("caac-comasagua-commitment"))
        .kind(TransactionKind.COMMITMENT)
        .date(LocalDate.of(2015, 7, 15))
        .amount(CAAC_SUPPORT)
        .provider(CaseIds.CFSI)
        .receiver(CaseIds.SPF_82)
        .initiative(CaseIds.COMASAGUA_MONTAUBAN)
        .agreement(agreement.id())
        .description("CAAC support committed" + ILLUSTRATIVE)
        .build();
    List<Transaction> transactions = new ArrayList<>(List.of(commitment));
    for (Tranche tranche : agreement.tranches()) {
      transactions.add(commitment.withId(TransactionId.of("caac-comasagua-tranche-" + tranche.number()))
          .withKind(TransactionKind.DISBURSEMENT)
          .withDate(tranche.paidOn().orElseThrow())
          .withAmount(tranche.amountPaid().orElseThrow())
          .withTranche(tranche.number())
          .withDescription("Tranche " + tranche.number() + " paid" + ILLUSTRATIVE));
    }
    return List.copyOf(transactions);
  }

  private static Tranche tranche(int number, LocalDate planned, String amount, int afterReport, LocalDate paid) {
    Tranche.Builder tranche = Tranche.builder()
        .number(number)
        .plannedOn(planned)
        .amount(Money.of(amount, "EUR"))
        .status(TrancheStatus.PAID)
        .paidOn(paid);
    if (afterReport > 0) {
      tranche.afterReport(afterReport).condition("Interim report " + afterReport + " accepted");
    }
    return tranche.build();
  }

  private static ReportingObligation report(int number, ReportKind kind, Period period, LocalDate due,
      LocalDate submitted, LocalDate accepted) {
    return ReportingObligation.builder()
        .number(number)
        .kind(kind)
        .period(period)
        .dueOn(due)
        .submittedOn(submitted)
        .acceptedOn(accepted)
        .build();
  }
}

package org.partnershipsdk.examples;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.TrancheStatus;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.CurrencyMismatchException;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * Follows the money of a funding agreement: the CAAC agreement of Comasagua ↔ Montauban as the
 * shipped {@code examples/real-cases.json} records it (all its figures are illustrative: the seed
 * texts give none), its tranches with the reports they wait for, and the transactions made under
 * it. Then records one more payment with the receipt that proves it, and asks what the checks would
 * have said had the last tranche been paid before its report was accepted and the final report
 * never come (a hypothetical, on the same illustrative figures). Last, adds amounts of two
 * currencies, which the SDK refuses without a rate the caller states. Pass {@code fr} to print the
 * findings in French.
 */
public final class FollowTheMoney {
  private FollowTheMoney() {}

  /** @param args optionally {@code fr} for French messages; English otherwise */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && args[0].equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    Portfolio cases = ExampleDocuments.realCases();
    FundingAgreement agreement = cases.agreements().get(0);
    Money committed = agreement.amount().orElseThrow();

    System.out.println(agreement.title());
    System.out.println("  " + committed + " from " + agreement.funder().orElseThrow() + " to "
        + agreement.recipient().orElseThrow() + ", " + agreement.period().start().orElseThrow() + " to "
        + agreement.period().end().orElseThrow() + ", " + agreement.status().label(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    for (Tranche tranche : agreement.tranches()) {
      System.out.println("  tranche " + tranche.number() + ": " + tranche.amount().orElseThrow() + ", paid on "
          + tranche.paidOn().orElseThrow() + agreement.reportBefore(tranche).map(report -> ", after report "
          + report.number() + " accepted on " + report.acceptedOn().orElseThrow()).orElse(""));
    }
    List<Transaction> transactions = cases.transactions().stream()
        .filter(t -> t.agreement().filter(agreement.id()::equals).isPresent()).toList();
    List<Money> disbursed = new ArrayList<>();
    transactions.stream().filter(t -> t.is(TransactionKind.DISBURSEMENT)).forEach(t -> disbursed.add(t.amount().get()));
    System.out.println("  disbursed " + Money.total(committed.currency(), disbursed) + " of " + committed
        + " committed, in " + disbursed.size() + " transactions");

    // Record a payment as it happens, with the document that proves it.
    Transaction expenditure = Transaction.builder()
        .id(TransactionId.of("caac-comasagua-seeds-2016"))
        .kind(TransactionKind.EXPENDITURE)
        .date(LocalDate.of(2016, 3, 14))
        .amount(Money.of("2350", "EUR"))
        .provider(agreement.recipient())
        .initiative(agreement.initiatives().get(0))
        .agreement(agreement.id())
        .description("Seeds for the market-garden plots (illustrative)")
        .addDocuments(DocumentLink.of("Invoice for seeds (illustrative)", DocumentCategory.OTHER,
            URI.create("https://documents.example.org/invoices/2016-03-14.pdf")))
        .build();
    Portfolio recorded = cases.withTransactions(append(cases.transactions(), expenditure));
    System.out.println("Recorded " + expenditure.id() + " with " + expenditure.documents().size()
        + " document: valid " + ModelValidator.create().validate(recorded).isValid());

    // What if the last tranche had gone out before its report was accepted, and the final report never come?
    Tranche last = agreement.tranches().get(agreement.tranches().size() - 1);
    ReportingObligation finalReport = agreement.reports().get(agreement.reports().size() - 1);
    FundingAgreement hypothetical = agreement
        .withTranches(append(agreement.tranches().subList(0, agreement.tranches().size() - 1),
            last.withStatus(TrancheStatus.PAID).withPaidOn(LocalDate.of(2017, 11, 1))))
        .withReports(append(agreement.reports().subList(0, agreement.reports().size() - 1),
            finalReport.withSubmittedOn(java.util.Optional.empty()).withAcceptedOn(java.util.Optional.empty())));
    Clock may2019 = Clock.fixed(LocalDate.of(2019, 5, 2).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    System.out.println("What the checks would have said on 2019-05-02:");
    for (Finding finding : RulesEngine.of(Profiles.standard(), may2019)
        .evaluate(Portfolio.builder().addAgreements(hypothetical).build()).findings()) {
      System.out.println("  " + finding.severity().code() + " " + finding.ruleId() + " " + finding.path() + ": "
          + finding.message(locale));
    }

    // Amounts of two currencies add up only at a rate the caller states.
    Money cfsi = Money.of("30000", "EUR");
    Money unsas = Money.of("5000000", "XOF");
    try {
      Money.total(CurrencyCode.EUR, List.of(cfsi, unsas));
    } catch (CurrencyMismatchException e) {
      System.out.println("Refused: " + e.getMessage(locale));
    }
    BigDecimal eurPerXof = new BigDecimal("0.00152449"); // 1/655.957, the euro parity of the CFA franc
    System.out.println("At the stated rate: " + Money.total(CurrencyCode.EUR,
        List.of(cfsi, unsas.convertedTo(CurrencyCode.EUR, eurPerXof))));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> appended = new ArrayList<>(list);
    appended.add(element);
    return appended;
  }
}

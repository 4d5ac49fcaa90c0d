package org.partnershipsdk.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.TransactionId;

/**
 * Generates money and obligations: budget lines that add up to their budget, funding agreements
 * whose tranches fall within their period and amount and are paid after the reports they wait for,
 * signatories, transactions under an agreement, and document links.
 */
final class FundingGenerators {
  private static final List<String> LANGUAGES = List.of("fr", "en", "es", "pt");

  private FundingGenerators() {}

  /** @return a link to a document, on the web or in the user's store, sometimes both */
  static DocumentLink document(GenContext context) {
    DocumentCategory category = context.pick(DocumentCategory.class);
    String title = context.pick(Vocabulary.DOCUMENT_TITLES);
    DocumentLink.Builder link = DocumentLink.builder().title(title).category(category);
    boolean web = context.chance(0.6);
    String slug = category.code() + "-" + context.intBetween(1, 999);
    if (web) {
      link.url(URI.create("https://documents.example.org/" + slug + ".pdf"));
    }
    if (!web || context.chance(0.3)) {
      link.storeReference("ged://" + slug);
    }
    if (context.chance(0.7)) {
      link.language(context.pick(LANGUAGES));
    }
    if (context.chance(0.6)) {
      link.date(context.dateBetween(Draws.EARLIEST, Draws.LATEST_START));
    }
    return link.build();
  }

  /** @return up to {@code max} document links, fewer in a small context */
  static List<DocumentLink> documents(GenContext context, int max) {
    List<DocumentLink> documents = new ArrayList<>();
    for (int i = Draws.count(context, 0, max); i > 0; i--) {
      documents.add(document(context));
    }
    return documents;
  }

  /**
   * @return lines whose current amounts add up to the budget exactly, some revised (a share moved
   *     from one line to the next), each within the period, one per year for some
   */
  static List<BudgetLine> budgetLines(GenContext context, Money budget, Period period) {
    int count = Draws.count(context, 1, 5);
    List<BigDecimal> amounts = split(context, budget.amount(), count);
    List<BudgetLine> lines = new ArrayList<>();
    List<BudgetCategory> categories = Draws.distinct(context, List.of(BudgetCategory.values()), count);
    for (int i = 0; i < count; i++) {
      BudgetCategory category = i < categories.size() ? categories.get(i) : BudgetCategory.OTHER;
      BudgetLine.Builder line = BudgetLine.builder()
          .category(category)
          .label(category == BudgetCategory.OTHER ? context.pick(Vocabulary.BUDGET_LABELS)
              : category.label(Locale.FRENCH))
          .amount(Money.of(amounts.get(i), budget.currency()));
      if (category == BudgetCategory.OTHER) {
        line.otherCategory(context.pick(Vocabulary.BUDGET_LABELS));
      }
      if (context.chance(0.4)) {
        LocalDate start = period.start().orElseThrow();
        int year = context.intBetween(start.getYear(), period.end().orElseThrow().getYear());
        line.period(Period.ofYear(year));
      }
      lines.add(line.build());
    }
    if (count >= 2 && context.chance(0.4)) { // a revision moves part of the first line to the second
      BigDecimal moved = amounts.get(0).divide(BigDecimal.valueOf(4), amounts.get(0).scale(), RoundingMode.DOWN);
      lines.set(0, lines.get(0).withRevisedAmount(Money.of(amounts.get(0).subtract(moved), budget.currency())));
      lines.set(1, lines.get(1).withRevisedAmount(Money.of(amounts.get(1).add(moved), budget.currency())));
    }
    return lines;
  }

  /** @return the shares with a status, some naming no status, as forms often leave it */
  static List<CoFinancing> withStatuses(GenContext context, List<CoFinancing> shares) {
    List<CoFinancing> stated = new ArrayList<>();
    for (CoFinancing share : shares) {
      stated.add(context.chance(0.7) ? share.withStatus(context.pick(CoFinancingStatus.class)) : share);
    }
    return stated;
  }

  /**
   * @return an agreement between two organisations for some initiatives: signed unless a draft,
   *     with tranches that add up to its amount, each within its period, paid (for some) after the
   *     report it waits for was accepted
   */
  static FundingAgreement agreement(GenContext context, Refs refs, AgreementId id) {
    List<OrganisationId> parties = Draws.distinct(context, refs.organisations(), 2);
    CurrencyCode currency = context.pick(Places.BUDGET_CURRENCIES);
    Money amount = Money.of(Draws.amount(context, currency, 5_000, 300_000), currency);
    LocalDate start = context.dateBetween(Draws.EARLIEST, Draws.LATEST_START);
    Period period = Period.of(start, Draws.after(context, start, 180, 3 * 365));
    AgreementStatus status = context.chance(0.15) ? AgreementStatus.DRAFT
        : context.pick(List.of(AgreementStatus.SIGNED, AgreementStatus.SIGNED, AgreementStatus.AMENDED,
            AgreementStatus.CLOSED, AgreementStatus.TERMINATED));
    FundingAgreement.Builder agreement = FundingAgreement.builder()
        .id(id)
        .title(context.pick(Vocabulary.AGREEMENT_TITLES))
        .amount(amount)
        .period(period)
        .status(status)
        .initiatives(Draws.distinct(context, refs.initiatives(), Draws.count(context, 0, 2)))
        .conditions(Draws.texts(context, Vocabulary.AGREEMENT_CONDITIONS, 0, 2))
        .documents(documents(context, 2));
    if (!parties.isEmpty()) {
      agreement.funder(parties.get(0));
    }
    if (parties.size() > 1) {
      agreement.recipient(parties.get(1));
    }
    if (status.isSigned()) {
      LocalDate signed = start.minusDays(context.intBetween(0, 60));
      agreement.signedOn(signed);
      for (int i = Draws.count(context, 0, 2); i > 0; i--) {
        agreement.addSignatories(signatory(context, parties, signed));
      }
    }
    if (context.chance(0.3)) {
      agreement.description(context.pick(Vocabulary.AGREEMENT_DESCRIPTIONS));
    }
    List<ReportingObligation> reports = reports(context, period);
    agreement.reports(reports);
    agreement.tranches(tranches(context, amount, period, reports, status.isSigned()));
    return LaterDetails.agreement(context, agreement.build());
  }

  /** @return a person who signed for one of the parties, on the agreement's day */
  static Signatory signatory(GenContext context, List<OrganisationId> parties, LocalDate signed) {
    Signatory.Builder signatory = Signatory.builder().name(context.pick(People.NAMES));
    if (context.chance(0.7)) {
      signatory.function(context.pick(People.SIGNATORY_FUNCTIONS));
    }
    if (!parties.isEmpty() && context.chance(0.8)) {
      signatory.organisation(context.pick(parties));
    }
    if (context.chance(0.5)) {
      signatory.signedOn(signed);
    }
    return signatory.build();
  }

  /** Reports numbered from 1, due after the part of the period they cover; some submitted and accepted. */
  private static List<ReportingObligation> reports(GenContext context, Period period) {
    LocalDate start = period.start().orElseThrow();
    LocalDate end = period.end().orElseThrow();
    int count = Draws.count(context, 0, 3);
    List<ReportingObligation> reports = new ArrayList<>();
    LocalDate from = start;
    for (int n = 1; n <= count; n++) {
      LocalDate to = n == count ? end : from.plusDays(Math.max(1, (end.toEpochDay() - from.toEpochDay()) / 2));
      LocalDate due = to.plusDays(context.intBetween(15, 90));
      ReportingObligation.Builder report = ReportingObligation.builder()
          .number(n)
          .kind(n == count && context.chance(0.5) ? ReportKind.FINAL : context.pick(ReportKind.class))
          .period(Period.of(from, to))
          .dueOn(due);
      if (context.chance(0.7)) {
        LocalDate submitted = Draws.after(context, due, -10, 30);
        report.submittedOn(submitted);
        if (context.chance(0.7)) {
          report.acceptedOn(Draws.after(context, submitted, 0, 45));
        }
      }
      if (context.chance(0.4)) {
        report.addDocuments(document(context).withCategory(DocumentCategory.REPORT));
      }
      reports.add(report.build());
      from = to.plusDays(1);
      if (from.isAfter(end)) {
        break;
      }
    }
    return reports;
  }

  /**
   * Tranches numbered from 1 that share the amount, planned within the period; the ones after the
   * first wait for a report and are paid, in a signed agreement, only once it was accepted.
   */
  private static List<Tranche> tranches(GenContext context, Money amount, Period period,
      List<ReportingObligation> reports, boolean signed) {
    int count = Draws.count(context, 0, 3);
    List<BigDecimal> amounts = split(context, amount.amount(), Math.max(1, count));
    List<Tranche> tranches = new ArrayList<>();
    LocalDate start = period.start().orElseThrow();
    LocalDate end = period.end().orElseThrow();
    for (int n = 1; n <= count; n++) {
      LocalDate planned = LocalDate.ofEpochDay(start.toEpochDay()
          + (end.toEpochDay() - start.toEpochDay()) * (n - 1) / count);
      Tranche.Builder tranche = Tranche.builder()
          .number(n)
          .plannedOn(planned)
          .amount(Money.of(amounts.get(n - 1), amount.currency()));
      ReportingObligation awaited = n > 1 && reports.size() >= n - 1 ? reports.get(n - 2) : null;
      if (awaited != null) {
        tranche.afterReport(awaited.number()).condition(context.pick(Vocabulary.TRANCHE_CONDITIONS));
      }
      LocalDate earliest = awaited == null ? planned : awaited.acceptedOn().orElse(null);
      if (signed && earliest != null && !earliest.isAfter(end) && context.chance(0.7)) {
        tranche.status(TrancheStatus.PAID).paidOn(Draws.after(context, earliest, 0,
            (int) Math.min(30, end.toEpochDay() - earliest.toEpochDay())));
      } else if (signed && context.chance(0.3)) {
        tranche.status(TrancheStatus.REQUESTED);
      }
      tranches.add(tranche.build());
    }
    return tranches;
  }

  /**
   * @return transactions under the agreements: a commitment of each signed one, disbursements of its
   *     paid tranches, and expenditure within its period, in its currency
   */
  static List<Transaction> transactions(GenContext context, List<FundingAgreement> agreements, int max) {
    List<Transaction> transactions = new ArrayList<>();
    for (FundingAgreement agreement : agreements) {
      if (transactions.size() >= max || !agreement.isSigned() || agreement.amount().isEmpty()) {
        continue;
      }
      Money amount = agreement.amount().get();
      transactions.add(transaction(context, transactions.size() + 1, agreement, TransactionKind.COMMITMENT,
          agreement.signedOn().get(), amount));
      for (Tranche tranche : agreement.tranches()) {
        if (tranche.isPaid() && transactions.size() < max) {
          transactions.add(transaction(context, transactions.size() + 1, agreement, TransactionKind.DISBURSEMENT,
              tranche.paidOn().get(), tranche.amountPaid().get()).withTranche(tranche.number()));
        }
      }
      if (transactions.size() < max && context.chance(0.5)) {
        LocalDate day = context.dateBetween(agreement.period().start().get(), agreement.period().end().get());
        BigDecimal spent = amount.amount().divide(BigDecimal.valueOf(context.intBetween(2, 10)),
            amount.amount().scale(), RoundingMode.DOWN);
        transactions.add(transaction(context, transactions.size() + 1, agreement, TransactionKind.EXPENDITURE, day,
            Money.of(spent, amount.currency())).withProvider(agreement.recipient()).withReceiver(Optional.empty()));
      }
    }
    return transactions;
  }

  private static Transaction transaction(GenContext context, int rank, FundingAgreement agreement,
      TransactionKind kind, LocalDate day, Money amount) {
    Transaction.Builder transaction = Transaction.builder()
        .id(TransactionId.of("transaction-" + rank))
        .kind(kind)
        .date(day)
        .amount(amount)
        .provider(agreement.funder())
        .receiver(agreement.recipient())
        .agreement(agreement.id());
    if (!agreement.initiatives().isEmpty()) {
      transaction.initiative(agreement.initiatives().get(0));
    }
    if (context.chance(0.4)) {
      transaction.description(context.pick(Vocabulary.TRANSACTION_DESCRIPTIONS));
    }
    if (context.chance(0.3)) {
      transaction.addDocuments(document(context));
    }
    return transaction.build();
  }

  /** @return a standalone transaction: any kind, under an agreement of its own */
  static Transaction transaction(GenContext context, Refs refs) {
    List<OrganisationId> parties = Draws.distinct(context, refs.organisations(), 2);
    CurrencyCode currency = context.pick(Places.BUDGET_CURRENCIES);
    Transaction.Builder transaction = Transaction.builder()
        .id(TransactionId.of("transaction-" + context.intBetween(1, 9999)))
        .kind(context.pick(TransactionKind.class))
        .date(context.dateBetween(Draws.EARLIEST, Draws.LATEST_START))
        .amount(Money.of(Draws.amount(context, currency, 100, 100_000), currency))
        .provider(parties.get(0))
        .receiver(parties.get(1));
    if (context.chance(0.6)) {
      transaction.agreement(AgreementId.of("agreement-" + context.intBetween(1, 999)));
      if (context.chance(0.5)) {
        transaction.tranche(context.intBetween(1, 3));
      }
    }
    if (context.chance(0.5)) {
      transaction.initiative(InitiativeId.of("initiative-" + context.intBetween(1, 999)));
    }
    if (context.chance(0.4)) {
      transaction.description(context.pick(Vocabulary.TRANSACTION_DESCRIPTIONS));
    }
    transaction.documents(documents(context, 2));
    return transaction.build();
  }

  /** @return {@code count} amounts of the total's scale, each at least one unit when it can be, adding up to it */
  static List<BigDecimal> split(GenContext context, BigDecimal total, int count) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, total.scale()));
    long units = total.divide(unit).longValue();
    List<BigDecimal> amounts = new ArrayList<>();
    long left = units;
    for (int i = 1; i < count; i++) {
      long share = left <= 0 ? 0 : context.longBetween(0, left / 2);
      amounts.add(unit.multiply(BigDecimal.valueOf(share)));
      left -= share;
    }
    amounts.add(total.subtract(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    return amounts;
  }
}

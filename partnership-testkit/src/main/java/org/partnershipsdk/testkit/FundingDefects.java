package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.OrganisationDefects.first;
import static org.partnershipsdk.testkit.OrganisationDefects.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.portfolio.Portfolio;

/** Breaks valid budgets, documents, agreements, transactions and portfolios in exactly one place each. */
final class FundingDefects {
  private FundingDefects() {}

  /** An initiative whose budget lines (replaced by one line) or first document carry the defect. */
  static Initiative initiative(GenContext context, Initiative valid, Defect defect) {
    Money budget = valid.budget().orElse(null);
    CurrencyCode currency = budget == null ? context.pick(Places.BUDGET_CURRENCIES) : budget.currency();
    Money some = Money.of(Draws.amount(context, currency, 100, 5_000), currency);
    BudgetLine.Builder line = BudgetLine.builder().category(BudgetCategory.TRAVEL).label("Missions croisées");
    return switch (defect) {
      case REVISED_WITHOUT_ORIGINAL -> valid.withBudgetLines(line.revisedAmount(some).build());
      case BUDGET_LINE_OTHER_UNNAMED -> valid.withBudgetLines(line.category(BudgetCategory.OTHER).amount(some).build());
      case BUDGET_LINE_IN_OTHER_CURRENCY -> {
        Money stated = budget != null ? budget : some;
        CurrencyCode other = context.pick(Places.BUDGET_CURRENCIES.stream().filter(c -> !c.equals(currency)).toList());
        yield valid.withBudget(stated).withBudgetLines(line.amount(Money.of(stated.amount(), other)).build());
      }
      case BUDGET_LINE_WITHOUT_AMOUNT -> valid.withBudgetLines(line.build());
      case REVISED_IN_OTHER_CURRENCY -> {
        CurrencyCode other = context.pick(Places.BUDGET_CURRENCIES.stream().filter(c -> !c.equals(currency)).toList());
        yield valid.withBudgetLines(line.amount(some).revisedAmount(Money.of(some.amount(), other)).build());
      }
      case DOCUMENT_WITHOUT_LOCATION -> valid.withDocuments(first(
          DocumentLink.builder().title(context.pick(Vocabulary.DOCUMENT_TITLES))
              .category(context.pick(DocumentCategory.class)).build(),
          rest(valid.documents())));
      case DOCUMENT_LANGUAGE_NOT_A_CODE -> valid.withDocuments(first(
          DocumentLink.builder().title(context.pick(Vocabulary.DOCUMENT_TITLES))
              .category(context.pick(DocumentCategory.class)).url(URI.create("https://example.org/rapport.pdf"))
              .language(context.chance(0.5) ? "French" : "FR").build(),
          rest(valid.documents())));
      default -> throw new IllegalArgumentException("Not a defect of an initiative's money: " + defect);
    };
  }

  static FundingAgreement agreement(GenContext context, Defect defect) {
    FundingAgreement valid = FundingGenerators.agreement(context, Refs.standalone(context),
        AgreementId.of("agreement-" + context.intBetween(1, 999)));
    Money amount = valid.amount().orElseThrow();
    LocalDate end = valid.period().end().orElseThrow();
    Tranche tranche = valid.tranches().isEmpty()
        ? Tranche.builder().number(1).amount(Money.of(BigDecimal.ZERO, amount.currency())).build()
        : valid.tranches().get(0);
    List<Tranche> others = rest(valid.tranches());
    return switch (defect) {
      case AGREEMENT_SIGNED_WITHOUT_DATE -> valid.withStatus(AgreementStatus.SIGNED).withSignedOn(Optional.empty());
      case TRANCHE_OUTSIDE_AGREEMENT -> valid.withTranches(first(
          tranche.withPlannedOn(end.plusDays(context.intBetween(1, 90))), others));
      case TRANCHE_IN_OTHER_CURRENCY -> {
        CurrencyCode other = context.pick(Places.BUDGET_CURRENCIES.stream()
            .filter(c -> !c.equals(amount.currency())).toList());
        yield valid.withTranches(first(tranche.withAmount(Money.of(amount.amount(), other))
            .withPaidAmount(Optional.empty()), others));
      }
      case TRANCHES_EXCEED_AMOUNT -> valid.withTranches(first(tranche.withAmount(Money.of(
          amount.amount().add(BigDecimal.valueOf(context.intBetween(1, 10_000))), amount.currency())), others));
      case DUPLICATE_TRANCHE_NUMBER -> valid.withTranches(first(tranche, first(Tranche.builder()
          .number(tranche.number()).amount(Money.of(BigDecimal.ZERO, amount.currency())).build(), others)));
      case DUPLICATE_REPORT_NUMBER -> {
        ReportingObligation report = valid.reports().isEmpty()
            ? ReportingObligation.builder().number(1).kind(ReportKind.FINAL).build()
            : valid.reports().get(0);
        yield valid.withReports(first(report, first(ReportingObligation.builder().number(report.number())
            .kind(context.pick(ReportKind.class)).build(), rest(valid.reports()))));
      }
      case UNPAID_TRANCHE_WITH_PAYMENT_DAY -> valid.withTranches(first(tranche
          .withStatus(context.chance(0.5) ? TrancheStatus.PLANNED : TrancheStatus.REQUESTED)
          .withPaidOn(tranche.paidOn().or(() -> valid.period().start())), others));
      case TRANCHE_NUMBER_NOT_POSITIVE -> valid.withTranches(first(tranche.withNumber(0), others));
      case SIGNATORY_WITHOUT_NAME -> valid.withSignatories(first(
          Signatory.builder().function(context.pick(People.SIGNATORY_FUNCTIONS)).build(),
          rest(valid.signatories())));
      case TRANCHE_AFTER_UNKNOWN_REPORT -> valid.withTranches(first(
          tranche.withAfterReport(valid.reports().size() + context.intBetween(1, 5)), others));
      case TRANCHE_PAID_WITHOUT_DATE -> valid.withTranches(first(
          tranche.withStatus(TrancheStatus.PAID).withPaidOn(Optional.empty()), others));
      case REPORT_ACCEPTED_BEFORE_SUBMITTED -> {
        ReportingObligation report = valid.reports().isEmpty()
            ? ReportingObligation.builder().number(1).kind(ReportKind.NARRATIVE).build()
            : valid.reports().get(0);
        LocalDate submitted = report.dueOn().orElse(end);
        yield valid.withReports(first(report.withSubmittedOn(submitted)
            .withAcceptedOn(submitted.minusDays(context.intBetween(1, 30))), rest(valid.reports())));
      }
      case NEGATIVE_AGREEMENT_AMOUNT -> valid.withAmount(Money.of(amount.amount().negate()
          .subtract(BigDecimal.ONE), amount.currency()));
      default -> throw new IllegalArgumentException("Not a defect of a funding agreement: " + defect);
    };
  }

  static Transaction transaction(GenContext context, Defect defect) {
    Transaction valid = FundingGenerators.transaction(context, Refs.standalone(context));
    return switch (defect) {
      case TRANCHE_WITHOUT_AGREEMENT -> valid.withAgreement(Optional.empty()).withTranche(context.intBetween(1, 4));
      case MISSING_TRANSACTION_KIND -> valid.withKind(Optional.empty());
      default -> throw new IllegalArgumentException("Not a defect of a transaction: " + defect);
    };
  }

  /** A valid portfolio given a first agreement of its own ("-0" never ends a generated id) carrying the defect. */
  static Portfolio portfolio(GenContext context, Portfolio valid, Defect defect) {
    List<InitiativeId> initiatives = valid.initiatives().stream().map(Initiative::id).toList();
    FundingAgreement agreement = FundingGenerators.agreement(context, new Refs(
        valid.organisations().stream().map(Organisation::id).toList(), List.of(), List.of(), initiatives),
        AgreementId.of("agreement-0"));
    return switch (defect) {
      case AGREEMENT_UNKNOWN_INITIATIVE -> valid.withAgreements(first(agreement.withInitiatives(first(
          InitiativeId.of("unknown-initiative-" + context.intBetween(1, 99)), agreement.initiatives())),
          valid.agreements()));
      case TRANSACTION_UNKNOWN_TRANCHE -> valid.withAgreements(first(agreement, valid.agreements()))
          .withTransactions(first(Transaction.builder()
              .id(TransactionId.of("transaction-0"))
              .kind(TransactionKind.DISBURSEMENT)
              .date(agreement.period().start().orElseThrow())
              .amount(agreement.amount().orElseThrow())
              .provider(agreement.funder())
              .receiver(agreement.recipient())
              .agreement(agreement.id())
              .tranche(agreement.tranches().size() + context.intBetween(1, 5))
              .build(), valid.transactions()));
      default -> throw new IllegalArgumentException("Not a defect of a portfolio's money: " + defect);
    };
  }
}

package org.partnershipsdk.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules about money and obligations: reports owed under funding agreements, tranches
 * paid before the report they wait for, disbursements above the commitment, expenditure outside an
 * agreement's period, budget lines that do not add up, implementation started before the money was
 * secured, and agreements about to end with obligations open. The seed texts say little about money;
 * these practices are common funder requirements (grant agreements, the IATI Standard's transactions
 * and conditions). Their texts are in {@code texts/rules-funding_en|fr.properties}. Not for public use:
 * see {@code BuiltInRules}.
 */
public final class FundingRules {
  /** Id of {@link #REPORT_OVERDUE}. */
  public static final String REPORT_OVERDUE_ID = "agreement.report.overdue";
  /** Id of {@link #TRANCHE_PAID_BEFORE_REPORT}. */
  public static final String TRANCHE_PAID_BEFORE_REPORT_ID = "agreement.tranche.paid-before-report";
  /** Id of {@link #DISBURSEMENTS_EXCEED_COMMITMENT}. */
  public static final String DISBURSEMENTS_EXCEED_COMMITMENT_ID = "agreement.disbursements.exceed-commitment";
  /** Id of {@link #OBLIGATIONS_OPEN_AT_END}. */
  public static final String OBLIGATIONS_OPEN_AT_END_ID = "agreement.obligations.open-at-end";
  /** Id of {@link #EXPENDITURE_OUTSIDE_PERIOD}. */
  public static final String EXPENDITURE_OUTSIDE_PERIOD_ID = "transaction.expenditure.outside-period";
  /** Id of {@link #BUDGET_LINES_MISMATCH}. */
  public static final String BUDGET_LINES_MISMATCH_ID = "initiative.budget.lines-mismatch";
  /** Id of {@link #IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT}. */
  public static final String IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT_ID = "initiative.implementation.agreement-unsigned";
  /** Id of {@link #IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING}. */
  public static final String IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING_ID =
      "initiative.implementation.co-financing-not-granted";

  /** Id of {@link #CLOSURE_BEFORE_FINAL_REPORT}. */
  public static final String CLOSURE_BEFORE_FINAL_REPORT_ID = "initiative.closure.final-report-missing";

  /** Of {@link #REPORT_OVERDUE}: days after the due date before a report not submitted is overdue. */
  public static final Parameter<Integer> REPORT_GRACE_DAYS = Parameter.ofInt("graceDays", 15,
      "Days after its due date during which a report not yet submitted is not reported",
      "Nombre de jours après l'échéance pendant lesquels un rapport non remis n'est pas signalé");

  /** Of {@link #OBLIGATIONS_OPEN_AT_END}: how many days before its end an agreement is about to end. */
  public static final Parameter<Integer> DAYS_BEFORE_END = Parameter.ofInt("days", 60,
      "Days before the end of its period from which an agreement with open obligations is reported",
      "Nombre de jours avant la fin de sa période à partir duquel une convention aux engagements ouverts est signalée");

  private static final String IATI = "[IATI 2018] ";

  /**
   * A report of an agreement that is past its due date by more than {@link #REPORT_GRACE_DAYS} days
   * and was not submitted. Draft agreements owe nothing yet. Warning, at
   * {@code reports[i].submittedOn}.
   */
  public static final Rule<FundingAgreement> REPORT_OVERDUE = BuiltIn.rule(Subject.AGREEMENT,
      REPORT_OVERDUE_ID, Severity.WARNING,
      IATI + "an activity records the conditions attached to its funding (ConditionType) and its contract "
          + "(DocumentCategory A11); a report due on a day the agreement sets is one of its terms, a check of the SDK",
      (agreement, context, findings) -> {
        if (agreement.status() == AgreementStatus.DRAFT) {
          return;
        }
        int grace = context.parameter(REPORT_GRACE_DAYS);
        LocalDate today = context.today();
        List<ReportingObligation> reports = agreement.reports();
        for (int i = 0; i < reports.size(); i++) {
          ReportingObligation report = reports.get(i);
          if (!report.isSubmitted() && report.dueOn().isPresent()
              && report.dueOn().get().plusDays(grace).isBefore(today)) {
            findings.report(indexed("reports", i) + ".submittedOn", Map.of("number", report.number(),
                "kind", report.kind().map(Object.class::cast).orElse("—"), "due", report.dueOn().get(),
                "days", ChronoUnit.DAYS.between(report.dueOn().get(), today)));
          }
        }
      }, REPORT_GRACE_DAYS);

  /**
   * A tranche paid while the report it waits for ({@link Tranche#afterReport()}) had not been
   * accepted on the day of payment. Error, at {@code tranches[i].paidOn}.
   */
  public static final Rule<FundingAgreement> TRANCHE_PAID_BEFORE_REPORT = BuiltIn.rule(Subject.AGREEMENT,
      TRANCHE_PAID_BEFORE_REPORT_ID, Severity.ERROR,
      IATI + "a performance condition requires outputs or outcomes of the recipient (ConditionType 2); a tranche "
          + "that waits for a report is such a condition of the agreement, a check of the SDK",
      (agreement, context, findings) -> {
        List<Tranche> tranches = agreement.tranches();
        for (int i = 0; i < tranches.size(); i++) {
          Tranche tranche = tranches.get(i);
          Optional<ReportingObligation> report = agreement.reportBefore(tranche);
          if (tranche.isPaid() && tranche.paidOn().isPresent() && report.isPresent()
              && !report.get().isAcceptedBy(tranche.paidOn().get())) {
            findings.report(indexed("tranches", i) + ".paidOn", Map.of("tranche", tranche.number(),
                "paid", tranche.paidOn().get(), "report", report.get().number(),
                "accepted", report.get().acceptedOn().map(Object.class::cast).orElse("—")));
          }
        }
      });

  /**
   * Disbursements (and reimbursements) under an agreement adding up to more than what was committed:
   * its commitment transactions, or its amount when none is recorded. Only amounts in the
   * commitment's currency are added up: the SDK converts nothing without a stated rate. Warning, at
   * {@code amount}.
   */
  public static final Rule<FundingAgreement> DISBURSEMENTS_EXCEED_COMMITMENT = BuiltIn.rule(Subject.AGREEMENT,
      DISBURSEMENTS_EXCEED_COMMITMENT_ID, Severity.WARNING,
      IATI + "a commitment is a firm, written obligation to provide a specified amount (TransactionType 2), "
          + "disbursements place funds at the recipient's disposal (3); more disbursed than committed is an "
          + "arithmetic check of the SDK",
      (agreement, context, findings) -> {
        List<Transaction> transactions = context.transactionsOf(agreement.id());
        if (transactions.isEmpty()) {
          return;
        }
        Optional<Money> committed = committed(agreement, transactions);
        if (committed.isEmpty()) {
          return;
        }
        CurrencyCode currency = committed.get().currency();
        BigDecimal disbursed = sum(transactions, currency, TransactionKind.DISBURSEMENT, TransactionKind.REIMBURSEMENT);
        if (disbursed.compareTo(committed.get().amount()) > 0) {
          findings.report("amount", "disbursed", Money.of(disbursed, currency), "committed", committed.get());
        }
      });

  /**
   * A signed agreement whose period ends within {@link #DAYS_BEFORE_END} days (today included) while
   * a report is not accepted or a tranche not paid. Warning, at {@code period.end}.
   */
  public static final Rule<FundingAgreement> OBLIGATIONS_OPEN_AT_END = BuiltIn.rule(Subject.AGREEMENT,
      OBLIGATIONS_OPEN_AT_END_ID, Severity.WARNING,
      IATI + "an activity in finalisation is complete but open pending financial sign-off (ActivityStatus 3); "
          + "reports and tranches still open as an agreement ends are a check of the SDK",
      (agreement, context, findings) -> {
        if (agreement.status() != AgreementStatus.SIGNED && agreement.status() != AgreementStatus.AMENDED
            || agreement.period().end().isEmpty()) {
          return;
        }
        LocalDate end = agreement.period().end().get();
        LocalDate today = context.today();
        if (end.isBefore(today) || end.isAfter(today.plusDays(context.parameter(DAYS_BEFORE_END)))) {
          return;
        }
        long reports = agreement.reports().stream().filter(r -> r.acceptedOn().isEmpty()).count();
        long tranches = agreement.tranches().stream().filter(t -> !t.isPaid()).count();
        if (reports + tranches > 0) {
          findings.report("period.end", Map.of("end", end, "days", ChronoUnit.DAYS.between(today, end),
              "reports", reports, "tranches", tranches));
        }
      }, DAYS_BEFORE_END);

  /**
   * An expenditure made under an agreement dated outside the agreement's period (expenditure
   * outside it is usually not eligible). Warning, at {@code date}.
   */
  public static final Rule<Transaction> EXPENDITURE_OUTSIDE_PERIOD = BuiltIn.rule(Subject.TRANSACTION,
      EXPENDITURE_OUTSIDE_PERIOD_ID, Severity.WARNING,
      IATI + "expenditure is spent on goods and services for the activity (TransactionType 4), a commitment "
          + "holds under particular terms (2); expenditure outside the agreement's period is a check of the SDK",
      (transaction, context, findings) -> {
        if (!transaction.is(TransactionKind.EXPENDITURE) || transaction.date().isEmpty()
            || transaction.agreement().isEmpty()) {
          return;
        }
        Optional<FundingAgreement> agreement = context.agreement(transaction.agreement().get());
        LocalDate day = transaction.date().get();
        if (agreement.isPresent() && !agreement.get().period().contains(day)) {
          Period period = agreement.get().period();
          findings.report("date", Map.of("day", day, "agreement", title(agreement.get()),
              "start", period.start().map(Object.class::cast).orElse("…"),
              "end", period.end().map(Object.class::cast).orElse("…")));
        }
      });

  /**
   * An initiative whose budget lines, at their current amounts, do not add up to its budget. Lines
   * without an amount or in mixed currencies are left to validation. Warning, at {@code budgetLines}.
   */
  public static final Rule<Initiative> BUDGET_LINES_MISMATCH = BuiltIn.rule(Subject.INITIATIVE,
      BUDGET_LINES_MISMATCH_ID, Severity.WARNING,
      IATI + "an activity's budget is reported as values for periods; lines that do not add up to the total "
          + "are an arithmetic check of the SDK",
      (initiative, context, findings) -> {
        Optional<Money> total = initiative.budgetLinesTotal();
        Optional<Money> budget = initiative.budget();
        if (total.isPresent() && budget.isPresent() && total.get().hasSameCurrencyAs(budget.get())
            && total.get().compareTo(budget.get()) != 0) {
          findings.report("budgetLines", "total", total.get(), "budget", budget.get());
        }
      });

  /**
   * An initiative that entered implementation while none of the funding agreements that fund it
   * had been signed by that day. Silent when no agreement of the portfolio funds it. Warning, at
   * {@code cycle}.
   */
  public static final Rule<Initiative> IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT = BuiltIn.rule(Subject.INITIATIVE,
      IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT_ID, Severity.WARNING,
      IATI + "a commitment is a firm, written obligation (TransactionType 2); an action implemented before the "
          + "agreement that commits its funds is signed is a check of the SDK",
      (initiative, context, findings) -> {
        Optional<LocalDate> started = initiative.cycle().entered(Stage.IMPLEMENTATION);
        List<FundingAgreement> agreements = context.agreementsOf(initiative.id());
        if (started.isEmpty() || agreements.isEmpty()) {
          return;
        }
        StringJoiner unsigned = new StringJoiner(", ");
        for (FundingAgreement agreement : agreements) {
          if (agreement.isSigned() && !agreement.signedOn().get().isAfter(started.get())) {
            return;
          }
          unsigned.add(title(agreement));
        }
        findings.report("cycle", "started", started.get(), "agreements", unsigned.toString());
      });

  /**
   * An initiative that entered implementation while one of its co-financing shares is still only
   * requested. Shares without a stated status are not judged. Warning, at
   * {@code coFinancing[i].status}.
   */
  public static final Rule<Initiative> IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING = BuiltIn.rule(Subject.INITIATIVE,
      IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING_ID, Severity.WARNING,
      IATI + "a pledge is indicative and non-binding, a commitment firm and written (TransactionType 13 and "
          + "11); an action implemented on co-financing only requested is a check of the SDK",
      (initiative, context, findings) -> {
        Optional<LocalDate> started = initiative.cycle().entered(Stage.IMPLEMENTATION);
        if (started.isEmpty()) {
          return;
        }
        List<CoFinancing> shares = initiative.coFinancing();
        for (int i = 0; i < shares.size(); i++) {
          CoFinancing share = shares.get(i);
          if (share.status().filter(s -> s == CoFinancingStatus.REQUESTED).isPresent()) {
            findings.report(indexed("coFinancing", i) + ".status", Map.of("funder", name(context, share.funder()),
                "amount", share.amount(), "started", started.get()));
          }
        }
      });

  /**
   * An initiative closed (its cycle is in closure) while a final report owed under one of the
   * agreements that fund it had not been submitted by the day of the closure. Draft agreements owe
   * nothing yet. The funder's cycle model ({@code CycleModels.funder()}) uses it as the guard of
   * closure. Warning, at {@code cycle}.
   */
  public static final Rule<Initiative> CLOSURE_BEFORE_FINAL_REPORT = BuiltIn.rule(Subject.INITIATIVE,
      CLOSURE_BEFORE_FINAL_REPORT_ID, Severity.WARNING,
      IATI + "an activity stays in finalisation, open pending financial sign-off or M&E, before it is closed "
          + "(ActivityStatus 3 and 4); a closure without the final report is a check of the SDK",
      (initiative, context, findings) -> {
        Optional<StageEntry> current = initiative.cycle().current();
        if (current.isEmpty() || current.get().stage() != Stage.CLOSURE) {
          return;
        }
        LocalDate closed = current.get().date();
        for (FundingAgreement agreement : context.agreementsOf(initiative.id())) {
          if (agreement.status() == AgreementStatus.DRAFT) {
            continue;
          }
          for (ReportingObligation report : agreement.reports()) {
            boolean owed = report.kind().filter(k -> k == ReportKind.FINAL).isPresent();
            if (owed && report.submittedOn().filter(d -> !d.isAfter(closed)).isEmpty()) {
              findings.report("cycle", Map.of("closed", closed, "report", report.number(),
                  "agreement", title(agreement)));
            }
          }
        }
      });

  private static final List<Rule<?>> ALL = List.of(
      REPORT_OVERDUE, TRANCHE_PAID_BEFORE_REPORT, DISBURSEMENTS_EXCEED_COMMITMENT, OBLIGATIONS_OPEN_AT_END,
      EXPENDITURE_OUTSIDE_PERIOD, BUDGET_LINES_MISMATCH, IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT,
      IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING, CLOSURE_BEFORE_FINAL_REPORT);

  private FundingRules() {}

  /**
   * @return every rule of the family, in order: agreements (reports, tranches, disbursements, end),
   *     transactions, then the initiatives' budget and funding
   */
  public static List<Rule<?>> all() {
    return ALL;
  }

  /** @return what was committed: the commitment transactions' total, or the agreement's amount */
  private static Optional<Money> committed(FundingAgreement agreement, List<Transaction> transactions) {
    Optional<CurrencyCode> currency = agreement.amount().map(Money::currency).or(() -> transactions.stream()
        .filter(t -> t.is(TransactionKind.COMMITMENT)).flatMap(t -> t.amount().stream()).map(Money::currency)
        .findFirst());
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    boolean recorded = transactions.stream().anyMatch(t -> t.is(TransactionKind.COMMITMENT) && t.amount().isPresent());
    return recorded ? Optional.of(Money.of(sum(transactions, currency.get(), TransactionKind.COMMITMENT), currency.get()))
        : agreement.amount();
  }

  private static BigDecimal sum(List<Transaction> transactions, CurrencyCode currency, TransactionKind... kinds) {
    BigDecimal total = BigDecimal.ZERO;
    for (Transaction transaction : transactions) {
      for (TransactionKind kind : kinds) {
        if (transaction.is(kind) && transaction.amount().filter(a -> a.currency().equals(currency)).isPresent()) {
          total = total.add(transaction.amount().get().amount());
        }
      }
    }
    return total;
  }

  private static String indexed(String property, int index) {
    return property + "[" + index + "]";
  }

  /** @return the agreement's title, or its identifier when it has none */
  private static String title(FundingAgreement agreement) {
    return agreement.title().isBlank() ? agreement.id().value() : agreement.title();
  }

  /** @return the organisation's name, or its identifier when the portfolio does not name it */
  private static String name(RuleContext context, OrganisationId id) {
    return context.organisation(id).map(Organisation::name).filter(n -> !n.isBlank()).orElse(id.value());
  }
}

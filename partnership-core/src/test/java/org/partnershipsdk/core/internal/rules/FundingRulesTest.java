package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.BudgetCategory;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.TrancheStatus;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleSet;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.SubjectRef;

/**
 * Each rule on money and obligations fires, stays silent, and meets its threshold where it has one.
 * The agreement is an illustrative CAAC agreement of the CFSI with the Secours populaire français of
 * Tarn-et-Garonne for Comasagua ↔ Montauban (the seed texts give no figure); the run is on 15 June
 * 2024 unless a test says otherwise.
 */
class FundingRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final OrganisationId CFSI = OrganisationId.of("cfsi");
  private static final OrganisationId SPF = OrganisationId.of("spf-82");
  private static final AgreementId AGREEMENT_ID = AgreementId.of("cfsi-caac-comasagua");
  private static final InitiativeId COMASAGUA = InitiativeId.of("caac-comasagua-montauban");
  private static final SubjectRef AGREEMENT = new SubjectRef("agreement", "cfsi-caac-comasagua");
  private static final List<Organisation> ORGANISATIONS = List.of(
      Organisation.builder().id(CFSI).name("CFSI").nature(OrganisationNature.NETWORK).country(CountryCode.FRANCE)
          .build(),
      Organisation.builder().id(SPF).name("Secours populaire français 82").nature(OrganisationNature.ASSOCIATION)
          .country(CountryCode.FRANCE).build());

  // ---------------------------------------------------------------------------------------------
  // Fixture

  /** Signed, 2022–2024, 30,000 EUR in two tranches, the second after report 1; report 2 final. */
  private static FundingAgreement.Builder agreement() {
    return FundingAgreement.builder()
        .id(AGREEMENT_ID)
        .title("Convention CAAC")
        .funder(CFSI)
        .recipient(SPF)
        .addInitiatives(COMASAGUA)
        .amount(Money.of("30000", "EUR"))
        .period(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
        .status(AgreementStatus.SIGNED)
        .signedOn(LocalDate.of(2021, 12, 15));
  }

  private static Tranche tranche(int number, String amount) {
    return Tranche.builder().number(number).amount(Money.of(amount, "EUR")).build();
  }

  private static ReportingObligation report(int number, LocalDate due) {
    return ReportingObligation.builder().number(number).kind(ReportKind.NARRATIVE).dueOn(due).build();
  }

  private static Transaction transaction(String id, TransactionKind kind, LocalDate date, String amount) {
    return Transaction.builder().id(TransactionId.of(id)).kind(kind).date(date).amount(Money.of(amount, "EUR"))
        .provider(CFSI).receiver(SPF).agreement(AGREEMENT_ID).build();
  }

  private static Initiative.Builder comasagua() {
    return Initiative.builder().id(COMASAGUA).title("Des paniers paysans de Comasagua au jardin solidaire de Montauban");
  }

  private static ProjectCycle implementedFrom(LocalDate date) {
    return ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2021, 6, 1)),
        StageEntry.of(Stage.DESIGN, LocalDate.of(2021, 9, 1)), StageEntry.of(Stage.IMPLEMENTATION, date)));
  }

  private static List<Finding> run(Rule<?> rule, Portfolio.Builder portfolio) {
    return run(rule, portfolio, TODAY);
  }

  private static List<Finding> run(Rule<?> rule, Portfolio.Builder portfolio, LocalDate today) {
    Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return RulesEngine.of(Profile.builder("test").add(rule).build(), clock)
        .evaluate(portfolio.addAllOrganisations(ORGANISATIONS).build()).findings();
  }

  private static Portfolio.Builder with(FundingAgreement agreement, Transaction... transactions) {
    return Portfolio.builder().addAgreements(agreement).addTransactions(transactions);
  }

  private static void assertSingle(List<Finding> findings, String ruleId, Severity severity, SubjectRef subject,
      String path, String english, String french) {
    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo(ruleId);
      assertThat(finding.severity()).isEqualTo(severity);
      assertThat(finding.subject()).isEqualTo(subject);
      assertThat(finding.path()).isEqualTo(path);
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo(english);
      assertThat(finding.message(Locale.FRENCH)).isEqualTo(french);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The family

  @Nested
  class Family {
    @Test
    void idsAreUniqueAndMatchTheirConstants() {
      assertThat(FundingRules.all().stream().map(r -> r.info().id())).doesNotHaveDuplicates().containsExactly(
          FundingRules.REPORT_OVERDUE_ID, FundingRules.TRANCHE_PAID_BEFORE_REPORT_ID,
          FundingRules.DISBURSEMENTS_EXCEED_COMMITMENT_ID, FundingRules.OBLIGATIONS_OPEN_AT_END_ID,
          FundingRules.EXPENDITURE_OUTSIDE_PERIOD_ID, FundingRules.BUDGET_LINES_MISMATCH_ID,
          FundingRules.IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT_ID,
          FundingRules.IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING_ID, FundingRules.CLOSURE_BEFORE_FINAL_REPORT_ID);
    }

    @Test
    void everyRuleHasTextsInBothLanguagesAndAReference() {
      for (Rule<?> rule : FundingRules.all()) {
        RuleInfo<?> info = rule.info();
        for (var label : List.of(info.title(), info.explanation(), info.message())) {
          assertThat(label.en()).as(info.id()).isNotBlank().doesNotStartWith(info.id());
          assertThat(label.fr()).as(info.id()).isNotBlank().isNotEqualTo(label.en());
        }
        // Cites a document only (docs/sources.md), and says where the rule goes beyond what it states.
        assertThat(info.reference()).as(info.id()).hasValueSatisfying(r ->
            assertThat(r).startsWith("[IATI 2018]").doesNotContain("practice").contains("check of the SDK"));
      }
    }

    @Test
    void parametersHaveTheirDefaults() {
      assertThat(FundingRules.REPORT_OVERDUE.info().parameters()).containsExactly(FundingRules.REPORT_GRACE_DAYS);
      assertThat(FundingRules.REPORT_GRACE_DAYS.defaultValue()).isEqualTo(15);
      assertThat(FundingRules.OBLIGATIONS_OPEN_AT_END.info().parameters()).containsExactly(FundingRules.DAYS_BEFORE_END);
      assertThat(FundingRules.DAYS_BEFORE_END.defaultValue()).isEqualTo(60);
      Set<String> named = new HashSet<>();
      FundingRules.all().forEach(r -> r.info().parameters().stream().map(Parameter::name).forEach(named::add));
      assertThat(named).containsExactlyInAnyOrder("graceDays", "days");
    }

    @Test
    void aSoundAgreementAndItsTransactionsRaiseNothing() {
      FundingAgreement sound = agreement()
          .addTranches(tranche(1, "20000").withStatus(TrancheStatus.PAID).withPaidOn(LocalDate.of(2022, 1, 20)),
              tranche(2, "10000").withAfterReport(1).withStatus(TrancheStatus.PAID).withPaidOn(LocalDate.of(2023, 1, 9)))
          .addReports(report(1, LocalDate.of(2022, 11, 30)).withSubmittedOn(LocalDate.of(2022, 11, 28))
              .withAcceptedOn(LocalDate.of(2023, 1, 5)))
          .build();
      Initiative initiative = comasagua().budget(Money.of("30000", "EUR"))
          .addBudgetLines(BudgetLine.of(BudgetCategory.TRAVEL, "Missions", Money.of("30000", "EUR")))
          .addCoFinancing(CoFinancing.of(CFSI, Money.of("30000", "EUR")).withStatus(CoFinancingStatus.GRANTED))
          .cycle(implementedFrom(LocalDate.of(2022, 1, 10))).build();
      Profile all = Profile.builder("all").addAll(new RuleSet("funding", FundingRules.all())).build();
      Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      Portfolio portfolio = with(sound,
          transaction("commitment", TransactionKind.COMMITMENT, LocalDate.of(2021, 12, 15), "30000"),
          transaction("tranche-1", TransactionKind.DISBURSEMENT, LocalDate.of(2022, 1, 20), "20000"),
          transaction("tranche-2", TransactionKind.DISBURSEMENT, LocalDate.of(2023, 1, 9), "10000"),
          transaction("seeds", TransactionKind.EXPENDITURE, LocalDate.of(2022, 3, 1), "1200"))
          .addInitiatives(initiative).addAllOrganisations(ORGANISATIONS).build();
      assertThat(RulesEngine.of(all, clock).evaluate(portfolio).findings()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reports and tranches

  @Nested
  class ReportOverdue {
    private final Rule<FundingAgreement> rule = FundingRules.REPORT_OVERDUE;

    @Test
    void firesOnceTheGraceDaysHavePassed() {
      FundingAgreement late = agreement().addReports(report(1, LocalDate.of(2024, 5, 30))).build();
      assertSingle(run(rule, with(late)), "agreement.report.overdue", Severity.WARNING, AGREEMENT,
          "reports[0].submittedOn",
          "Report 1 (Narrative report) was due on May 30, 2024 and has not been submitted (16 days)",
          "Le rapport 1 (Rapport narratif) était attendu le 30 mai 2024 et n'a pas été remis (16 jours)");
    }

    @Test
    void isSilentOnTheLastDayOfGraceOnceSubmittedOrInADraft() {
      assertThat(run(rule, with(agreement().addReports(report(1, LocalDate.of(2024, 5, 31))).build()))).isEmpty();
      assertThat(run(rule, with(agreement().addReports(report(1, LocalDate.of(2024, 1, 31))
          .withSubmittedOn(LocalDate.of(2024, 3, 1))).build()))).isEmpty();
      assertThat(run(rule, with(agreement().status(AgreementStatus.DRAFT)
          .addReports(report(1, LocalDate.of(2024, 1, 31))).build()))).isEmpty();
      assertThat(run(rule, with(agreement().addReports(ReportingObligation.builder().number(1).build()).build())))
          .isEmpty();
    }

    @Test
    void takesTheProfilesGraceDays() {
      FundingAgreement due = agreement().addReports(report(1, LocalDate.of(2024, 6, 14))).build();
      Profile strict = Profile.builder("strict").add(rule).set(rule.info().id(), "graceDays", 0).build();
      Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      assertThat(RulesEngine.of(strict, clock).evaluate(with(due).addAllOrganisations(ORGANISATIONS).build())
          .findings()).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("(1 days)"));
    }
  }

  @Nested
  class TranchePaidBeforeReport {
    private final Rule<FundingAgreement> rule = FundingRules.TRANCHE_PAID_BEFORE_REPORT;

    private FundingAgreement paidOn(LocalDate paid, LocalDate accepted) {
      ReportingObligation report = report(1, LocalDate.of(2022, 9, 30)).withSubmittedOn(LocalDate.of(2022, 10, 10));
      return agreement()
          .addTranches(tranche(1, "12000"), tranche(2, "10000").withAfterReport(1).withStatus(TrancheStatus.PAID)
              .withPaidOn(paid))
          .addReports(accepted == null ? report : report.withAcceptedOn(accepted))
          .build();
    }

    @Test
    void firesOnATranchePaidTheDayBeforeItsReportWasAccepted() {
      assertSingle(run(rule, with(paidOn(LocalDate.of(2022, 11, 13), LocalDate.of(2022, 11, 14)))),
          "agreement.tranche.paid-before-report", Severity.ERROR, AGREEMENT, "tranches[1].paidOn",
          "Tranche 2 was paid on November 13, 2022, but report 1, which it waits for, was not accepted then"
              + " (accepted: November 14, 2022)",
          "La tranche 2 a été versée le 13 novembre 2022, mais le rapport 1, qu'elle attend, n'était pas accepté à"
              + " cette date (accepté : 14 novembre 2022)");
    }

    @Test
    void firesWhenTheReportWasNeverAccepted() {
      assertThat(run(rule, with(paidOn(LocalDate.of(2022, 11, 13), null)))).singleElement()
          .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("(accepted: —)"));
    }

    @Test
    void isSilentWhenPaidOnTheDayOfAcceptanceOrNotPaidOrWaitingForNothing() {
      assertThat(run(rule, with(paidOn(LocalDate.of(2022, 11, 14), LocalDate.of(2022, 11, 14))))).isEmpty();
      FundingAgreement requested = paidOn(LocalDate.of(2022, 11, 13), null);
      assertThat(run(rule, with(requested.withTranches(requested.tranches().get(0), requested.tranches().get(1)
          .withStatus(TrancheStatus.REQUESTED).withPaidOn(java.util.Optional.empty()))))).isEmpty();
      assertThat(run(rule, with(requested.withTranches(requested.tranches().get(0), requested.tranches().get(1)
          .withAfterReport(java.util.OptionalInt.empty()))))).isEmpty();
    }
  }

  @Nested
  class DisbursementsExceedCommitment {
    private final Rule<FundingAgreement> rule = FundingRules.DISBURSEMENTS_EXCEED_COMMITMENT;

    @Test
    void firesAboveTheCommitmentTransactions() {
      assertSingle(run(rule, with(agreement().build(),
          transaction("c", TransactionKind.COMMITMENT, LocalDate.of(2021, 12, 15), "25000"),
          transaction("d1", TransactionKind.DISBURSEMENT, LocalDate.of(2022, 1, 20), "20000"),
          transaction("r1", TransactionKind.REIMBURSEMENT, LocalDate.of(2022, 6, 20), "5000.01"))),
          "agreement.disbursements.exceed-commitment", Severity.WARNING, AGREEMENT, "amount",
          "€25,000.01 was disbursed under the agreement, more than the €25,000.00 committed",
          "25 000,01 € ont été décaissés au titre de la convention, plus que les 25 000,00 € engagés");
    }

    @Test
    void takesTheAgreementsAmountWhenNoCommitmentIsRecorded() {
      assertThat(run(rule, with(agreement().build(),
          transaction("d1", TransactionKind.DISBURSEMENT, LocalDate.of(2022, 1, 20), "30000.5"))))
          .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("than the €30,000.00"));
    }

    @Test
    void isSilentAtTheCommitmentAndAddsUpNoOtherCurrency() {
      assertThat(run(rule, with(agreement().build(),
          transaction("d1", TransactionKind.DISBURSEMENT, LocalDate.of(2022, 1, 20), "30000"),
          transaction("d2", TransactionKind.DISBURSEMENT, LocalDate.of(2022, 1, 21), "1")
              .withAmount(Money.of("5000000", "XOF")),
          transaction("e", TransactionKind.EXPENDITURE, LocalDate.of(2022, 3, 1), "9000")))).isEmpty();
      assertThat(run(rule, with(agreement().build()))).isEmpty();
    }
  }

  @Nested
  class ObligationsOpenAtEnd {
    private final Rule<FundingAgreement> rule = FundingRules.OBLIGATIONS_OPEN_AT_END;

    private FundingAgreement endingOn(LocalDate end) {
      return agreement().period(Period.of(LocalDate.of(2022, 1, 1), end))
          .addTranches(tranche(1, "20000").withStatus(TrancheStatus.PAID).withPaidOn(LocalDate.of(2022, 1, 20)),
              tranche(2, "10000"))
          .addReports(report(1, end.plusDays(90)))
          .build();
    }

    @Test
    void firesOnTheLastDayOfTheWindow() {
      assertSingle(run(rule, with(endingOn(TODAY.plusDays(60)))), "agreement.obligations.open-at-end",
          Severity.WARNING, AGREEMENT, "period.end",
          "The agreement ends on August 14, 2024 (in 60 days) with 1 report(s) not accepted and 1 tranche(s) not paid",
          "La convention s'achève le 14 août 2024 (dans 60 jours) avec 1 rapport(s) non accepté(s) et 1"
              + " tranche(s) non versée(s)");
      assertThat(run(rule, with(endingOn(TODAY)))).hasSize(1);
    }

    @Test
    void isSilentBeforeTheWindowAfterTheEndWhenSettledOrClosed() {
      assertThat(run(rule, with(endingOn(TODAY.plusDays(61))))).isEmpty();
      assertThat(run(rule, with(endingOn(TODAY.minusDays(1))))).isEmpty();
      FundingAgreement settled = endingOn(TODAY.plusDays(30));
      assertThat(run(rule, with(settled.withTranches(settled.tranches().get(0)).withReports()))).isEmpty();
      assertThat(run(rule, with(settled.withStatus(AgreementStatus.CLOSED)))).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Transactions

  @Nested
  class ExpenditureOutsidePeriod {
    private final Rule<Transaction> rule = FundingRules.EXPENDITURE_OUTSIDE_PERIOD;

    @Test
    void firesTheDayBeforeTheAgreementBegins() {
      assertSingle(run(rule, with(agreement().build(),
          transaction("scales", TransactionKind.EXPENDITURE, LocalDate.of(2021, 12, 31), "1500"))),
          "transaction.expenditure.outside-period", Severity.WARNING, new SubjectRef("transaction", "scales"), "date",
          "The expenditure of December 31, 2021 is charged to Convention CAAC, whose period is January 1, 2022 – December 31, 2024",
          "La dépense du 31 décembre 2021 est imputée à Convention CAAC, dont la période est 1 janvier 2022 – 31 décembre 2024");
    }

    @Test
    void isSilentWithinThePeriodForOtherKindsOrWithoutAKnownAgreement() {
      assertThat(run(rule, with(agreement().build(),
          transaction("first", TransactionKind.EXPENDITURE, LocalDate.of(2022, 1, 1), "1"),
          transaction("last", TransactionKind.EXPENDITURE, LocalDate.of(2024, 12, 31), "1"),
          transaction("commitment", TransactionKind.COMMITMENT, LocalDate.of(2021, 12, 15), "30000"),
          transaction("elsewhere", TransactionKind.EXPENDITURE, LocalDate.of(2021, 1, 1), "1")
              .withAgreement(AgreementId.of("unknown"))))).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Initiatives

  @Nested
  class BudgetLinesMismatch {
    private final Rule<Initiative> rule = FundingRules.BUDGET_LINES_MISMATCH;

    private Portfolio.Builder budgeted(String budget, BudgetLine... lines) {
      return Portfolio.builder().addInitiatives(comasagua().budget(Money.of(budget, "EUR")).addBudgetLines(lines).build());
    }

    @Test
    void firesWhenTheCurrentAmountsDoNotAddUpToTheBudget() {
      assertSingle(run(rule, budgeted("90000",
          BudgetLine.of(BudgetCategory.TRAVEL, "Missions croisées", Money.of("30000", "EUR")),
          BudgetLine.of(BudgetCategory.SUPPLIES, "Semences", Money.of("60000", "EUR"))
              .withRevisedAmount(Money.of("55000", "EUR")))),
          "initiative.budget.lines-mismatch", Severity.WARNING, new SubjectRef("initiative", COMASAGUA.value()),
          "budgetLines", "The budget lines add up to €85,000.00, but the budget is €90,000.00",
          "Les lignes budgétaires s'élèvent à 85 000,00 €, mais le budget est de 90 000,00 €");
    }

    @Test
    void isSilentWhenTheyAddUpOrCannotBeAddedUp() {
      assertThat(run(rule, budgeted("90000",
          BudgetLine.of(BudgetCategory.TRAVEL, "Missions croisées", Money.of("30000", "EUR")),
          BudgetLine.of(BudgetCategory.SUPPLIES, "Semences", Money.of("55000", "EUR"))
              .withRevisedAmount(Money.of("60000", "EUR"))))).isEmpty();
      assertThat(run(rule, budgeted("90000"))).isEmpty();
      assertThat(run(rule, budgeted("90000", BudgetLine.builder().label("draft").build()))).isEmpty();
    }
  }

  @Nested
  class ImplementationWithoutSignedAgreement {
    private final Rule<Initiative> rule = FundingRules.IMPLEMENTATION_WITHOUT_SIGNED_AGREEMENT;

    private Portfolio.Builder implementedFromWith(LocalDate started, FundingAgreement agreement) {
      return Portfolio.builder().addInitiatives(comasagua().cycle(implementedFrom(started)).build())
          .addAgreements(agreement);
    }

    @Test
    void firesWhenImplementationBeganTheDayBeforeTheSignature() {
      assertSingle(run(rule, implementedFromWith(LocalDate.of(2021, 12, 14), agreement().build())),
          "initiative.implementation.agreement-unsigned", Severity.WARNING,
          new SubjectRef("initiative", COMASAGUA.value()), "cycle",
          "Implementation began on December 14, 2021, but none of its agreements was signed by then (Convention CAAC)",
          "La mise en œuvre a commencé le 14 décembre 2021, mais aucune de ses conventions n'était signée à"
              + " cette date (Convention CAAC)");
      assertThat(run(rule, implementedFromWith(LocalDate.of(2022, 1, 10),
          agreement().status(AgreementStatus.DRAFT).signedOn(java.util.Optional.empty()).build()))).hasSize(1);
    }

    @Test
    void isSilentFromTheSignatureDayWithoutAgreementOrBeforeImplementation() {
      assertThat(run(rule, implementedFromWith(LocalDate.of(2021, 12, 15), agreement().build()))).isEmpty();
      assertThat(run(rule, Portfolio.builder().addInitiatives(comasagua().cycle(implementedFrom(
          LocalDate.of(2020, 1, 1))).build()))).isEmpty();
      assertThat(run(rule, Portfolio.builder().addInitiatives(comasagua().build()).addAgreements(agreement().build())))
          .isEmpty();
    }
  }

  @Nested
  class ImplementationWithoutGrantedCoFinancing {
    private final Rule<Initiative> rule = FundingRules.IMPLEMENTATION_WITHOUT_GRANTED_CO_FINANCING;

    private Portfolio.Builder cofinanced(CoFinancingStatus status, ProjectCycle cycle) {
      CoFinancing share = CoFinancing.of(CFSI, Money.of("30000", "EUR"));
      return Portfolio.builder().addInitiatives(comasagua().budget(Money.of("90000", "EUR"))
          .addCoFinancing(status == null ? share : share.withStatus(status)).cycle(cycle).build());
    }

    @Test
    void firesOnAShareStillRequestedOnceImplementationBegan() {
      assertSingle(run(rule, cofinanced(CoFinancingStatus.REQUESTED, implementedFrom(LocalDate.of(2022, 1, 10)))),
          "initiative.implementation.co-financing-not-granted", Severity.WARNING,
          new SubjectRef("initiative", COMASAGUA.value()), "coFinancing[0].status",
          "Implementation began on January 10, 2022 while the co-financing of CFSI (€30,000.00) is still only requested",
          "La mise en œuvre a commencé le 10 janvier 2022 alors que le cofinancement de CFSI (30 000,00 €)"
              + " n'est encore que demandé");
    }

    @Test
    void isSilentOnGrantedReceivedRefusedOrUnstatedSharesAndBeforeImplementation() {
      List<CoFinancingStatus> silent = new ArrayList<>(List.of(CoFinancingStatus.GRANTED, CoFinancingStatus.RECEIVED,
          CoFinancingStatus.REFUSED));
      silent.add(null);
      for (CoFinancingStatus status : silent) {
        assertThat(run(rule, cofinanced(status, implementedFrom(LocalDate.of(2022, 1, 10))))).as("%s", status).isEmpty();
      }
      assertThat(run(rule, cofinanced(CoFinancingStatus.REQUESTED, ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2021, 6, 1))))))).isEmpty();
    }
  }

  @Nested
  class ClosureBeforeFinalReport {
    private final Rule<Initiative> rule = FundingRules.CLOSURE_BEFORE_FINAL_REPORT;

    private Portfolio.Builder closedOn(LocalDate closed, FundingAgreement agreement) {
      List<StageEntry> entries = new ArrayList<>(implementedFrom(LocalDate.of(2022, 1, 10)).entries());
      entries.add(StageEntry.of(Stage.CAPITALISATION, LocalDate.of(2024, 3, 1)));
      entries.add(StageEntry.of(Stage.CLOSURE, closed));
      return Portfolio.builder().addInitiatives(comasagua().cycle(ProjectCycle.of(entries)).build())
          .addAgreements(agreement);
    }

    private FundingAgreement finalReportSubmittedOn(LocalDate submitted) {
      ReportingObligation report = ReportingObligation.builder().number(2).kind(ReportKind.FINAL)
          .dueOn(LocalDate.of(2024, 3, 31)).submittedOn(java.util.Optional.ofNullable(submitted)).build();
      return agreement().addReports(report(1, LocalDate.of(2023, 1, 31)), report).build();
    }

    @Test
    void firesWhenClosedBeforeTheFinalReportWasSubmitted() {
      assertSingle(run(rule, closedOn(LocalDate.of(2024, 4, 1), finalReportSubmittedOn(null))),
          "initiative.closure.final-report-missing", Severity.WARNING, new SubjectRef("initiative", COMASAGUA.value()),
          "cycle",
          "The initiative was closed on April 1, 2024, but final report 2 of “Convention CAAC” had not been submitted"
              + " by then",
          "L'initiative a été clôturée le 1 avril 2024, mais le rapport final 2 de « Convention CAAC » n'était pas remis"
              + " à cette date");
      assertThat(run(rule, closedOn(LocalDate.of(2024, 4, 1), finalReportSubmittedOn(LocalDate.of(2024, 4, 2)))))
          .hasSize(1);
    }

    @Test
    void isSilentFromTheSubmissionDayOnDraftsAndBeforeClosure() {
      assertThat(run(rule, closedOn(LocalDate.of(2024, 4, 2), finalReportSubmittedOn(LocalDate.of(2024, 4, 2)))))
          .isEmpty();
      assertThat(run(rule, closedOn(LocalDate.of(2024, 4, 1), finalReportSubmittedOn(null)
          .withStatus(AgreementStatus.DRAFT).withSignedOn(java.util.Optional.empty())))).isEmpty();
      assertThat(run(rule, Portfolio.builder().addInitiatives(comasagua().cycle(implementedFrom(
          LocalDate.of(2022, 1, 10))).build()).addAgreements(finalReportSubmittedOn(null)))).isEmpty();
      assertThat(run(rule, closedOn(LocalDate.of(2024, 4, 1), agreement().addReports(report(1,
          LocalDate.of(2023, 1, 31))).build()))).isEmpty();
    }
  }
}

package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Findings;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Subject;

/**
 * The rules engine runs over generated portfolios without a rule failing. The SDK has no built-in
 * profile yet, so the profile holds rules that look up, through the engine's {@link RuleContext},
 * every element each kind of element refers to: in a generated portfolio, all of them are found.
 */
class RulesEngineTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);
  private static final String UNRESOLVED = "testkit.reference.unresolved";

  private static final Profile ALL = Profile.builder("all")
      .add(rule(Subject.PROGRAMME, RulesEngineTest::programme))
      .add(rule(Subject.PARTNERSHIP, RulesEngineTest::partnership))
      .add(rule(Subject.INITIATIVE, RulesEngineTest::initiative))
      .add(rule(Subject.MISSION, RulesEngineTest::mission))
      .add(rule(Subject.ASSESSMENT, RulesEngineTest::assessment))
      .add(rule(Subject.AGREEMENT, RulesEngineTest::agreement))
      .add(rule(Subject.TRANSACTION, RulesEngineTest::transaction))
      .build();

  @TestFactory
  Stream<DynamicContainer> theEngineNeverFailsOnGeneratedPortfolios() {
    return Stream.of(1, 5, 10).map(size -> Seeded.property("portfolios of size " + size, 50, size,
        Generators.portfolios(), (Portfolio portfolio) -> {
          RuleReport report = RulesEngine.of(ALL, CLOCK).evaluate(portfolio);
          assertThat(report.findings()).isEmpty();
          assertThat(report.rulesRun()).hasSize(ALL.activeRules().size());
        }));
  }

  /** The rules above do find a reference that does not resolve: their silence means something. */
  @Test
  void theReferenceRulesFindAnUnknownReference() {
    Portfolio broken = (Portfolio) Generators.withDefect(Defect.PORTFOLIO_UNKNOWN_REFERENCE)
        .generate(GenContext.of(Seeds.list(1).get(0))).value();
    RuleReport report = RulesEngine.of(ALL, CLOCK).evaluate(broken);
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(UNRESOLVED + "-partnership");
      assertThat(f.path()).isEqualTo("partner");
    }).noneMatch(f -> f.ruleId().equals(RulesEngine.RULE_FAILED));
  }

  /** The agreement and transaction rules find what does not resolve too. */
  @Test
  void theReferenceRulesFindAnUnknownInitiativeOfAnAgreementAndAnUnknownTranche() {
    for (long seed : Seeds.list(10)) {
      assertFinds(Defect.AGREEMENT_UNKNOWN_INITIATIVE, seed, "agreement", "initiatives[0]");
      assertFinds(Defect.TRANSACTION_UNKNOWN_TRANCHE, seed, "transaction", "tranche");
    }
  }

  private static void assertFinds(Defect defect, long seed, String subject, String path) {
    Portfolio broken = (Portfolio) Generators.withDefect(defect).generate(GenContext.of(seed)).value();
    assertThat(RulesEngine.of(ALL, CLOCK).evaluate(broken).findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(UNRESOLVED + "-" + subject);
      assertThat(f.path()).isEqualTo(path);
    }).noneMatch(f -> f.ruleId().equals(RulesEngine.RULE_FAILED));
  }

  /** Generated portfolios do hold agreements and transactions, so the property above says something of them. */
  @Test
  void generatedPortfoliosHoldAgreementsAndTransactions() {
    assertThat(Seeds.list(50).stream().map(seed -> Generators.portfolios().generate(GenContext.of(seed, 5))))
        .anySatisfy(p -> assertThat(p.agreements()).isNotEmpty())
        .anySatisfy(p -> assertThat(p.transactions()).anyMatch(t -> t.agreement().isPresent()));
  }

  private interface Check<S> {
    void check(S subject, RuleContext context, Resolver resolve);
  }

  /** Reports each reference that does not resolve, at its path. */
  private record Resolver(Findings findings) {
    <T> void known(String path, Optional<T> reference, Function<T, Optional<?>> lookup) {
      reference.filter(id -> lookup.apply(id).isEmpty()).ifPresent(id -> findings.report(path, "id", id));
    }
  }

  private static <S> Rule<S> rule(Subject<S> subject, Check<S> check) {
    return Rule.of(RuleInfo.builder(subject, UNRESOLVED + "-" + subject.code())
            .title("Reference that does not resolve", "Référence introuvable")
            .explanation("Every identifier refers to an element of the portfolio.",
                "Chaque identifiant désigne un élément du portefeuille.")
            .message("No element {id}", "Aucun élément {id}")
            .build(),
        (element, context, findings) -> check.check(element, context, new Resolver(findings)));
  }

  private static void programme(Programme programme, RuleContext context, Resolver resolve) {
    resolve.known("operator", programme.operator(), context::organisation);
  }

  private static void partnership(Partnership partnership, RuleContext context, Resolver resolve) {
    resolve.known("supportingOrganisation", Optional.of(partnership.supportingOrganisation()), context::organisation);
    resolve.known("partner", Optional.of(partnership.partner()), context::organisation);
    for (int i = 0; i < partnership.programmes().size(); i++) {
      resolve.known("programmes[" + i + "]", Optional.of(partnership.programmes().get(i)), context::programme);
    }
  }

  private static void initiative(Initiative initiative, RuleContext context, Resolver resolve) {
    resolve.known("programme", initiative.programme(), context::programme);
    resolve.known("partnership", initiative.partnership(), context::partnership);
    for (int i = 0; i < initiative.participants().size(); i++) {
      resolve.known("participants[" + i + "].organisation", Optional.of(initiative.participants().get(i).organisation()),
          context::organisation);
    }
    for (int i = 0; i < initiative.coFinancing().size(); i++) {
      resolve.known("coFinancing[" + i + "].funder", Optional.of(initiative.coFinancing().get(i).funder()),
          context::organisation);
    }
    for (int i = 0; i < initiative.evaluations().size(); i++) {
      Evaluation evaluation = initiative.evaluations().get(i);
      for (OrganisationId id : evaluation.termsOfReferenceDraftedBy()) {
        resolve.known("evaluations[" + i + "].termsOfReferenceDraftedBy", Optional.of(id), context::organisation);
      }
      for (OrganisationId id : evaluation.consultantChosenBy()) {
        resolve.known("evaluations[" + i + "].consultantChosenBy", Optional.of(id), context::organisation);
      }
    }
    for (int i = 0; i < initiative.followUpContacts().size(); i++) {
      resolve.known("followUpContacts[" + i + "].by", initiative.followUpContacts().get(i).by(), context::organisation);
    }
    context.agreementsOf(initiative.id()).stream().filter(a -> !a.initiatives().contains(initiative.id()))
        .forEach(a -> resolve.findings().report("agreementsOf", "id", a.id()));
  }

  private static void mission(VolunteerMission mission, RuleContext context, Resolver resolve) {
    resolve.known("programme", mission.programme(), context::programme);
    resolve.known("initiative", mission.initiative(),
        id -> context.initiative(id).filter(i -> context.missionsOf(id).contains(mission)));
    resolve.known("holder", mission.holder(), context::organisation);
    resolve.known("localPartner", mission.localPartner(), context::organisation);
    resolve.known("volunteersStructure", mission.volunteersStructure(), context::organisation);
  }

  private static void agreement(FundingAgreement agreement, RuleContext context, Resolver resolve) {
    resolve.known("funder", agreement.funder(), context::organisation);
    resolve.known("recipient", agreement.recipient(), context::organisation);
    for (int i = 0; i < agreement.initiatives().size(); i++) {
      resolve.known("initiatives[" + i + "]", Optional.of(agreement.initiatives().get(i)),
          id -> context.initiative(id).filter(initiative -> context.agreementsOf(id).contains(agreement)));
    }
    for (int i = 0; i < agreement.signatories().size(); i++) {
      resolve.known("signatories[" + i + "].organisation", agreement.signatories().get(i).organisation(),
          context::organisation);
    }
    context.transactionsOf(agreement.id()).stream()
        .filter(t -> !t.agreement().equals(Optional.of(agreement.id())))
        .forEach(t -> resolve.findings().report("transactionsOf", "id", t.id()));
  }

  private static void transaction(Transaction transaction, RuleContext context, Resolver resolve) {
    resolve.known("provider", transaction.provider(), context::organisation);
    resolve.known("receiver", transaction.receiver(), context::organisation);
    resolve.known("initiative", transaction.initiative(), context::initiative);
    resolve.known("agreement", transaction.agreement(),
        id -> context.agreement(id).filter(agreement -> context.transactionsOf(id).contains(transaction)));
    if (transaction.tranche().isPresent()) {
      int number = transaction.tranche().getAsInt();
      resolve.known("tranche", transaction.agreement(), id -> context.agreement(id)
          .flatMap(agreement -> agreement.tranches().stream().filter(t -> t.number() == number).findFirst()));
    }
  }

  private static void assessment(ReciprocityAssessment assessment, RuleContext context, Resolver resolve) {
    resolve.known("partnership", Optional.of(assessment.partnership()),
        id -> context.partnership(id).filter(p -> context.assessmentsOf(id).contains(assessment)));
    for (int i = 0; i < assessment.responses().size(); i++) {
      resolve.known("responses[" + i + "].respondent", Optional.of(assessment.responses().get(i).respondent()),
          context::organisation);
    }
  }
}

package org.partnershipsdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.CycleMoves;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;

/** The top-level README's "A programme's cycle and rules" example, line for line. */
class ProgrammesReadmeTest {
  private final Clock clock = Clock.fixed(LocalDate.of(2024, 6, 30).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);

  @Test
  void aProgrammeDefinesItsCycleAndItsProfileAndAGuardRefusesImplementation() {
    CycleModel ours = CycleModel.builder()
        .name("acme")
        .addPath(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION,
            Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CLOSURE)
        .addOptionalStages(Stage.EVALUATION)
        .addMoves(CycleMove.of(Stage.IMPLEMENTATION, Stage.DESIGN), CycleMove.of(Stage.CLOSURE, Stage.IMPLEMENTATION))
        .addGuards(CycleGuard.of(Stage.IMPLEMENTATION, "initiative.implementation.agreement-unsigned"))
        .build();
    Programme acme = Programme.builder().id(ProgrammeId.of("acme")).name("Acme solidarity fund")
        .cycle(ours)
        .profile(ProfileSettings.builder().name("caac").set("initiative.follow-up.overdue", "months", 3).build())
        .build();

    FundingAgreement draft = FundingAgreement.builder().id(AgreementId.of("acme-2024")).title("Convention 2024")
        .addInitiatives(InitiativeId.of("kindia")).status(AgreementStatus.DRAFT).build();
    Portfolio portfolio = Portfolio.builder().addProgrammes(acme).addAgreements(draft).build();
    CycleMoves moves = CycleMoves.of(portfolio, clock);
    Initiative decided = Initiative.builder().id(InitiativeId.of("kindia")).title("Young farmers of Kindia")
        .programme(acme.id()).build();
    for (Stage stage : List.of(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION)) {
      decided = moves.moveTo(decided, stage, LocalDate.of(2024, 1, 8)).orElseThrow();
    }

    Transition<Initiative> moved = moves.moveTo(decided, Stage.IMPLEMENTATION, LocalDate.of(2024, 3, 4));
    List<String> printed = new ArrayList<>();
    moved.refusals().forEach(r -> printed.add(r.code() + ": " + r.message(Locale.ENGLISH)));
    assertThat(printed).containsExactly("cycle.guard.unmet: “Implementation” cannot be entered yet: Implementation"
        + " began on March 4, 2024, but none of its agreements was signed by then (Convention 2024)"
        + " (initiative.implementation.agreement-unsigned)");

    FundingAgreement signed = draft.withStatus(AgreementStatus.SIGNED).withSignedOn(LocalDate.of(2024, 2, 20));
    CycleMoves once = CycleMoves.of(portfolio.withAgreements(signed), clock);
    Initiative implemented = once.moveTo(decided, Stage.IMPLEMENTATION, LocalDate.of(2024, 3, 4)).orElseThrow();
    Initiative reformulated = once.moveTo(implemented, Stage.DESIGN, LocalDate.of(2024, 5, 6),
        "Reformulated with the partner").orElseThrow();
    assertThat(reformulated.cycle().current().orElseThrow().reason()).contains("Reformulated with the partner");
    assertThat(ModelValidator.create().validate(acme).violations()).isEmpty();

    RuleReport report = RulesEngine.byProgramme(clock)
        .evaluate(portfolio.withAgreements(signed).withInitiatives(reformulated));
    List<String> lines = new ArrayList<>();
    for (Finding finding : report.findings()) {
      lines.add(finding.profile() + " " + finding.severity().code() + " " + finding.subject() + " " + finding.path());
    }
    // It reached implementation without a results framework (issue 13's initiative.results.empty-after-design).
    assertThat(lines).containsExactly("caac@acme warning initiative kindia resultsFramework",
        "caac@acme warning initiative kindia sdgs");
  }
}

package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;

/**
 * Moves guarded by the cycle model of the initiative's programme: the funder's model holds back
 * instruction without a results framework, implementation before the agreement is signed, and
 * closure before the final report. The case is illustrative.
 */
class CycleMovesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);
  private static final ProgrammeId FUNDED = ProgrammeId.of("funded");
  private static final InitiativeId ID = InitiativeId.of("kindia-farming");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static Programme funded(CycleModel model) {
    return Programme.builder().id(FUNDED).name("Funded").cycle(model).profile(ProfileSettings.of("default")).build();
  }

  private static FundingAgreement agreement(AgreementStatus status) {
    FundingAgreement.Builder agreement = FundingAgreement.builder().id(AgreementId.of("agreement")).title("Convention")
        .funder(OrganisationId.of("cfsi")).recipient(OrganisationId.of("guinee-44")).addInitiatives(ID)
        .amount(Money.of("20000", "EUR")).status(status)
        .addReports(ReportingObligation.builder().number(1).kind(ReportKind.FINAL).dueOn(DAY).build());
    return status == AgreementStatus.DRAFT ? agreement.build() : agreement.signedOn(LocalDate.of(2024, 1, 15)).build();
  }

  private static Portfolio portfolio(CycleModel model, FundingAgreement agreement) {
    return Portfolio.builder().addProgrammes(funded(model)).addAgreements(agreement).build();
  }

  private static Initiative initiative(Stage... stages) {
    Initiative initiative = Initiative.builder().id(ID).title("Young people of Kindia into farming").programme(FUNDED)
        .resultsFramework(ResultsFramework.builder().overallObjective(OverallObjective.of("Young farmers settle")).build())
        .build();
    CycleModel model = CycleModels.funder();
    for (Stage stage : stages) {
      initiative = initiative.moveTo(model, org.partnershipsdk.core.cycle.StageEntry.of(stage, DAY.minusMonths(6)))
          .orElseThrow();
    }
    return initiative;
  }

  @Test
  void aGuardRefusesImplementationBeforeTheAgreementIsSigned() {
    Initiative decided = initiative(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION);
    CycleMoves moves = CycleMoves.of(portfolio(CycleModels.funder(), agreement(AgreementStatus.DRAFT)), CLOCK);
    assertThat(moves.modelOf(decided)).isEqualTo(CycleModels.funder());

    Transition<Initiative> refused = moves.moveTo(decided, Stage.IMPLEMENTATION, DAY);
    assertThat(refused.refusals()).singleElement().satisfies(refusal -> {
      assertThat(refusal.code()).isEqualTo("cycle.guard.unmet");
      assertThat(refusal.attribute()).isEqualTo("stage");
      assertThat(refusal.arguments()).containsEntry("to", Stage.IMPLEMENTATION)
          .containsEntry("rule", "initiative.implementation.agreement-unsigned");
      assertThat(refusal.message(Locale.ENGLISH)).isEqualTo("“Implementation” cannot be entered yet: Implementation"
          + " began on March 1, 2024, but none of its agreements was signed by then (Convention)"
          + " (initiative.implementation.agreement-unsigned)");
      assertThat(refusal.message(Locale.FRENCH)).isEqualTo("L'étape « Mise en œuvre » ne peut pas encore commencer :"
          + " La mise en œuvre a commencé le 1 mars 2024, mais aucune de ses conventions n'était signée à cette date"
          + " (Convention) (initiative.implementation.agreement-unsigned)");
      // The guard's finding is quoted in the reader's language, whichever the texts know.
      assertThat(refusal.message(Locale.forLanguageTag("es"))).isEqualTo("La etapa «Ejecución» todavía no puede"
          + " empezar: La ejecución comenzó el 1 de marzo de 2024, pero ninguno de sus convenios estaba firmado"
          + " entonces (Convention) (initiative.implementation.agreement-unsigned)");
    });
    assertThat(decided.cycle().currentStage()).contains(Stage.DECISION);

    CycleMoves signed = CycleMoves.of(portfolio(CycleModels.funder(), agreement(AgreementStatus.SIGNED)), CLOCK);
    assertThat(signed.moveTo(decided, Stage.IMPLEMENTATION, DAY).orElseThrow().cycle().currentStage())
        .contains(Stage.IMPLEMENTATION);
  }

  @Test
  void everyReasonComesAtOnceTheModelsAndTheGuards() {
    Initiative designed = initiative(Stage.IDENTIFICATION, Stage.DESIGN);
    CycleMoves moves = CycleMoves.of(portfolio(CycleModels.funder(), agreement(AgreementStatus.DRAFT)), CLOCK);
    assertThat(moves.moveTo(designed, Stage.IMPLEMENTATION, DAY).refusals()).extracting(TransitionRefusal::code)
        .containsExactly("cycle.stage.skipped", "cycle.guard.unmet");
  }

  @Test
  void instructionWaitsForTheResultsFrameworkAndClosureForTheFinalReport() {
    CycleMoves moves = CycleMoves.of(portfolio(CycleModels.funder(), agreement(AgreementStatus.SIGNED)), CLOCK);
    Initiative designed = initiative(Stage.IDENTIFICATION, Stage.DESIGN).withResultsFramework(ResultsFramework.empty());
    assertThat(moves.moveTo(designed, Stage.INSTRUCTION, DAY).refusals()).extracting(r -> r.arguments().get("rule"))
        .containsExactly("initiative.results-framework.missing");

    Initiative capitalised = initiative(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION,
        Stage.IMPLEMENTATION, Stage.CAPITALISATION);
    assertThat(moves.moveTo(capitalised, Stage.CLOSURE, DAY).refusals()).extracting(r -> r.arguments().get("rule"))
        .containsExactly("initiative.closure.final-report-missing");
    FundingAgreement reported = agreement(AgreementStatus.SIGNED).withReports(ReportingObligation.builder().number(1)
        .kind(ReportKind.FINAL).dueOn(DAY).submittedOn(DAY.minusDays(3)).build());
    assertThat(CycleMoves.of(portfolio(CycleModels.funder(), reported), CLOCK).moveTo(capitalised, Stage.CLOSURE, DAY)
        .isMoved()).isTrue();
  }

  @Test
  void anInitiativeOfNoProgrammeMovesWithTheStandardModelUnguarded() {
    Initiative alone = Initiative.builder().id(ID).title("Alone").build();
    CycleMoves moves = CycleMoves.of(Portfolio.empty(), CLOCK);
    assertThat(moves.modelOf(alone)).isEqualTo(CycleModels.standard());
    assertThat(moves.profileOf(alone)).isSameAs(Profiles.standard());
    assertThat(moves.moveTo(alone, Stage.IDENTIFICATION, DAY).isMoved()).isTrue();
    Initiative unknownProgramme = alone.withProgramme(ProgrammeId.of("elsewhere"));
    assertThat(moves.modelOf(unknownProgramme)).isEqualTo(CycleModels.standard());
    assertThat(moves.moveTo(unknownProgramme, Stage.DESIGN, DAY).refusals()).extracting(TransitionRefusal::code)
        .containsExactly("cycle.stage.skipped");
  }

  @Test
  void aGuardMayBeARuleOfYourOwnProfile() {
    Rule<Initiative> summaryFirst = Rule.of(RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.summary-missing")
        .title("No summary", "Pas de résumé").explanation("Committees read it.", "Les comités le lisent.")
        .message("{title} has no summary", "{title} n'a pas de résumé").build(), (initiative, context, findings) -> {
          if (initiative.summary().isEmpty()) {
            findings.report("summary", "title", initiative.title());
          }
        });
    Profile acme = Profiles.standard().toBuilder().name("acme").add(summaryFirst).disable(summaryFirst.info().id()).build();
    CycleModel model = CycleModel.builder().from(CycleModels.standard()).name("acme")
        .addGuards(CycleGuard.of(Stage.DESIGN, "acme.initiative.summary-missing")).build();
    Programme programme = Programme.builder().id(FUNDED).name("Funded").cycle(model).profile(ProfileSettings.of("acme"))
        .build();
    CycleMoves moves = CycleMoves.of(Portfolio.builder().addProgrammes(programme).build(),
        ProgrammeProfiles.builtIn().with(acme), CLOCK);
    Initiative identified = Initiative.builder().id(ID).title("Kindia").programme(FUNDED).build()
        .moveTo(Stage.IDENTIFICATION, DAY).orElseThrow();
    assertThat(moves.moveTo(identified, Stage.DESIGN, DAY).refusals()).extracting(r -> r.message(Locale.ENGLISH))
        .containsExactly("“Design” cannot be entered yet: Kindia has no summary (acme.initiative.summary-missing)");
    assertThat(moves.moveTo(identified.withSummary("Farming trades"), Stage.DESIGN, DAY).isMoved()).isTrue();
  }

  @Test
  void aGuardNamingNoRuleOrARuleOnSomethingElseIsAConfigurationError() {
    Initiative identified = Initiative.builder().id(ID).title("Kindia").programme(FUNDED).build()
        .moveTo(Stage.IDENTIFICATION, DAY).orElseThrow();
    CycleModel unknown = CycleModel.builder().from(CycleModels.standard())
        .addGuards(CycleGuard.of(Stage.DESIGN, "acme.nothing")).build();
    assertThatThrownBy(() -> CycleMoves.of(portfolio(unknown, agreement(AgreementStatus.DRAFT)), CLOCK)
        .moveTo(identified, Stage.DESIGN, DAY))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.unknown"));
    CycleModel onMissions = CycleModel.builder().from(CycleModels.standard())
        .addGuards(CycleGuard.of(Stage.DESIGN, "mission.parties.holder-missing")).build();
    assertThatThrownBy(() -> CycleMoves.of(portfolio(onMissions, agreement(AgreementStatus.DRAFT)), CLOCK)
        .moveTo(identified, Stage.DESIGN, DAY))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.guard.subject"));
    assertThat(CycleMoves.of(Portfolio.empty(), CLOCK).moveTo(identified, Stage.DESIGN, DAY, "Why").isMoved()).isTrue();
  }
}

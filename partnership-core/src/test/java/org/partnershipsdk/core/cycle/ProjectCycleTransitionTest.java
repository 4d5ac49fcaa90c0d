package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProjectCycleTransitionTest {
  private static final LocalDate IDENTIFIED = LocalDate.of(2015, 1, 5);
  private static final LocalDate DESIGNED = LocalDate.of(2015, 3, 2);
  private static final LocalDate STARTED = LocalDate.of(2015, 9, 1);
  private static final LocalDate EVALUATED = LocalDate.of(2018, 6, 1);
  private static final LocalDate CLOSED = LocalDate.of(2018, 12, 14);

  private static ProjectCycle inImplementation() {
    return ProjectCycle.empty()
        .moveTo(Stage.IDENTIFICATION, IDENTIFIED).orElseThrow()
        .moveTo(Stage.DESIGN, DESIGNED).orElseThrow()
        .moveTo(Stage.IMPLEMENTATION, STARTED).orElseThrow();
  }

  private static TransitionRefusal onlyRefusal(Transition<ProjectCycle> transition) {
    assertThat(transition.isMoved()).isFalse();
    assertThat(transition.moved()).isEmpty();
    assertThat(transition.refusals()).hasSize(1);
    return transition.refusals().get(0);
  }

  private static ProjectCycle closed() {
    return inImplementation()
        .moveTo(Stage.EVALUATION, EVALUATED).orElseThrow()
        .moveTo(Stage.CAPITALISATION, EVALUATED).orElseThrow()
        .moveTo(Stage.CLOSURE, CLOSED).orElseThrow();
  }

  @Test
  void aFullCycleMovesFromIdentificationToClosure() {
    ProjectCycle closed = closed();
    assertThat(closed.entries()).extracting(StageEntry::stage).containsExactly(
        Stage.IDENTIFICATION, Stage.DESIGN, Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CAPITALISATION, Stage.CLOSURE);
    assertThat(closed.entries()).extracting(StageEntry::date)
        .containsExactly(IDENTIFIED, DESIGNED, STARTED, EVALUATED, EVALUATED, CLOSED);
    assertThat(closed.currentStage()).contains(Stage.CLOSURE);
    assertThat(closed.entered(Stage.IMPLEMENTATION)).contains(STARTED);
    assertThat(closed.entered(Stage.CLOSURE)).contains(CLOSED);
  }

  @Test
  void theEvaluationMayBeSkippedNoOtherStage() {
    ProjectCycle capitalised = inImplementation().moveTo(Stage.CAPITALISATION, EVALUATED).orElseThrow();
    assertThat(capitalised.currentStage()).contains(Stage.CAPITALISATION);
    TransitionRefusal refusal = onlyRefusal(inImplementation().moveTo(Stage.CLOSURE, CLOSED));
    assertThat(refusal.code()).isEqualTo("cycle.stage.skipped");
    assertThat(refusal.arguments()).containsEntry("expected", Stage.CAPITALISATION);
  }

  @Test
  void stagesTheModelDoesNotUseAreRefused() {
    TransitionRefusal refusal = onlyRefusal(ProjectCycle.empty().moveTo(Stage.INSTRUCTION, IDENTIFIED));
    assertThat(refusal.code()).isEqualTo("cycle.stage.unknown");
    assertThat(refusal.arguments()).containsEntry("to", Stage.INSTRUCTION).containsEntry("model", "standard");
    assertThat(refusal.message(Locale.ENGLISH)).isEqualTo("“Instruction” is not a stage of the cycle model standard");
  }

  @Test
  void aMoveKeepsTheHistoryAndAddsOneEntry() {
    ProjectCycle before = inImplementation();
    Transition<ProjectCycle> transition = before.moveTo(Stage.EVALUATION, EVALUATED, "Mid-project review");
    assertThat(transition.isMoved()).isTrue();
    assertThat(transition.refusals()).isEmpty();
    ProjectCycle after = transition.moved().orElseThrow();
    assertThat(after.entries()).startsWith(before.entries().toArray(StageEntry[]::new)).hasSize(4);
    assertThat(after.current()).contains(StageEntry.of(Stage.EVALUATION, EVALUATED, "Mid-project review"));
    assertThat(before.entries()).hasSize(3);
  }

  @Test
  void twoStagesCanBeEnteredOnTheSameDay() {
    ProjectCycle cycle = ProjectCycle.empty()
        .moveTo(Stage.IDENTIFICATION, IDENTIFIED).orElseThrow()
        .moveTo(Stage.DESIGN, IDENTIFIED).orElseThrow();
    assertThat(cycle.currentStage()).contains(Stage.DESIGN);
  }

  @Test
  void theFirstStageIsIdentification() {
    TransitionRefusal refusal = onlyRefusal(ProjectCycle.empty().moveTo(Stage.DESIGN, DESIGNED));
    assertThat(refusal.code()).isEqualTo("cycle.stage.skipped");
    assertThat(refusal.attribute()).isEqualTo("stage");
    assertThat(refusal.arguments()).containsEntry("to", Stage.DESIGN).containsEntry("expected", Stage.IDENTIFICATION);
  }

  @Test
  void nothingIsSuspendedBeforeIdentification() {
    TransitionRefusal refusal = onlyRefusal(ProjectCycle.empty().moveTo(Stage.SUSPENDED, DESIGNED, "No funding"));
    assertThat(refusal.code()).isEqualTo("cycle.stage.not-started");
    assertThat(refusal.attribute()).isEqualTo("stage");
    assertThat(refusal.arguments()).containsEntry("to", Stage.SUSPENDED);
  }

  @Test
  void aStageCannotBeSkipped() {
    ProjectCycle identified = ProjectCycle.empty().moveTo(Stage.IDENTIFICATION, IDENTIFIED).orElseThrow();
    TransitionRefusal refusal = onlyRefusal(identified.moveTo(Stage.IMPLEMENTATION, STARTED));
    assertThat(refusal.code()).isEqualTo("cycle.stage.skipped");
    assertThat(refusal.arguments())
        .containsEntry("from", Stage.IDENTIFICATION)
        .containsEntry("to", Stage.IMPLEMENTATION)
        .containsEntry("expected", Stage.DESIGN);
    assertThat(refusal.message(Locale.ENGLISH))
        .isEqualTo("“Implementation” cannot be entered before “Design”: no stage is skipped");
    assertThat(refusal.message(Locale.FRENCH))
        .isEqualTo("L'étape « Mise en œuvre » ne peut précéder l'étape « Conception » : aucune étape n'est sautée");
  }

  @Test
  void theCycleGoesBackOnlyWithAReasonKeptInTheHistory() {
    TransitionRefusal refusal = onlyRefusal(inImplementation().moveTo(Stage.DESIGN, EVALUATED));
    assertThat(refusal.code()).isEqualTo("cycle.reason.missing");
    assertThat(refusal.attribute()).isEqualTo("reason");
    assertThat(refusal.arguments()).containsEntry("to", Stage.DESIGN);
    ProjectCycle reformulated = inImplementation().moveTo(Stage.DESIGN, EVALUATED, "Reformulation").orElseThrow();
    assertThat(reformulated.current()).contains(StageEntry.of(Stage.DESIGN, EVALUATED, "Reformulation"));
    assertThat(reformulated.moveTo(Stage.IMPLEMENTATION, CLOSED).isMoved()).isTrue();
  }

  @Test
  void aModelWithoutTheBackMoveRefusesIt() {
    CycleModel strict = CycleModel.builder().name("strict").addAllPath(CycleModels.standard().path()).build();
    TransitionRefusal refusal = onlyRefusal(strict.moveTo(inImplementation(), StageEntry.of(Stage.DESIGN, EVALUATED, "Why")));
    assertThat(refusal.code()).isEqualTo("cycle.stage.out-of-order");
    assertThat(refusal.attribute()).isEqualTo("stage");
    assertThat(refusal.arguments()).containsEntry("from", Stage.IMPLEMENTATION).containsEntry("to", Stage.DESIGN);
    assertThat(onlyRefusal(strict.moveTo(inImplementation(), StageEntry.of(Stage.CAPITALISATION, CLOSED))).code())
        .isEqualTo("cycle.stage.skipped");
  }

  @Test
  void theCurrentStageIsNotEnteredTwice() {
    TransitionRefusal refusal = onlyRefusal(inImplementation().moveTo(Stage.IMPLEMENTATION, EVALUATED));
    assertThat(refusal.code()).isEqualTo("cycle.stage.same");
    assertThat(refusal.arguments()).containsEntry("to", Stage.IMPLEMENTATION);
  }

  @Test
  void onlyAReasonedReopeningFollowsClosure() {
    ProjectCycle closed = closed();
    TransitionRefusal refusal = onlyRefusal(closed.moveTo(Stage.SUSPENDED, CLOSED, "Reopened"));
    assertThat(refusal.code()).isEqualTo("cycle.stage.terminal");
    assertThat(refusal.arguments()).containsEntry("from", Stage.CLOSURE).containsEntry("to", Stage.SUSPENDED);
    assertThat(onlyRefusal(closed.moveTo(Stage.CANCELLED, CLOSED, "Too late")).code()).isEqualTo("cycle.stage.terminal");
    assertThat(onlyRefusal(closed.moveTo(Stage.IMPLEMENTATION, CLOSED)).code()).isEqualTo("cycle.reason.missing");
    ProjectCycle reopened = closed.moveTo(Stage.IMPLEMENTATION, CLOSED, "A second phase is funded").orElseThrow();
    assertThat(reopened.currentStage()).contains(Stage.IMPLEMENTATION);
    assertThat(reopened.entries()).hasSize(closed.entries().size() + 1);
  }

  @Test
  void onlyAReasonedReopeningFollowsCancellation() {
    ProjectCycle cancelled = inImplementation().moveTo(Stage.CANCELLED, EVALUATED, "Partner dissolved").orElseThrow();
    assertThat(cancelled.currentStage()).contains(Stage.CANCELLED);
    for (Stage stage : List.of(Stage.SUSPENDED, Stage.CLOSURE)) {
      Transition<ProjectCycle> transition = cancelled.moveTo(stage, CLOSED, "Any reason");
      assertThat(transition.refusals()).extracting(TransitionRefusal::code).containsExactly("cycle.stage.terminal");
    }
    for (Stage stage : CycleModels.standard().path().subList(0, 5)) {
      assertThat(cancelled.moveTo(stage, CLOSED, "Partner re-founded").isMoved()).as("reopen at %s", stage).isTrue();
      assertThat(cancelled.moveTo(stage, CLOSED).refusals()).extracting(TransitionRefusal::code)
          .containsExactly("cycle.reason.missing");
    }
  }

  @Test
  void aSuspendedCycleResumesToTheStageItWasIn() {
    LocalDate suspended = LocalDate.of(2016, 4, 1);
    LocalDate resumed = LocalDate.of(2016, 10, 3);
    ProjectCycle onHold = inImplementation().moveTo(Stage.SUSPENDED, suspended, "Security situation").orElseThrow();
    assertThat(onHold.currentStage()).contains(Stage.SUSPENDED);
    assertThat(onHold.current().orElseThrow().reason()).contains("Security situation");
    assertThat(onHold.lastOrderedStage()).contains(Stage.IMPLEMENTATION);

    ProjectCycle again = onHold.moveTo(Stage.IMPLEMENTATION, resumed).orElseThrow();
    assertThat(again.entries()).extracting(StageEntry::stage).containsExactly(
        Stage.IDENTIFICATION, Stage.DESIGN, Stage.IMPLEMENTATION, Stage.SUSPENDED, Stage.IMPLEMENTATION);
    assertThat(again.entered(Stage.IMPLEMENTATION)).contains(STARTED);
    assertThat(again.moveTo(Stage.EVALUATION, EVALUATED).isMoved()).isTrue();
  }

  @Test
  void aSuspendedCycleMovesOnAsFromTheStageItWasIn() {
    ProjectCycle onHold = inImplementation().moveTo(Stage.SUSPENDED, EVALUATED, "Security situation").orElseThrow();
    assertThat(onHold.moveTo(Stage.EVALUATION, CLOSED).isMoved()).isTrue();
    assertThat(onHold.moveTo(Stage.CAPITALISATION, CLOSED).isMoved()).isTrue();
    assertThat(onlyRefusal(onHold.moveTo(Stage.DESIGN, CLOSED)).code()).isEqualTo("cycle.reason.missing");
    assertThat(onHold.moveTo(Stage.DESIGN, CLOSED, "The situation calls for a new design").isMoved()).isTrue();
    TransitionRefusal skipped = onlyRefusal(onHold.moveTo(Stage.CLOSURE, CLOSED));
    assertThat(skipped.code()).isEqualTo("cycle.stage.skipped");
    assertThat(skipped.arguments()).containsEntry("from", Stage.IMPLEMENTATION).containsEntry("expected", Stage.CAPITALISATION);
    assertThat(onlyRefusal(onHold.moveTo(Stage.SUSPENDED, CLOSED, "Still")).code()).isEqualTo("cycle.stage.same");
  }

  @Test
  void aSuspendedCycleCanBeCancelled() {
    ProjectCycle onHold = inImplementation().moveTo(Stage.SUSPENDED, EVALUATED, "Security situation").orElseThrow();
    ProjectCycle cancelled = onHold.moveTo(Stage.CANCELLED, CLOSED, "No way to resume").orElseThrow();
    assertThat(cancelled.currentStage()).contains(Stage.CANCELLED);
  }

  @Test
  void everyStageBeforeClosureCanBeSuspendedOrCancelled() {
    ProjectCycle cycle = ProjectCycle.empty();
    for (Stage stage : List.of(Stage.IDENTIFICATION, Stage.DESIGN, Stage.IMPLEMENTATION, Stage.EVALUATION,
        Stage.CAPITALISATION)) {
      cycle = cycle.moveTo(stage, IDENTIFIED).orElseThrow();
      assertThat(cycle.moveTo(Stage.SUSPENDED, IDENTIFIED, "Pause").isMoved()).as("suspend %s", stage).isTrue();
      assertThat(cycle.moveTo(Stage.CANCELLED, IDENTIFIED, "Stop").isMoved()).as("cancel %s", stage).isTrue();
    }
  }

  @Test
  void suspendingOrCancellingNeedsAReason() {
    for (Stage stage : List.of(Stage.SUSPENDED, Stage.CANCELLED)) {
      TransitionRefusal refusal = onlyRefusal(inImplementation().moveTo(stage, EVALUATED));
      assertThat(refusal.code()).isEqualTo("cycle.reason.missing");
      assertThat(refusal.attribute()).isEqualTo("reason");
      assertThat(refusal.arguments()).containsEntry("to", stage);
      assertThat(onlyRefusal(inImplementation().moveTo(stage, EVALUATED, "  ")).code()).isEqualTo("cycle.reason.missing");
    }
  }

  @Test
  void datesNeverGoBeforeTheLastEntry() {
    TransitionRefusal refusal = onlyRefusal(inImplementation().moveTo(Stage.EVALUATION, DESIGNED));
    assertThat(refusal.code()).isEqualTo("cycle.date.before-last");
    assertThat(refusal.attribute()).isEqualTo("date");
    assertThat(refusal.arguments()).containsEntry("date", DESIGNED).containsEntry("last", STARTED);
    assertThat(refusal.message(Locale.FRENCH)).isEqualTo(
        "La date 2 mars 2015 précède le 1 septembre 2015, date de la dernière étape");
  }

  @Test
  void everyReasonIsGivenAtOnce() {
    Transition<ProjectCycle> transition = inImplementation().moveTo(Stage.CLOSURE, DESIGNED);
    assertThat(transition.refusals()).extracting(TransitionRefusal::code)
        .containsExactly("cycle.stage.skipped", "cycle.date.before-last");
    Transition<ProjectCycle> suspension = inImplementation().moveTo(Stage.SUSPENDED, IDENTIFIED, "");
    assertThat(suspension.refusals()).extracting(TransitionRefusal::code)
        .containsExactly("cycle.reason.missing", "cycle.date.before-last");
  }

  @Test
  void aRefusedMoveLeavesTheCycleUntouched() {
    ProjectCycle before = inImplementation();
    ProjectCycle copy = ProjectCycle.builder().from(before).build();
    Transition<ProjectCycle> refused = before.moveTo(Stage.CLOSURE, IDENTIFIED);
    assertThat(refused.isMoved()).isFalse();
    assertThat(before).isEqualTo(copy);
    assertThat(before.entries()).hasSize(3);
    assertThat(before.currentStage()).contains(Stage.IMPLEMENTATION);
  }

  @Test
  void aRefusedMoveThrowsOnlyWhenAskedTo() {
    Transition<ProjectCycle> refused = inImplementation().moveTo(Stage.CLOSURE, DESIGNED);
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("cycle.transition.refused");
          assertThat(e.refusals()).isEqualTo(refused.refusals());
          assertThat(e.getMessage()).startsWith("The move in the project cycle is refused: ")
              .contains("“Closure” cannot be entered before “Capitalisation”")
              .contains("The date March 2, 2015 is before September 1, 2015");
          assertThat(e.getMessage(Locale.FRENCH)).startsWith("Le passage dans le cycle de projet est refusé : ")
              .contains("« Clôture »")
              .contains("La date 2 mars 2015 précède le 1 septembre 2015");
          assertThat(e.getMessage(Locale.forLanguageTag("es")))
              .startsWith("Se rechaza el paso en el ciclo del proyecto: ").contains("2 de marzo de 2015");
        });
  }
}

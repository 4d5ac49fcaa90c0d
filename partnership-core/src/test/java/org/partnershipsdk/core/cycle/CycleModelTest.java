package org.partnershipsdk.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/** Cycle models as data: the built-in ones, a user's own, and what validation says of one that cannot work. */
class CycleModelTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  /** The README's model: the funder's side, the evaluation optional, a reformulation and a reopening. */
  static CycleModel acme() {
    return CycleModel.builder()
        .name("acme")
        .addPath(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION,
            Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CLOSURE)
        .addOptionalStages(Stage.EVALUATION)
        .addMoves(CycleMove.of(Stage.IMPLEMENTATION, Stage.DESIGN), CycleMove.of(Stage.CLOSURE, Stage.IMPLEMENTATION))
        .addGuards(CycleGuard.of(Stage.IMPLEMENTATION, "initiative.implementation.agreement-unsigned"))
        .build();
  }

  private static ProjectCycle through(CycleModel model, Stage... stages) {
    ProjectCycle cycle = ProjectCycle.empty();
    for (Stage stage : stages) {
      cycle = model.moveTo(cycle, StageEntry.of(stage, DAY)).orElseThrow();
    }
    return cycle;
  }

  @Test
  void theBuiltInModelsAreValidAndNamed() {
    for (CycleModel model : CycleModels.all()) {
      assertThat(VALIDATOR.validate(model).violations()).as(model.name()).isEmpty();
      assertThat(CycleModels.byName(model.name())).contains(model);
    }
    assertThat(CycleModels.standard().path()).containsExactly(Stage.IDENTIFICATION, Stage.DESIGN,
        Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CAPITALISATION, Stage.CLOSURE);
    assertThat(CycleModels.standard().optionalStages()).containsExactly(Stage.EVALUATION);
    assertThat(CycleModels.standard().guards()).isEmpty();
    assertThat(CycleModels.standard().terminalStages()).containsExactlyInAnyOrder(Stage.CLOSURE, Stage.CANCELLED);
    assertThat(CycleModels.funder().path()).containsSubsequence(Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION,
        Stage.IMPLEMENTATION);
    assertThat(CycleModels.funder().guards()).extracting(CycleGuard::stage, CycleGuard::rule).containsExactly(
        tuple(Stage.INSTRUCTION, "initiative.results-framework.missing"),
        tuple(Stage.IMPLEMENTATION, "initiative.implementation.agreement-unsigned"),
        tuple(Stage.CLOSURE, "initiative.closure.final-report-missing"));
    assertThat(CycleModels.byName("other")).isEmpty();
  }

  @Test
  void everyBackMoveAndReopeningOfTheStandardModelNeedsAReason() {
    CycleModel standard = CycleModels.standard();
    assertThat(standard.moves()).allMatch(CycleMove::reasonRequired).hasSize(10 + 2 * 5);
    assertThat(standard.moves()).contains(CycleMove.of(Stage.DESIGN, Stage.IDENTIFICATION),
        CycleMove.of(Stage.IMPLEMENTATION, Stage.DESIGN), CycleMove.of(Stage.CLOSURE, Stage.IMPLEMENTATION),
        CycleMove.of(Stage.CANCELLED, Stage.IDENTIFICATION));
  }

  @Test
  void aUsersModelDecidesWhatFollowsWhat() {
    CycleModel acme = acme();
    assertThat(VALIDATOR.validate(acme).violations()).isEmpty();
    ProjectCycle decided = through(acme, Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION);
    assertThat(acme.moveTo(decided, StageEntry.of(Stage.IMPLEMENTATION, DAY)).isMoved()).isTrue();
    ProjectCycle designed = through(acme, Stage.IDENTIFICATION, Stage.DESIGN);
    assertThat(acme.moveTo(designed, StageEntry.of(Stage.IMPLEMENTATION, DAY)).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.skipped");
    assertThat(acme.moveTo(designed, StageEntry.of(Stage.CAPITALISATION, DAY)).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.unknown");
    ProjectCycle implemented = acme.moveTo(decided, StageEntry.of(Stage.IMPLEMENTATION, DAY)).orElseThrow();
    assertThat(acme.moveTo(implemented, StageEntry.of(Stage.CLOSURE, DAY)).isMoved()).as("evaluation optional").isTrue();
    assertThat(acme.moveTo(implemented, StageEntry.of(Stage.DESIGN, DAY, "Reformulation")).isMoved()).isTrue();
    assertThat(acme.moveTo(implemented, StageEntry.of(Stage.DECISION, DAY, "Back to committee")).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.out-of-order");
    ProjectCycle closed = acme.moveTo(implemented, StageEntry.of(Stage.CLOSURE, DAY)).orElseThrow();
    assertThat(acme.moveTo(closed, StageEntry.of(Stage.IMPLEMENTATION, DAY, "Second phase")).isMoved()).isTrue();
    assertThat(acme.moveTo(closed, StageEntry.of(Stage.DESIGN, DAY, "Second phase")).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.terminal");
    assertThat(acme.guardsOn(Stage.IMPLEMENTATION)).hasSize(1);
    assertThat(acme.guardsOn(Stage.DESIGN)).isEmpty();
  }

  @Test
  void aMoveMayBeAllowedWithoutAReason() {
    CycleModel lenient = CycleModel.builder().from(CycleModels.standard()).name("lenient")
        .moves(List.of(CycleMove.builder().from(Stage.IMPLEMENTATION).to(Stage.DESIGN).reasonRequired(false).build()))
        .build();
    ProjectCycle implemented = through(lenient, Stage.IDENTIFICATION, Stage.DESIGN, Stage.IMPLEMENTATION);
    assertThat(lenient.moveTo(implemented, StageEntry.of(Stage.DESIGN, DAY)).isMoved()).isTrue();
    assertThat(lenient.moveTo(implemented, StageEntry.of(Stage.IDENTIFICATION, DAY, "Why not")).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.out-of-order");
  }

  @Test
  void aShortcutOverARequiredStageIsAMoveLikeAnother() {
    CycleModel fastTrack = CycleModel.builder().from(CycleModels.funder()).name("fast-track")
        .addMoves(CycleMove.of(Stage.DESIGN, Stage.IMPLEMENTATION)).build();
    ProjectCycle designed = through(fastTrack, Stage.IDENTIFICATION, Stage.DESIGN);
    assertThat(fastTrack.moveTo(designed, StageEntry.of(Stage.IMPLEMENTATION, DAY)).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.reason.missing");
    assertThat(fastTrack.moveTo(designed, StageEntry.of(Stage.IMPLEMENTATION, DAY, "Emergency")).isMoved()).isTrue();
  }

  @Test
  void aModelThatCannotWorkIsReportedWithEveryProblemAtOnce() {
    CycleModel broken = CycleModel.builder()
        .addPath(Stage.IDENTIFICATION, Stage.SUSPENDED, Stage.DESIGN, Stage.DESIGN)
        .addOptionalStages(Stage.IDENTIFICATION, Stage.EVALUATION)
        .addMoves(CycleMove.of(Stage.CLOSURE, Stage.DESIGN), CycleMove.of(Stage.DESIGN, Stage.DESIGN),
            CycleMove.of(Stage.CANCELLED, Stage.IDENTIFICATION))
        .addGuards(CycleGuard.of(Stage.CLOSURE, " "))
        .build();
    List<Violation> violations = VALIDATOR.validate(broken).violations();
    assertThat(violations).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("name", "value.blank"),
        tuple("path[1]", "cycle.model.stage.not-on-path"),
        tuple("path[3]", "cycle.model.stage.repeated"),
        tuple("optionalStages", "cycle.model.optional.end"),
        tuple("optionalStages", "cycle.model.stage.unknown"),
        tuple("moves[0].from", "cycle.model.stage.unknown"),
        tuple("moves[1].to", "cycle.model.move.same"),
        tuple("guards[0].stage", "cycle.model.stage.unknown"),
        tuple("guards[0].rule", "value.blank"));
    Violation notOnPath = violations.stream().filter(v -> v.path().equals("path[1]")).findFirst().orElseThrow();
    assertThat(notOnPath.arguments()).containsEntry("stage", "suspended");
    assertThat(notOnPath.message(Locale.FRENCH))
        .isEqualTo("L'étape « suspended » ne peut figurer sur un parcours : tout cycle peut être suspendu ou annulé");
    assertThat(VALIDATOR.validate(CycleModel.builder().name("empty").build()).violations())
        .extracting(Violation::path, Violation::code).containsExactly(tuple("path", "cycle.model.path.empty"));
  }

  @Test
  void aModelWithoutAPathAcceptsAnyFirstStageOfNone() {
    CycleModel empty = CycleModel.builder().name("empty").build();
    assertThat(empty.start()).isEmpty();
    assertThat(empty.terminalStages()).containsExactly(Stage.CANCELLED);
    assertThat(empty.moveTo(ProjectCycle.empty(), StageEntry.of(Stage.DESIGN, DAY)).refusals())
        .extracting(TransitionRefusal::code).containsExactly("cycle.stage.unknown");
  }
}

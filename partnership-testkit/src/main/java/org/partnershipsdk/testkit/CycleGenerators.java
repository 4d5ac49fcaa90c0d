package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;

/**
 * Generates project cycles the way an initiative lives them, and cycle models. Every entry of a
 * cycle is added through {@link CycleModel#moveTo(ProjectCycle, StageEntry)} with the model of the
 * initiative's programme (the standard one without), so a generated history is one that model
 * accepted move by move (a refused move would fail the generation, not produce
 * an invalid value): forward along the path, the evaluation sometimes passed over, suspensions and
 * resumptions, back-moves and reopenings with their reasons, the odd cancellation.
 */
final class CycleGenerators {
  private static final int MAX_DAYS_BETWEEN_MOVES = 180;
  private static final List<String> GUARD_RULES = List.of(CycleModels.RESULTS_FRAMEWORK_GUARD,
      CycleModels.SIGNED_AGREEMENT_GUARD, CycleModels.FINAL_REPORT_GUARD);

  private CycleGenerators() {}

  /**
   * @param from the day of the first move, identification
   * @return a cycle of up to the context's size moves, in the standard cycle model
   */
  static ProjectCycle cycle(GenContext context, LocalDate from) {
    return cycle(context, from, CycleModels.standard());
  }

  /**
   * @param from the day of the first move, the start of the model's path
   * @param model the cycle model of the initiative's programme: the history goes along its path,
   *     passes over only its optional stages, and goes back or reopens only by the moves it lists
   * @return a cycle of up to the context's size moves that the model accepted move by move; in the
   *     standard model, the same history for a seed as before models were followed
   */
  static ProjectCycle cycle(GenContext context, LocalDate from, CycleModel model) {
    int moves = Draws.count(context, 0, 7);
    ProjectCycle cycle = ProjectCycle.empty();
    LocalDate date = from;
    for (int i = 0; i < moves; i++) {
      Optional<StageEntry> next = next(context, model, cycle, date);
      if (next.isEmpty()) {
        break;
      }
      cycle = model.moveTo(cycle, next.get()).orElseThrow();
      date = Draws.after(context, date, 0, MAX_DAYS_BETWEEN_MOVES);
    }
    return cycle;
  }

  private static Optional<StageEntry> next(GenContext context, CycleModel model, ProjectCycle cycle, LocalDate date) {
    List<Stage> path = model.path();
    Stage last = path.get(path.size() - 1);
    Optional<Stage> current = cycle.currentStage();
    if (current.isEmpty()) {
      return Optional.of(StageEntry.of(path.get(0), date));
    }
    Stage stage = current.get();
    if (model.isTerminal(stage)) {
      // A closed or cancelled initiative is now and then reopened where it was, with a reason,
      // when the model lists such a move.
      if (!context.chance(0.1)) {
        return Optional.empty();
      }
      Stage where = cycle.lastOrderedStage().filter(s -> s != last).orElse(Stage.IMPLEMENTATION);
      return listed(context, model, stage, where)
          .map(to -> StageEntry.of(to, date, context.pick(Vocabulary.REOPEN_REASONS)));
    }
    if (stage == Stage.SUSPENDED) {
      if (context.chance(0.15)) {
        return Optional.of(StageEntry.of(Stage.CANCELLED, date, context.pick(Vocabulary.CYCLE_REASONS)));
      }
      Stage resumed = cycle.lastOrderedStage().orElseThrow();
      return Optional.of(context.chance(0.5)
          ? StageEntry.of(resumed, date, context.pick(Vocabulary.RESUME_REASONS))
          : StageEntry.of(resumed, date));
    }
    int draw = context.intBetween(0, 99);
    if (draw < 10) {
      return Optional.of(StageEntry.of(Stage.SUSPENDED, date, context.pick(Vocabulary.CYCLE_REASONS)));
    }
    if (draw < 14) {
      return Optional.of(StageEntry.of(Stage.CANCELLED, date, context.pick(Vocabulary.CYCLE_REASONS)));
    }
    int at = path.indexOf(stage);
    if (draw < 20 && at > 0) {
      Stage back = stage == Stage.DESIGN ? Stage.IDENTIFICATION : Stage.DESIGN;
      Optional<StageEntry> backMove = listed(context, model, stage, back)
          .map(to -> StageEntry.of(to, date, context.pick(Vocabulary.BACK_MOVE_REASONS)));
      if (backMove.isPresent()) {
        return backMove;
      }
    }
    if (draw < 40 && at + 2 < path.size() && model.optionalStages().contains(path.get(at + 1))) {
      return Optional.of(StageEntry.of(path.get(at + 2), date)); // no evaluation (or other optional stage) this time
    }
    return Optional.of(StageEntry.of(path.get(at + 1), date));
  }

  /**
   * @return {@code preferred} when the model lists the move to it from {@code from}, else one of
   *     the stages it lists a move to from there, else nothing
   */
  private static Optional<Stage> listed(GenContext context, CycleModel model, Stage from, Stage preferred) {
    List<Stage> to = model.moves().stream().filter(m -> m.from() == from).map(CycleMove::to)
        .filter(s -> s != from).distinct().toList();
    if (to.contains(preferred)) {
      return Optional.of(preferred);
    }
    return to.isEmpty() ? Optional.empty() : Optional.of(context.pick(to));
  }

  /**
   * @return a cycle model that can work: a built-in one, or one of the built-in paths with some of
   *     its inner stages optional, some back-moves and reopenings, and some of the built-in guards
   */
  static CycleModel model(GenContext context) {
    int draw = context.intBetween(0, 3);
    if (draw == 0) {
      return CycleModels.standard();
    }
    if (draw == 1) {
      return CycleModels.funder();
    }
    List<Stage> path = context.chance(0.5) ? CycleModels.standard().path() : CycleModels.funder().path();
    CycleModel.Builder model = CycleModel.builder()
        .name(context.pick(Vocabulary.CYCLE_MODEL_NAMES))
        .addAllPath(path)
        .addAllOptionalStages(Draws.distinct(context, path.subList(1, path.size() - 1), Draws.count(context, 0, 2)));
    int last = path.size() - 1;
    for (int i = 0; i < Draws.count(context, 0, 4); i++) {
      int from = context.intBetween(1, last - 1);
      CycleMove.Builder move = CycleMove.builder().from(path.get(from)).to(path.get(context.intBetween(0, from - 1)));
      if (context.chance(0.2)) {
        move.reasonRequired(false);
      }
      model.addMoves(move.build());
    }
    if (context.chance(0.5)) {
      model.addMoves(CycleMove.of(context.chance(0.5) ? path.get(last) : Stage.CANCELLED,
          path.get(context.intBetween(0, last - 1))));
    }
    for (String rule : Draws.distinct(context, GUARD_RULES, Draws.count(context, 0, 2))) {
      model.addGuards(CycleGuard.of(path.get(context.intBetween(1, last)), rule));
    }
    return model.build();
  }
}

package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.Optional;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;

/**
 * Generates project cycles the way an initiative lives them: every entry is added through
 * {@link ProjectCycle#moveTo(StageEntry)}, so a generated history is one the SDK accepted move by
 * move (a refused move would fail the generation, not produce an invalid value).
 */
final class CycleGenerators {
  private static final int MAX_DAYS_BETWEEN_MOVES = 180;

  private CycleGenerators() {}

  /**
   * @param from the day of the first move, identification
   * @return a cycle of up to the context's size moves: the ordered stages, with suspensions,
   *     resumptions and the odd cancellation
   */
  static ProjectCycle cycle(GenContext context, LocalDate from) {
    int moves = Draws.count(context, 0, 7);
    ProjectCycle cycle = ProjectCycle.empty();
    LocalDate date = from;
    for (int i = 0; i < moves; i++) {
      Optional<StageEntry> next = next(context, cycle, date);
      if (next.isEmpty()) {
        break;
      }
      cycle = cycle.moveTo(next.get()).orElseThrow();
      date = Draws.after(context, date, 0, MAX_DAYS_BETWEEN_MOVES);
    }
    return cycle;
  }

  private static Optional<StageEntry> next(GenContext context, ProjectCycle cycle, LocalDate date) {
    Optional<Stage> current = cycle.currentStage();
    if (current.isEmpty()) {
      return Optional.of(StageEntry.of(Stage.IDENTIFICATION, date));
    }
    Stage stage = current.get();
    if (stage.isTerminal()) {
      return Optional.empty();
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
    return stage.next().map(s -> StageEntry.of(s, date));
  }
}

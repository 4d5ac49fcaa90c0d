package org.partnershipsdk.core.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which entry may follow a history: the rules every cycle shares, and those of a cycle model. */
final class CycleRules {
  private CycleRules() {}

  /**
   * What holds in every cycle model: a suspension or cancellation needs a cycle that started and a
   * reason, a cancelled cycle is never suspended, an entry never repeats the stage the cycle is in
   * and is never dated before the last one.
   *
   * @param history the entries so far, oldest first
   * @param next the entry asked for
   * @return every reason {@code next} cannot follow {@code history} in any model
   */
  static List<TransitionRefusal> invariantRefusals(List<StageEntry> history, StageEntry next) {
    List<TransitionRefusal> refusals = new ArrayList<>();
    Optional<StageEntry> last = last(history);
    Stage to = next.stage();
    if (last.isEmpty() && !to.isOrdered()) {
      refusals.add(stage("cycle.stage.not-started", Map.of("to", to)));
    } else if (last.isPresent() && last.get().stage() == to) {
      refusals.add(stage("cycle.stage.same", Map.of("to", to)));
    } else if (last.isPresent() && last.get().stage() == Stage.CANCELLED && to == Stage.SUSPENDED) {
      refusals.add(stage("cycle.stage.terminal", Map.of("from", Stage.CANCELLED, "to", to)));
    }
    if (to.requiresReason()) {
      reasonRefusal(next).ifPresent(refusals::add);
    }
    dateRefusal(last, next).ifPresent(refusals::add);
    return refusals;
  }

  /**
   * @param model the cycle model
   * @param history the entries so far, oldest first
   * @param next the entry asked for
   * @return every reason {@code next} cannot follow {@code history} in the model, guards aside
   */
  static List<TransitionRefusal> refusals(CycleModel model, List<StageEntry> history, StageEntry next) {
    List<TransitionRefusal> refusals = new ArrayList<>();
    Optional<StageEntry> last = last(history);
    Step step = step(model, history, last.map(StageEntry::stage), next.stage());
    step.refusal().ifPresent(refusals::add);
    if (next.stage().requiresReason() || step.reasonRequired()) {
      reasonRefusal(next).ifPresent(refusals::add);
    }
    dateRefusal(last, next).ifPresent(refusals::add);
    return refusals;
  }

  /** The last stage of the path entered: the one a suspended cycle resumes to. */
  static Optional<Stage> stageBeforeSuspension(List<StageEntry> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).stage().isOrdered()) {
        return Optional.of(history.get(i).stage());
      }
    }
    return Optional.empty();
  }

  /** Whether a move is allowed and whether it needs a reason. */
  private record Step(Optional<TransitionRefusal> refusal, boolean reasonRequired) {
    static final Step FREE = new Step(Optional.empty(), false);

    static Step refused(String code, Map<String, Object> arguments) {
      return new Step(Optional.of(stage(code, arguments)), false);
    }
  }

  private static Step step(CycleModel model, List<StageEntry> history, Optional<Stage> current, Stage to) {
    if (to.isOrdered() && !model.path().contains(to)) {
      return Step.refused("cycle.stage.unknown", Map.of("to", to, "model", model.name()));
    }
    if (current.isEmpty()) {
      return start(model, to);
    }
    if (current.get() == to) {
      return Step.refused("cycle.stage.same", Map.of("to", to));
    }
    Stage from = current.get();
    if (from == Stage.SUSPENDED) {
      Optional<Stage> before = stageBeforeSuspension(history);
      if (before.isEmpty()) {
        return start(model, to);
      }
      if (before.get() == to || to == Stage.CANCELLED) {
        return Step.FREE;
      }
      from = before.get(); // a suspended cycle moves on as from the stage it was in
    }
    return move(model, from, to);
  }

  private static Step move(CycleModel model, Stage from, Stage to) {
    if (model.isTerminal(from)) {
      return listed(model, from, to).orElseGet(() -> Step.refused("cycle.stage.terminal", Map.of("from", from, "to", to)));
    }
    if (!to.isOrdered()) {
      return Step.FREE; // a suspension or a cancellation, whose reason every model requires
    }
    int i = model.path().indexOf(from);
    int j = model.path().indexOf(to);
    if (i < 0) {
      return Step.refused("cycle.stage.unknown", Map.of("to", from, "model", model.name()));
    }
    if (j < i) {
      return listed(model, from, to).orElseGet(() -> Step.refused("cycle.stage.out-of-order",
          Map.of("from", from, "to", to)));
    }
    for (int k = i + 1; k < j; k++) {
      Stage expected = model.path().get(k);
      if (!model.optionalStages().contains(expected)) {
        return listed(model, from, to).orElseGet(() -> Step.refused("cycle.stage.skipped",
            Map.of("from", from, "to", to, "expected", expected)));
      }
    }
    return Step.FREE;
  }

  private static Step start(CycleModel model, Stage to) {
    if (!to.isOrdered()) {
      return Step.refused("cycle.stage.not-started", Map.of("to", to));
    }
    Optional<Stage> start = model.start();
    if (start.isEmpty() || start.get() == to) {
      return Step.FREE;
    }
    return Step.refused("cycle.stage.skipped", Map.of("to", to, "expected", start.get()));
  }

  /** @return the move the model lists from one stage to the other, if it lists one */
  private static Optional<Step> listed(CycleModel model, Stage from, Stage to) {
    for (CycleMove move : model.moves()) {
      if (move.from() == from && move.to() == to) {
        return Optional.of(new Step(Optional.empty(), move.reasonRequired()));
      }
    }
    return Optional.empty();
  }

  private static Optional<StageEntry> last(List<StageEntry> history) {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  private static Optional<TransitionRefusal> reasonRefusal(StageEntry next) {
    return next.reason().filter(r -> !r.isBlank()).isPresent() ? Optional.empty()
        : Optional.of(new TransitionRefusal("cycle.reason.missing", "reason", Map.of("to", next.stage())));
  }

  private static Optional<TransitionRefusal> dateRefusal(Optional<StageEntry> last, StageEntry next) {
    return last.filter(l -> next.date().isBefore(l.date())).map(l -> new TransitionRefusal(
        "cycle.date.before-last", "date", Map.of("date", next.date(), "last", l.date(), "from", l.stage())));
  }

  private static TransitionRefusal stage(String code, Map<String, Object> arguments) {
    return new TransitionRefusal(code, "stage", arguments);
  }
}

package org.partnershipsdk.core.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules of the project cycle: which entry may follow a history. */
final class CycleRules {
  private CycleRules() {}

  /**
   * @param history the entries so far, oldest first
   * @param next the entry asked for
   * @return every reason {@code next} cannot follow {@code history}; empty when it can
   */
  static List<TransitionRefusal> refusals(List<StageEntry> history, StageEntry next) {
    List<TransitionRefusal> refusals = new ArrayList<>();
    Optional<StageEntry> last = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    stageRefusal(history, last.map(StageEntry::stage), next.stage()).ifPresent(refusals::add);
    if (next.stage().requiresReason() && next.reason().filter(r -> !r.isBlank()).isEmpty()) {
      refusals.add(new TransitionRefusal("cycle.reason.missing", "reason", Map.of("to", next.stage())));
    }
    last.filter(l -> next.date().isBefore(l.date())).ifPresent(l -> refusals.add(new TransitionRefusal(
        "cycle.date.before-last", "date", Map.of("date", next.date(), "last", l.date(), "from", l.stage()))));
    return refusals;
  }

  private static Optional<TransitionRefusal> stageRefusal(List<StageEntry> history, Optional<Stage> current, Stage to) {
    if (current.isEmpty()) {
      if (to == Stage.IDENTIFICATION) {
        return Optional.empty();
      }
      return Optional.of(to.isOrdered()
          ? stage("cycle.stage.skipped", Map.of("to", to, "expected", Stage.IDENTIFICATION))
          : stage("cycle.stage.not-started", Map.of("to", to)));
    }
    Stage from = current.get();
    if (from.isTerminal()) {
      return Optional.of(stage("cycle.stage.terminal", Map.of("from", from, "to", to)));
    }
    if (from == to) {
      return Optional.of(stage("cycle.stage.same", Map.of("to", to)));
    }
    if (!to.isOrdered()) {
      return Optional.empty();
    }
    if (from == Stage.SUSPENDED) {
      Stage before = stageBeforeSuspension(history).orElse(Stage.IDENTIFICATION);
      return before == to
          ? Optional.empty()
          : Optional.of(stage("cycle.resume.mismatch", Map.of("to", to, "expected", before)));
    }
    if (to.compareTo(from) < 0) {
      return Optional.of(stage("cycle.stage.out-of-order", Map.of("from", from, "to", to)));
    }
    Stage expected = from.next().orElseThrow();
    return to == expected
        ? Optional.empty()
        : Optional.of(stage("cycle.stage.skipped", Map.of("from", from, "to", to, "expected", expected)));
  }

  /** The last ordered stage of the history: the one a suspended cycle resumes to. */
  static Optional<Stage> stageBeforeSuspension(List<StageEntry> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).stage().isOrdered()) {
        return Optional.of(history.get(i).stage());
      }
    }
    return Optional.empty();
  }

  private static TransitionRefusal stage(String code, Map<String, Object> arguments) {
    return new TransitionRefusal(code, "stage", arguments);
  }
}

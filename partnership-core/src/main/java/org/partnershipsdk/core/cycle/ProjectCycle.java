package org.partnershipsdk.core.cycle;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.constraints.CycleHistoryInOrder;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * The project cycle of an initiative (cycle de projet): the dated history of the stages it
 * entered, oldest first. The history is kept, never overwritten: every move, forward or back, adds
 * an entry with its date and, where one is needed, its reason.
 *
 * <p>Moves are checked operations: {@link #moveTo(Stage, LocalDate)} returns either the moved cycle
 * or every reason it cannot move, and leaves this cycle unchanged. Which moves are allowed is a
 * {@link CycleModel}; the methods here follow the {@linkplain CycleModels#standard() standard
 * one}: identification → design → implementation → evaluation (optional) → capitalisation →
 * closure, back-moves and reopenings with a reason, suspension and cancellation with a reason, a
 * suspended cycle resuming where it was. {@link CycleModel#moveTo(ProjectCycle, StageEntry)} moves
 * with another model, and {@code org.partnershipsdk.core.rules.CycleMoves} with the model of the
 * initiative's programme and its guards.
 *
 * <p>A history built directly (read from a file, for instance) is checked by validation for what
 * holds in every model ({@link CycleHistoryInOrder}: dates never going back, reasons for
 * suspensions and cancellations...), and by the rules {@code initiative.cycle.out-of-order} and
 * {@code initiative.cycle.stage-skipped} against the model of its programme.
 *
 * <pre>{@code
 * ProjectCycle cycle = ProjectCycle.empty()
 *     .moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 5)).orElseThrow()
 *     .moveTo(Stage.DESIGN, LocalDate.of(2015, 3, 2)).orElseThrow()
 *     .moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 4, 1), "Sent back: the need is to be rethought").orElseThrow();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@CycleHistoryInOrder
public abstract class ProjectCycle implements WithProjectCycle, Extensible {
  ProjectCycle() {}

  /** @return the stages entered, oldest first */
  @UniqueRefs
  public abstract List<@Valid StageEntry> entries();

  /** @return the last entry: the stage the cycle is in and since when; empty before identification */
  public final Optional<StageEntry> current() {
    List<StageEntry> entries = entries();
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /** @return the stage the cycle is in; empty before identification */
  public final Optional<Stage> currentStage() {
    return current().map(StageEntry::stage);
  }

  /**
   * @param stage a stage
   * @return the day the cycle first entered that stage; empty if it never did
   * @throws IncompleteValueException if {@code stage} is null
   */
  public final Optional<LocalDate> entered(Stage stage) {
    if (stage == null) {
      throw new IncompleteValueException("stage");
    }
    return entries().stream().filter(e -> e.stage() == stage).map(StageEntry::date).findFirst();
  }

  /**
   * @return the stage of the path a suspended cycle resumes to (the last such stage entered); empty
   *     before the cycle started
   */
  public final Optional<Stage> lastOrderedStage() {
    return CycleRules.stageBeforeSuspension(entries());
  }

  /**
   * Asks to move, in the standard cycle model, to a stage that needs no reason there (the next
   * stage of the path, or the one a suspended cycle resumes to).
   *
   * @param stage the stage to enter
   * @param date the day it is entered
   * @return the cycle with the new entry, or the reasons it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<ProjectCycle> moveTo(Stage stage, LocalDate date) {
    return moveTo(StageEntry.of(stage, date));
  }

  /**
   * Asks to move, in the standard cycle model, giving the reason (required to suspend, cancel, go
   * back or reopen).
   *
   * @param stage the stage to enter
   * @param date the day it is entered
   * @param reason why
   * @return the cycle with the new entry, or the reasons it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<ProjectCycle> moveTo(Stage stage, LocalDate date, String reason) {
    return moveTo(StageEntry.of(stage, date, reason));
  }

  /**
   * Asks to add an entry to the history, in the standard cycle model.
   *
   * @param entry the stage to enter, its date and reason
   * @return the cycle with the new entry, or the reasons it cannot move
   * @throws IncompleteValueException if {@code entry} is null
   */
  public final Transition<ProjectCycle> moveTo(StageEntry entry) {
    if (entry == null) {
      throw new IncompleteValueException("entry");
    }
    return CycleModels.standard().moveTo(this, entry);
  }

  /**
   * Judges an entry by the rules every cycle model shares, as validation does for each entry of a
   * history: a suspension or cancellation after the cycle started and with a reason, no
   * suspension of a cancelled cycle, no stage repeated, no date going back.
   *
   * @param history the entries before {@code next}, oldest first
   * @param next an entry
   * @return why {@code next} cannot follow {@code history} in any model; empty when a model may allow it
   * @throws IncompleteValueException if an argument is null
   */
  public static List<TransitionRefusal> invariantRefusals(List<StageEntry> history, StageEntry next) {
    if (history == null || next == null) {
      throw new IncompleteValueException(history == null ? "history" : "next");
    }
    return CycleRules.invariantRefusals(history, next);
  }

  /** @return a cycle with no stage entered yet */
  public static ProjectCycle empty() {
    return builder().build();
  }

  /**
   * @param entries the history, oldest first
   * @return the cycle, not checked: validate it to find entries out of order
   * @throws IncompleteValueException if {@code entries} is null or holds null
   */
  public static ProjectCycle of(List<StageEntry> entries) {
    if (entries == null) {
      throw new IncompleteValueException("entries");
    }
    return builder().addAllEntries(entries).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectCycle}; the entries are not checked until validation. */
  public static final class Builder extends ImmutableProjectCycle.Builder {
    Builder() {}
  }
}

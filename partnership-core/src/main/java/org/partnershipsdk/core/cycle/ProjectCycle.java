package org.partnershipsdk.core.cycle;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * entered, oldest first. The history is kept, never overwritten: a move adds an entry.
 *
 * <p>Moves are checked operations: {@link #moveTo(Stage, LocalDate)} returns either the moved cycle
 * or every reason it cannot move, and leaves this cycle unchanged. The rules: the ordered stages
 * are entered one after the other, never skipped and never gone back to; any stage but
 * capitalisation (the closure) and cancelled can be suspended or cancelled, with a reason; a
 * suspended cycle resumes to the stage it was in before the suspension; dates never go before the
 * last entry's. A history built directly (read from a file, for instance) is checked against the
 * same rules by validation ({@link CycleHistoryInOrder}).
 *
 * <pre>{@code
 * ProjectCycle cycle = ProjectCycle.empty()
 *     .moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 5)).orElseThrow()
 *     .moveTo(Stage.DESIGN, LocalDate.of(2015, 3, 2)).orElseThrow();
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
   * @return the ordered stage a suspended cycle resumes to (the last ordered stage entered); empty
   *     before identification
   */
  public final Optional<Stage> lastOrderedStage() {
    return CycleRules.stageBeforeSuspension(entries());
  }

  /**
   * Asks to move to a stage that needs no reason (an ordered stage).
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
   * Asks to move to a stage, giving the reason (required to suspend or cancel).
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
   * Asks to add an entry to the history.
   *
   * @param entry the stage to enter, its date and reason
   * @return the cycle with the new entry, or the reasons it cannot move
   * @throws IncompleteValueException if {@code entry} is null
   */
  public final Transition<ProjectCycle> moveTo(StageEntry entry) {
    if (entry == null) {
      throw new IncompleteValueException("entry");
    }
    List<TransitionRefusal> refusals = CycleRules.refusals(entries(), entry);
    if (!refusals.isEmpty()) {
      return Transition.refused(refusals);
    }
    List<StageEntry> moved = new ArrayList<>(entries());
    moved.add(entry);
    return Transition.of(withEntries(moved));
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

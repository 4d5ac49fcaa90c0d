package org.partnershipsdk.core.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.constraints.CycleModelConsistent;

/**
 * How a project cycle may move, as data a programme or a user defines (modèle de cycle): the
 * stages of its path in order, those a forward move may pass over, the other moves it allows
 * (back-moves, reopenings), which of them need a reason, and the guards that hold a move back
 * until a condition on the initiative is met.
 *
 * <p>The rules every model shares:
 * <ul>
 *   <li>a cycle starts with the first stage of the path and moves forward along it; a stage marked
 *       optional may be passed over, any other must be entered;
 *   <li>the last stage of the path and {@link Stage#CANCELLED} are terminal: only a move the model
 *       lists from them (a reopening) follows them;
 *   <li>any stage but a terminal one may be suspended or cancelled, with a reason; a suspended
 *       cycle resumes to the stage it was in, or makes any move allowed from that stage;
 *   <li>any other move (going back, reopening, a shortcut) must be one of {@link #moves()}, with a
 *       reason when the move requires one;
 *   <li>the history is append-only: an entry is never dated before the last one, and never repeats
 *       the stage the cycle is in.
 * </ul>
 *
 * <pre>{@code
 * CycleModel ours = CycleModel.builder()
 *     .name("acme")
 *     .addPath(Stage.IDENTIFICATION, Stage.DESIGN, Stage.INSTRUCTION, Stage.DECISION,
 *         Stage.IMPLEMENTATION, Stage.EVALUATION, Stage.CLOSURE)
 *     .addOptionalStages(Stage.EVALUATION)
 *     .addMoves(CycleMove.of(Stage.IMPLEMENTATION, Stage.DESIGN), CycleMove.of(Stage.CLOSURE, Stage.IMPLEMENTATION))
 *     .addGuards(CycleGuard.of(Stage.IMPLEMENTATION, "initiative.implementation.agreement-unsigned"))
 *     .build();
 * Transition<ProjectCycle> moved = ours.moveTo(cycle, StageEntry.of(Stage.DESIGN, day, "Budget to rework"));
 * }</pre>
 *
 * <p>{@link CycleModels} holds the built-in models. Validation reports a model that cannot work
 * ({@link CycleModelConsistent}): an empty path, a stage twice on it, suspended or cancelled on
 * it, a move, optional stage or guard naming a stage off the path.
 */
@Value.Immutable
@PartnershipStyle
@CycleModelConsistent
public abstract class CycleModel implements WithCycleModel, Extensible {
  CycleModel() {}

  /** @return the model's name, such as {@code standard}; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the stages of the main path, in order: the first starts a cycle, the last ends it */
  public abstract List<Stage> path();

  /** @return the stages of the path a forward move may pass over, such as the evaluation */
  public abstract Set<Stage> optionalStages();

  /** @return the moves allowed besides going forward along the path: back-moves, reopenings, shortcuts */
  public abstract List<@Valid CycleMove> moves();

  /** @return the conditions on entering stages, each a rule over the initiative */
  public abstract List<@Valid CycleGuard> guards();

  /** @return the stage a cycle starts with; empty for a model without a path */
  public final Optional<Stage> start() {
    return path().isEmpty() ? Optional.empty() : Optional.of(path().get(0));
  }

  /** @return the stages only a listed move (a reopening) follows: the last of the path, and cancelled */
  public final Set<Stage> terminalStages() {
    Set<Stage> terminal = EnumSet.of(Stage.CANCELLED);
    if (!path().isEmpty()) {
      terminal.add(path().get(path().size() - 1));
    }
    return terminal;
  }

  /**
   * @param stage a stage
   * @return whether only a listed move follows it
   * @throws IncompleteValueException if {@code stage} is null
   */
  public final boolean isTerminal(Stage stage) {
    if (stage == null) {
      throw new IncompleteValueException("stage");
    }
    return stage == Stage.CANCELLED || !path().isEmpty() && path().get(path().size() - 1) == stage;
  }

  /**
   * @param stage a stage
   * @return the guards on entering it, in order
   * @throws IncompleteValueException if {@code stage} is null
   */
  public final List<CycleGuard> guardsOn(Stage stage) {
    if (stage == null) {
      throw new IncompleteValueException("stage");
    }
    List<CycleGuard> on = new ArrayList<>();
    for (CycleGuard guard : guards()) {
      if (guard.stage() == stage) {
        on.add(guard);
      }
    }
    return on;
  }

  /**
   * @param history the entries so far, oldest first
   * @param next the entry asked for
   * @return every reason {@code next} cannot follow {@code history} in this model, guards aside;
   *     empty when it can
   * @throws IncompleteValueException if an argument is null
   */
  public final List<TransitionRefusal> refusals(List<StageEntry> history, StageEntry next) {
    if (history == null || next == null) {
      throw new IncompleteValueException(history == null ? "history" : "next");
    }
    return CycleRules.refusals(this, history, next);
  }

  /**
   * Asks to add an entry to a cycle's history, with this model's moves (its guards need the
   * portfolio: see {@code org.partnershipsdk.core.rules.CycleMoves}).
   *
   * @param cycle the cycle
   * @param entry the stage to enter, its date and reason
   * @return the cycle with the new entry, or every reason it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<ProjectCycle> moveTo(ProjectCycle cycle, StageEntry entry) {
    if (cycle == null || entry == null) {
      throw new IncompleteValueException(cycle == null ? "cycle" : "entry");
    }
    List<TransitionRefusal> refusals = CycleRules.refusals(this, cycle.entries(), entry);
    if (!refusals.isEmpty()) {
      return Transition.refused(refusals);
    }
    List<StageEntry> moved = new ArrayList<>(cycle.entries());
    moved.add(entry);
    return Transition.of(cycle.withEntries(moved));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CycleModel}; validation checks that it can work. */
  public static final class Builder extends ImmutableCycleModel.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.core.cycle;

import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * A move a {@link CycleModel} allows besides going forward along its path: a back-move (a proposal
 * sent back from design to identification, a reformulation during implementation), a reopening of
 * a closed or cancelled cycle, or a shortcut over a stage the path otherwise requires. Such moves
 * usually need a reason, kept in the history with the entry.
 *
 * <pre>{@code
 * CycleMove reformulation = CycleMove.of(Stage.IMPLEMENTATION, Stage.DESIGN);   // with a reason
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class CycleMove implements WithCycleMove, Extensible {
  CycleMove() {}

  /** @return the stage the cycle is in: a stage of the path, or cancelled for a reopening */
  public abstract Stage from();

  /** @return the stage it moves to: a stage of the path */
  public abstract Stage to();

  /** @return whether the entry that makes the move must say why; true unless stated */
  @Value.Default
  public boolean reasonRequired() {
    return true;
  }

  /**
   * @param from the stage the cycle is in
   * @param to the stage it moves to
   * @return the move, with a reason required
   */
  public static CycleMove of(Stage from, Stage to) {
    return builder().from(from).to(to).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CycleMove}. */
  public static final class Builder extends ImmutableCycleMove.Builder {
    Builder() {}
  }
}

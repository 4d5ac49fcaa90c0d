package org.partnershipsdk.core.cycle;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * A condition on entering a stage of a {@link CycleModel}, written as a rule over the initiative:
 * the move is refused while the rule, run on the initiative as it would be after the move, reports
 * anything. The rule is named by its id, such as the built-in
 * {@code initiative.implementation.agreement-unsigned} (implementation waits for the signature of
 * the agreements that fund it) or one of your own; its findings become the refusal's reasons.
 *
 * <pre>{@code
 * CycleGuard signedFirst = CycleGuard.of(Stage.IMPLEMENTATION, "initiative.implementation.agreement-unsigned");
 * }</pre>
 *
 * <p>Guards need the portfolio the initiative is in (its agreements, its programme): moves are
 * guarded through {@code org.partnershipsdk.core.rules.CycleMoves}.
 */
@Value.Immutable
@PartnershipStyle
public abstract class CycleGuard implements WithCycleGuard, Extensible {
  CycleGuard() {}

  /** @return the stage whose entry the guard holds back */
  public abstract Stage stage();

  /** @return the id of the rule that must report nothing, such as {@code initiative.results-framework.missing} */
  @NotBlank
  public abstract String rule();

  /**
   * @param stage the stage whose entry the guard holds back
   * @param rule the id of the rule that must report nothing
   * @return the guard
   */
  public static CycleGuard of(Stage stage, String rule) {
    return builder().stage(stage).rule(rule).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CycleGuard}. */
  public static final class Builder extends ImmutableCycleGuard.Builder {
    Builder() {}
  }
}

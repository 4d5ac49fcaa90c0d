package org.partnershipsdk.core.cycle;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Referable;

/**
 * One line of the stage history of a {@link ProjectCycle}: the stage an initiative entered, on
 * which day, and why. A reason is expected for a suspension or a cancellation, and for the moves
 * its {@link CycleModel} says need one (going back, reopening); for the others it is optional (why
 * the initiative resumed, for instance).
 *
 * <pre>{@code
 * StageEntry entry = StageEntry.of(Stage.SUSPENDED, LocalDate.of(2020, 3, 16), "Borders closed");
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class StageEntry implements WithStageEntry, Extensible, Referable {
  StageEntry() {}

  /** @return the stage entered */
  public abstract Stage stage();

  /** @return the day the stage was entered */
  public abstract LocalDate date();

  /** @return why the stage was entered; required for a suspension, a cancellation, and the moves that need one */
  public abstract Optional<String> reason();

  /**
   * @param stage the stage entered
   * @param date the day it was entered
   * @return the entry, without a reason
   */
  public static StageEntry of(Stage stage, LocalDate date) {
    return builder().stage(stage).date(date).build();
  }

  /**
   * @param stage the stage entered
   * @param date the day it was entered
   * @param reason why
   * @return the entry
   */
  public static StageEntry of(Stage stage, LocalDate date, String reason) {
    return builder().stage(stage).date(date).reason(reason).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageEntry}. */
  public static final class Builder extends ImmutableStageEntry.Builder {
    Builder() {}
  }
}

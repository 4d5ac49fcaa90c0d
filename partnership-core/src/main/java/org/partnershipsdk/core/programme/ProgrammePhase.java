package org.partnershipsdk.core.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Period;

/**
 * A phase of a {@link Programme}, such as CAAC 1 or the triennial phase the CFSI launched in 2019.
 *
 * <pre>{@code
 * ProgrammePhase caac3 = ProgrammePhase.of("CAAC 3", Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class ProgrammePhase implements WithProgrammePhase, Extensible {
  ProgrammePhase() {}

  /** @return the phase's name, such as {@code CAAC 2}; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return when the phase runs; either end may still be unknown */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /**
   * @param name the phase's name
   * @param period when it runs
   * @return the phase
   */
  public static ProgrammePhase of(String name, Period period) {
    return builder().name(name).period(period).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammePhase}. */
  public static final class Builder extends ImmutableProgrammePhase.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.core.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.PersonalData;

/**
 * A programme officer (chargé de mission) of the supporting organisation who follows a
 * partnership, over a period. Personal data (GDPR / RGPD): none of its attributes is ever printed by
 * {@code toString()}.
 *
 * <pre>{@code
 * ProgrammeOfficer officer = ProgrammeOfficer.builder()
 *     .name("Claire Martin").focus(OfficerFocus.GEOGRAPHIC).area("Asia")
 *     .period(Period.of(LocalDate.of(2019, 9, 1), LocalDate.of(2023, 8, 31))).build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@PersonalData
public abstract class ProgrammeOfficer implements WithProgrammeOfficer, Extensible {
  ProgrammeOfficer() {}

  /** @return the officer's name; blank only in a draft */
  @Value.Default
  @Value.Redacted
  @NotBlank
  public String name() {
    return "";
  }

  /** @return whether the officer is in charge of an area or of a theme; a complete officer has one */
  @Value.Redacted
  public abstract Optional<@NotNull OfficerFocus> focus();

  /** @return the geographic area or the theme the officer covers, such as {@code Africa} or {@code Migrants} */
  @Value.Redacted
  public abstract Optional<String> area();

  /**
   * @return when the officer followed the relation, either end possibly unknown; without one, the
   *     officer follows it still
   */
  @Value.Redacted
  public abstract Optional<@Valid Period> period();

  /**
   * @param day a day
   * @return whether the officer followed the relation on that day: no period, or one that holds it
   * @throws IncompleteValueException if {@code day} is null
   */
  public final boolean followsOn(LocalDate day) {
    if (day == null) {
      throw new IncompleteValueException("day");
    }
    return period().map(p -> p.contains(day)).orElse(true);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeOfficer}. */
  public static final class Builder extends ImmutableProgrammeOfficer.Builder {
    Builder() {}
  }
}

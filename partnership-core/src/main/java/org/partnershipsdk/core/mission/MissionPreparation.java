package org.partnershipsdk.core.mission;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * How a mission was prepared before departure (préparation de la mission). In the EXPLOR cases the
 * volunteers supported the project remotely for months before leaving, met the holder in a
 * pre-mission interview, and contacted the institutions they would meet on site: the good practices
 * that made short missions effective. Validation reports a preparation dated after the departure
 * (code {@code mission.preparation.after-departure}, checked by {@link VolunteerMission}).
 */
@Value.Immutable
@PartnershipStyle
public abstract class MissionPreparation implements WithMissionPreparation, Extensible {
  MissionPreparation() {}

  /** @return when the volunteers started supporting the project remotely (accompagnement à distance) */
  public abstract Optional<LocalDate> remoteSupportSince();

  /** @return when the pre-mission interview with volunteers and holder took place (entretien en amont) */
  public abstract Optional<LocalDate> preMissionInterview();

  /**
   * @return the institutional contacts made before leaving, such as a prefecture or a health agency
   *     (institutions and services, not people's names); none blank
   */
  public abstract List<@NotBlank String> institutionalContactsPrepared();

  /** @return whether at least one institutional contact was prepared before leaving */
  public final boolean hasInstitutionalContacts() {
    return !institutionalContactsPrepared().isEmpty();
  }

  /** @return a preparation where nothing is recorded, as a new draft has */
  public static MissionPreparation none() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissionPreparation}. */
  public static final class Builder extends ImmutableMissionPreparation.Builder {
    Builder() {}
  }
}

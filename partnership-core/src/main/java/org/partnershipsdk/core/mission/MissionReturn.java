package org.partnershipsdk.core.mission;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * What came back from a mission (retour de mission): the return interview, the report, the impact on
 * the project and on the practices of volunteers and holder, the difficulties met, the local skills
 * and tools found on site, and how the project adapted afterwards. Validation reports a return
 * interview or report dated before the mission ended (code {@code mission.return.before-end}, checked
 * by {@link VolunteerMission}).
 */
@Value.Immutable
@PartnershipStyle
public abstract class MissionReturn implements WithMissionReturn, Extensible {
  MissionReturn() {}

  /** @return when the return interview took place (entretien au retour) */
  public abstract Optional<LocalDate> returnInterview();

  /** @return when the mission report was delivered (remise du rapport) */
  public abstract Optional<LocalDate> reportDelivered();

  /** @return what the mission changed for the project */
  public abstract Optional<String> impactOnProject();

  /** @return what the mission changed in the practices of the volunteers and of the holder */
  public abstract Optional<String> impactOnPractices();

  /** @return the difficulties met (difficultés rencontrées); none blank */
  public abstract List<@NotBlank String> difficulties();

  /**
   * @return the local skills, professionals and tools found on site (compétences et outils locaux),
   *     which lessen the hierarchy of expertise and surround the project with resources; none blank
   */
  public abstract List<@NotBlank String> localResourcesFound();

  /** @return how the project adapted after the mission */
  public abstract Set<MissionAdaptation> adaptations();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MissionReturn}. */
  public static final class Builder extends ImmutableMissionReturn.Builder {
    Builder() {}
  }
}

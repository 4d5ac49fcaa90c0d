package org.partnershipsdk.core.mission;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.model.Referable;

/**
 * A volunteer on a mission (volontaire): a professional, often from a social and solidarity economy
 * structure, who lends their skills (mise à disposition de compétences). A volunteer is a person: every
 * attribute is personal data, never printed by {@code toString()} and redacted in validation reports.
 *
 * <pre>{@code
 * Volunteer volunteer = Volunteer.builder().name("Camille Exemple").addSkill("hydrology").build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@PersonalData
public abstract class Volunteer implements WithVolunteer, Extensible, Referable {
  Volunteer() {}

  /** @return the volunteer's stable reference, unique among the mission's volunteers; personal data like the rest */
  @Override
  @Value.Redacted
  public abstract Optional<String> ref();

  /** @return the volunteer's name; blank only in a draft */
  @Value.Default
  @Value.Redacted
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the skills the volunteer brings, such as hydrology or food safety; none blank */
  @Value.Redacted
  public abstract List<@NotBlank String> skills();

  /** @return the volunteer's role on the mission or in their structure, such as an engineer */
  @Value.Redacted
  public abstract Optional<String> role();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volunteer}. */
  public static final class Builder extends ImmutableVolunteer.Builder {
    Builder() {}
  }
}

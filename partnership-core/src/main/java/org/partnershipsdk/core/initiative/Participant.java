package org.partnershipsdk.core.initiative;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;

/**
 * An organisation taking part in an {@link Initiative} (participant), with its roles and whether it
 * carries the legal responsibility for the project. That responsibility is stated, never inferred
 * from the roles: in a co-constructed, co-financed project the supporting NGO often becomes the
 * holder and carries it.
 *
 * <pre>{@code
 * Participant spf = Participant.of(OrganisationId.of("secours-populaire-82"), ParticipantRole.HOLDER);
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Participant implements WithParticipant, Extensible {
  Participant() {}

  /** @return the organisation taking part */
  public abstract OrganisationId organisation();

  /** @return its roles; at least one in a complete initiative */
  @NotEmpty
  public abstract Set<ParticipantRole> roles();

  /** @return whether it carries the legal responsibility for the project (responsabilité juridique) */
  @Value.Default
  public boolean carriesLegalResponsibility() {
    return false;
  }

  /**
   * @param role a role
   * @return whether the participant plays it
   */
  public final boolean hasRole(ParticipantRole role) {
    return roles().contains(role);
  }

  /**
   * @param organisation the organisation taking part
   * @param roles its roles
   * @return the participant, not carrying the legal responsibility
   */
  public static Participant of(OrganisationId organisation, ParticipantRole... roles) {
    return builder().organisation(organisation).addRoles(roles).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}

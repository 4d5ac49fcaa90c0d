package org.partnershipsdk.core.funding;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PersonalData;

/**
 * A person who signed a funding agreement on behalf of an organisation (signataire). Personal data
 * (GDPR / RGPD): none of its attributes is ever printed by {@code toString()}, validation reports
 * show {@code <personal data>} instead of the values, and the redacting JSON writer masks the name
 * and leaves the rest out.
 *
 * <pre>{@code
 * Signatory signatory = Signatory.builder().name("Camille Martin").function("President")
 *     .organisation(OrganisationId.of("cfsi")).build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@PersonalData
public abstract class Signatory implements WithSignatory, Extensible {
  Signatory() {}

  /** @return the person's name; blank only in a draft */
  @Value.Default
  @Value.Redacted
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the person's function (qualité), such as president or director */
  @Value.Redacted
  public abstract Optional<String> function();

  /** @return the organisation the person signed for */
  @Value.Redacted
  public abstract Optional<OrganisationId> organisation();

  /** @return the day the person signed */
  @Value.Redacted
  public abstract Optional<LocalDate> signedOn();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Signatory}. */
  public static final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }
}

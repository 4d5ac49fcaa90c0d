package org.partnershipsdk.core.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.PersonalData;

/**
 * A person to contact in an organisation (personne de contact, interlocuteur). Personal data
 * (GDPR / RGPD): none of its attributes is ever printed by {@code toString()}, and validation
 * reports show {@code <personal data>} instead of the values.
 *
 * <pre>{@code
 * ContactPerson contact = ContactPerson.builder().name("Awa Diallo").role("Coordinator").build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@PersonalData
public abstract class ContactPerson implements WithContactPerson, Extensible {
  ContactPerson() {}

  /** @return the person's name; blank only in a draft */
  @Value.Default
  @Value.Redacted
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the person's function or role in the organisation (fonction), such as coordinator */
  @Value.Redacted
  public abstract Optional<String> role();

  /** @return the person's e-mail address */
  @Value.Redacted
  public abstract Optional<@Email String> email();

  /** @return the person's telephone number, as written */
  @Value.Redacted
  public abstract Optional<String> phone();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactPerson}. */
  public static final class Builder extends ImmutableContactPerson.Builder {
    Builder() {}
  }
}

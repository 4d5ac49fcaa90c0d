package org.partnershipsdk.core.initiative;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Referable;

/**
 * One exchange with the partner while following an {@link Initiative} (contact de suivi): a field
 * visit, a call, an e-mail... The exchange is meant to be continual throughout the cycle.
 *
 * <pre>{@code
 * FollowUpContact visit = FollowUpContact.builder()
 *     .date(LocalDate.of(2016, 11, 14))
 *     .kind(FollowUpContactKind.FIELD_VISIT)
 *     .by(OrganisationId.of("ccfd-terre-solidaire"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class FollowUpContact implements WithFollowUpContact, Extensible, Referable {
  FollowUpContact() {}

  /** @return the day of the exchange; required in a complete contact */
  public abstract Optional<@NotNull LocalDate> date();

  /** @return how it took place; required in a complete contact */
  public abstract Optional<@NotNull FollowUpContactKind> kind();

  /** @return the organisation that followed up */
  public abstract Optional<OrganisationId> by();

  /** @return what was said or seen */
  public abstract Optional<String> summary();

  /**
   * @param date the day of the exchange
   * @param kind how it took place
   * @return the contact
   */
  public static FollowUpContact of(LocalDate date, FollowUpContactKind kind) {
    return builder().date(date).kind(kind).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpContact}. */
  public static final class Builder extends ImmutableFollowUpContact.Builder {
    Builder() {}
  }
}

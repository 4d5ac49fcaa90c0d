package org.partnershipsdk.core.initiative;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * Who an {@link Initiative} reaches (bénéficiaires): how many people directly and indirectly, and
 * who they are.
 *
 * <pre>{@code
 * Beneficiaries montauban = Beneficiaries.builder()
 *     .direct(300)
 *     .description("People in economic and social hardship, gardening in Montauban")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Beneficiaries implements WithBeneficiaries, Extensible {
  Beneficiaries() {}

  /** @return how many people the initiative reaches directly (bénéficiaires directs) */
  @PositiveOrZero
  public abstract OptionalLong direct();

  /** @return how many people it reaches indirectly (bénéficiaires indirects) */
  @PositiveOrZero
  public abstract OptionalLong indirect();

  /** @return who they are */
  public abstract Optional<String> description();

  /** @return beneficiaries not yet described */
  public static Beneficiaries unknown() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Beneficiaries}. */
  public static final class Builder extends ImmutableBeneficiaries.Builder {
    Builder() {}
  }
}

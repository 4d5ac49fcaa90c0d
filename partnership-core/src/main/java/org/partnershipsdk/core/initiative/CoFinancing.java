package org.partnershipsdk.core.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Referable;

/**
 * A share of an {@link Initiative}'s budget brought by one funder (cofinancement). When it is in
 * another currency than the budget, the exchange rate the funder's agreement states is recorded
 * beside it: the SDK never looks up a rate itself. The rate is kept without trailing zeros, so
 * {@code 0.0015240} equals {@code 0.001524}. Its status says whether it was requested, granted,
 * refused or received, and the agreement that grants it can be named; a refused share does not
 * count towards the budget.
 *
 * <pre>{@code
 * CoFinancing share = CoFinancing.builder()
 *     .funder(OrganisationId.of("funder"))
 *     .amount(Money.of("3000000", "XOF"))
 *     .rateToBudgetCurrency(new BigDecimal("0.001524"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class CoFinancing implements WithCoFinancing, Extensible, Referable {
  CoFinancing() {}

  /** @return the organisation that brings the money */
  public abstract OrganisationId funder();

  /** @return the amount it brings */
  @Valid
  public abstract Money amount();

  /**
   * @return the stated exchange rate: how many units of the budget's currency one unit of this
   *     amount's currency is worth; needed only when the currencies differ
   */
  public abstract Optional<@Positive BigDecimal> rateToBudgetCurrency();

  /** @return where the share stands: requested, granted, refused or received; absent when not stated */
  public abstract Optional<CoFinancingStatus> status();

  /** @return the funding agreement that grants it */
  public abstract Optional<AgreementId> agreement();

  /** @return whether the funder refused it: a refused share no longer counts towards the budget */
  public final boolean isRefused() {
    return status().filter(s -> s == CoFinancingStatus.REFUSED).isPresent();
  }

  /**
   * @param currency the budget's currency
   * @return the amount in that currency: as is when the currencies are the same, converted with
   *     the stated rate otherwise; empty when the currencies differ and no rate is stated
   */
  public final Optional<Money> in(CurrencyCode currency) {
    if (amount().currency().equals(currency)) {
      return Optional.of(amount());
    }
    return rateToBudgetCurrency().map(rate -> Money.of(amount().amount().multiply(rate), currency));
  }

  /**
   * @param funder the organisation that brings the money
   * @param amount the amount, in the budget's currency
   * @return the co-financing
   */
  public static CoFinancing of(OrganisationId funder, Money amount) {
    return builder().funder(funder).amount(amount).build();
  }

  @Value.Check
  CoFinancing normalize() {
    if (rateToBudgetCurrency().isEmpty() || Decimals.isNormal(rateToBudgetCurrency().get())) {
      return this;
    }
    return withRateToBudgetCurrency(Decimals.normalise(rateToBudgetCurrency().get()));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoFinancing}. */
  public static final class Builder extends ImmutableCoFinancing.Builder {
    Builder() {}
  }
}

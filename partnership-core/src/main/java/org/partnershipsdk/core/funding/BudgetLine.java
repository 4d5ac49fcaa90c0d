package org.partnershipsdk.core.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.BudgetLineConsistent;

/**
 * One line of an initiative's budget (ligne budgétaire): what it pays for, how much was first
 * budgeted and, after a revision, how much is budgeted now, and the year or period it covers (funders
 * often ask for one line per year: {@link Period#ofYear(int)}). A revision keeps the original
 * amount beside the revised one. Validation reports a line without an amount
 * ({@code budget.line.amount-missing}), a revised amount without an original one, or in another
 * currency ({@code budget.line.revised-without-original}, {@code budget.line.currency-mismatch}),
 * and an "other" category that does not say what it is ({@code budget.line.other-category-unnamed}).
 *
 * <pre>{@code
 * BudgetLine travel = BudgetLine.builder()
 *     .category(BudgetCategory.TRAVEL)
 *     .label("Missions croisées Montauban – Comasagua")
 *     .amount(Money.of("12000", "EUR"))
 *     .revisedAmount(Money.of("9500", "EUR"))
 *     .period(Period.ofYear(2016))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@BudgetLineConsistent
public abstract class BudgetLine implements WithBudgetLine, Extensible, Referable {
  BudgetLine() {}

  /** @return what the line pays for */
  public abstract Optional<@NotNull BudgetCategory> category();

  /** @return what the line pays for, in the user's words, when the category is {@link BudgetCategory#OTHER} */
  public abstract Optional<String> otherCategory();

  /** @return the line's wording (libellé); blank only in a draft */
  @Value.Default
  @NotBlank
  public String label() {
    return "";
  }

  /** @return the amount first budgeted (montant initial); a complete line has one */
  public abstract Optional<@Valid Money> amount();

  /** @return the amount budgeted after a revision (montant révisé), if the line was revised */
  public abstract Optional<@Valid Money> revisedAmount();

  /** @return the year or period the line covers */
  public abstract Optional<@Valid Period> period();

  /** @return the amount budgeted now: the revised amount if there is one, the original otherwise */
  public final Optional<Money> currentAmount() {
    return revisedAmount().isPresent() ? revisedAmount() : amount();
  }

  /**
   * @param category what the line pays for
   * @param label its wording
   * @param amount the amount budgeted
   * @return the line
   */
  public static BudgetLine of(BudgetCategory category, String label, Money amount) {
    return builder().category(category).label(label).amount(amount).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}

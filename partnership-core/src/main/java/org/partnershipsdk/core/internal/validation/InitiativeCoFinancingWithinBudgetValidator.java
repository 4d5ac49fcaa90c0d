package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.validation.constraints.InitiativeCoFinancingWithinBudget;

/** Checks {@link InitiativeCoFinancingWithinBudget}. Not for public use. */
public final class InitiativeCoFinancingWithinBudgetValidator
    implements ConstraintValidator<InitiativeCoFinancingWithinBudget, Initiative> {
  @Override
  public boolean isValid(Initiative initiative, ConstraintValidatorContext context) {
    if (initiative == null || initiative.budget().isEmpty()) {
      return true;
    }
    Money budget = initiative.budget().get();
    if (budget.amount().signum() < 0) {
      return true; // a negative budget is reported on budget.amount; comparing with it says nothing more
    }
    BigDecimal total = initiative.coFinancing().stream()
        .filter(share -> !share.isRefused())
        .map(share -> share.in(budget.currency()))
        .flatMap(Optional::stream)
        .map(Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(budget.amount()) <= 0) {
      return true;
    }
    ConstraintReports.report(context, "initiative.co-financing.exceeds-budget", "coFinancing",
        Map.of("total", Money.of(total, budget.currency()), "budget", budget));
    return false;
  }
}

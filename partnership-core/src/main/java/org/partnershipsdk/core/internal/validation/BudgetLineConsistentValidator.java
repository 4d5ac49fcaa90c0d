package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.funding.BudgetCategory;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.validation.constraints.BudgetLineConsistent;

/** Checks {@link BudgetLineConsistent}. Not for public use. */
public final class BudgetLineConsistentValidator implements ConstraintValidator<BudgetLineConsistent, BudgetLine> {
  @Override
  public boolean isValid(BudgetLine line, ConstraintValidatorContext context) {
    if (line == null) {
      return true;
    }
    boolean valid = true;
    if (line.amount().isEmpty() && line.revisedAmount().isEmpty()) {
      ConstraintReports.report(context, "budget.line.amount-missing", "amount", Map.of());
      valid = false;
    } else if (line.revisedAmount().isPresent()) {
      Money revised = line.revisedAmount().get();
      if (line.amount().isEmpty()) {
        ConstraintReports.report(context, "budget.line.revised-without-original", "revisedAmount",
            Map.of("revised", revised));
        valid = false;
      } else if (!line.amount().get().hasSameCurrencyAs(revised)) {
        ConstraintReports.report(context, "budget.line.currency-mismatch", "revisedAmount",
            Map.of("currency", revised.currency(), "original", line.amount().get().currency()));
        valid = false;
      }
    }
    if (line.category().filter(c -> c == BudgetCategory.OTHER).isPresent()
        && line.otherCategory().filter(s -> !s.isBlank()).isEmpty()) {
      ConstraintReports.report(context, "budget.line.other-category-unnamed", "otherCategory", Map.of());
      valid = false;
    }
    return valid;
  }
}

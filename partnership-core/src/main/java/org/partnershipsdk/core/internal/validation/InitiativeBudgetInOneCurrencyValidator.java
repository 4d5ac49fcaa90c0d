package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.validation.constraints.InitiativeBudgetInOneCurrency;

/** Checks {@link InitiativeBudgetInOneCurrency}. Not for public use. */
public final class InitiativeBudgetInOneCurrencyValidator
    implements ConstraintValidator<InitiativeBudgetInOneCurrency, Initiative> {
  private static final String CODE = "initiative.budget-lines.currency-mismatch";

  @Override
  public boolean isValid(Initiative initiative, ConstraintValidatorContext context) {
    if (initiative == null || initiative.budgetLines().isEmpty()) {
      return true;
    }
    List<BudgetLine> lines = initiative.budgetLines();
    CurrencyCode currency = initiative.budget().map(Money::currency)
        .or(() -> lines.stream().flatMap(line -> line.amount().stream()).map(Money::currency).findFirst())
        .orElse(null);
    boolean valid = true;
    // Only the original amounts: a revised amount in another currency than its original, or without
    // one, is the line's own violation (BudgetLineConsistent).
    for (int i = 0; i < lines.size() && currency != null; i++) {
      valid &= inCurrency(context, currency, lines.get(i).amount(), i);
    }
    return valid;
  }

  private static boolean inCurrency(ConstraintValidatorContext context, CurrencyCode currency, Optional<Money> amount,
      int line) {
    if (amount.isEmpty() || amount.get().currency().equals(currency)) {
      return true;
    }
    ConstraintReports.reportAt(context, CODE, Map.of("currency", amount.get().currency(), "budgetCurrency", currency),
        "budgetLines", line, "amount");
    return false;
  }
}

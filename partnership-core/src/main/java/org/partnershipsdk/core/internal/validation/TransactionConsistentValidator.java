package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.validation.constraints.TransactionConsistent;

/** Checks {@link TransactionConsistent}. Not for public use. */
public final class TransactionConsistentValidator implements ConstraintValidator<TransactionConsistent, Transaction> {
  @Override
  public boolean isValid(Transaction transaction, ConstraintValidatorContext context) {
    if (transaction == null || transaction.tranche().isEmpty() || transaction.agreement().isPresent()) {
      return true;
    }
    ConstraintReports.report(context, "transaction.tranche.without-agreement", "agreement",
        Map.of("tranche", transaction.tranche().getAsInt()));
    return false;
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.validation.constraints.TrancheConsistent;

/** Checks {@link TrancheConsistent}. Not for public use. */
public final class TrancheConsistentValidator implements ConstraintValidator<TrancheConsistent, Tranche> {
  @Override
  public boolean isValid(Tranche tranche, ConstraintValidatorContext context) {
    if (tranche == null) {
      return true;
    }
    if (tranche.isPaid() && tranche.paidOn().isEmpty()) {
      ConstraintReports.report(context, "tranche.paid.date-missing", "paidOn", Map.of("number", tranche.number()));
      return false;
    }
    if (!tranche.isPaid() && (tranche.paidOn().isPresent() || tranche.paidAmount().isPresent())) {
      ConstraintReports.report(context, "tranche.paid.status-mismatch", "status",
          Map.of("number", tranche.number(), "status", tranche.status()));
      return false;
    }
    return true;
  }
}

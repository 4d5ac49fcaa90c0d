package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.validation.constraints.ReportingObligationConsistent;

/** Checks {@link ReportingObligationConsistent}. Not for public use. */
public final class ReportingObligationConsistentValidator
    implements ConstraintValidator<ReportingObligationConsistent, ReportingObligation> {
  @Override
  public boolean isValid(ReportingObligation report, ConstraintValidatorContext context) {
    if (report == null || report.acceptedOn().isEmpty()) {
      return true;
    }
    LocalDate accepted = report.acceptedOn().get();
    if (report.submittedOn().filter(submitted -> !accepted.isBefore(submitted)).isPresent()) {
      return true;
    }
    ConstraintReports.report(context, "report.accepted.before-submitted", "acceptedOn", Map.of(
        "number", report.number(), "accepted", accepted,
        "submitted", report.submittedOn().map(LocalDate::toString).orElse("—")));
    return false;
  }
}

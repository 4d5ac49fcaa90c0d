package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.validation.constraints.PartnershipStartStated;

/** Checks {@link PartnershipStartStated}. Not for public use. */
public final class PartnershipStartStatedValidator
    implements ConstraintValidator<PartnershipStartStated, Partnership> {
  @Override
  public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
    if (partnership == null) {
      return true;
    }
    if (partnership.since().isEmpty()) {
      if (partnership.sinceYear().isPresent()) {
        return true;
      }
      ConstraintReports.report(context, "value.required", "since", Map.of());
      return false;
    }
    if (partnership.sinceYear().isEmpty()
        || partnership.sinceYear().get().getValue() == partnership.since().get().getYear()) {
      return true;
    }
    ConstraintReports.report(context, "partnership.since.year-mismatch", "sinceYear",
        Map.of("year", partnership.sinceYear().get(), "since", partnership.since().get()));
    return false;
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.validation.constraints.PartnershipEndsAfterStart;

/** Checks {@link PartnershipEndsAfterStart}. Not for public use. */
public final class PartnershipEndsAfterStartValidator
    implements ConstraintValidator<PartnershipEndsAfterStart, Partnership> {
  @Override
  public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
    if (partnership == null || partnership.since().isEmpty() || partnership.until().isEmpty()
        || !partnership.until().get().isBefore(partnership.since().get())) {
      return true;
    }
    ConstraintReports.report(context, "partnership.until.before-since", "until",
        Map.of("until", partnership.until().get(), "since", partnership.since().get()));
    return false;
  }
}

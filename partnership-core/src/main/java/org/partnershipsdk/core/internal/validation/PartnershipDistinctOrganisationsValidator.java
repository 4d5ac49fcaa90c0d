package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.validation.constraints.PartnershipDistinctOrganisations;

/** Checks {@link PartnershipDistinctOrganisations}. Not for public use. */
public final class PartnershipDistinctOrganisationsValidator
    implements ConstraintValidator<PartnershipDistinctOrganisations, Partnership> {
  @Override
  public boolean isValid(Partnership partnership, ConstraintValidatorContext context) {
    if (partnership == null || !partnership.partner().equals(partnership.supportingOrganisation())) {
      return true;
    }
    ConstraintReports.report(context, "partnership.same-organisation", "partner",
        Map.of("organisation", partnership.partner()));
    return false;
  }
}

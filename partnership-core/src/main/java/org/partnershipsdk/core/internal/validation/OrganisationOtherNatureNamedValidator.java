package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.validation.constraints.OrganisationOtherNatureNamed;

/** Checks {@link OrganisationOtherNatureNamed}. Not for public use. */
public final class OrganisationOtherNatureNamedValidator
    implements ConstraintValidator<OrganisationOtherNatureNamed, Organisation> {
  @Override
  public boolean isValid(Organisation organisation, ConstraintValidatorContext context) {
    if (organisation == null
        || organisation.nature().filter(n -> n == OrganisationNature.OTHER).isEmpty()
        || organisation.otherNature().filter(s -> !s.isBlank()).isPresent()) {
      return true;
    }
    ConstraintReports.report(context, "organisation.nature.other-label", "otherNature", Map.of());
    return false;
  }
}

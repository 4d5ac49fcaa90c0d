package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.validation.constraints.RegisteredIdentifier;

/** Checks {@link RegisteredIdentifier}. Not for public use. */
public final class RegisteredIdentifierValidator
    implements ConstraintValidator<RegisteredIdentifier, OrganisationIdentifier> {
  @Override
  public boolean isValid(OrganisationIdentifier identifier, ConstraintValidatorContext context) {
    if (identifier == null || identifier.isRegistered()) {
      return true;
    }
    Optional<String> agency = identifier.agency();
    if (agency.isEmpty()) {
      return false; // the default violation: organisation-identifier.malformed
    }
    String code = OrganisationIdentifier.agencyStatus(agency.get()).isPresent()
        ? "organisation-identifier.agency-withdrawn" : "organisation-identifier.agency-unknown";
    ConstraintReports.report(context, code, null, Map.of("agency", agency.get()));
    return false;
  }
}

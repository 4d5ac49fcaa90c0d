package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.Locale;
import org.partnershipsdk.core.validation.constraints.OrganisationWebAddress;

/** Checks {@link OrganisationWebAddress}. Not for public use. */
public final class OrganisationWebAddressValidator implements ConstraintValidator<OrganisationWebAddress, URI> {
  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String scheme = value.getScheme() == null ? "" : value.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && value.getHost() != null;
  }
}

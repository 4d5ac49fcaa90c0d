package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.validation.constraints.IsoCountry;

/** Checks {@link IsoCountry}. Not for public use. */
public final class IsoCountryValidator implements ConstraintValidator<IsoCountry, CountryCode> {
  @Override
  public boolean isValid(CountryCode value, ConstraintValidatorContext context) {
    return value == null || value.isAssigned();
  }
}

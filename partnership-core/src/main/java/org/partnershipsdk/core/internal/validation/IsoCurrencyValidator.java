package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.validation.constraints.IsoCurrency;

/** Checks {@link IsoCurrency}. Not for public use. */
public final class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, CurrencyCode> {
  @Override
  public boolean isValid(CurrencyCode value, ConstraintValidatorContext context) {
    return value == null || value.isDefined();
  }
}

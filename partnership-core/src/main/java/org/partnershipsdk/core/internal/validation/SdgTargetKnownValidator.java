package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.validation.constraints.SdgTargetKnown;

/** Checks {@link SdgTargetKnown}. Not for public use. */
public final class SdgTargetKnownValidator implements ConstraintValidator<SdgTargetKnown, SdgTarget> {
  @Override
  public boolean isValid(SdgTarget value, ConstraintValidatorContext context) {
    return value == null || value.isKnown();
  }
}

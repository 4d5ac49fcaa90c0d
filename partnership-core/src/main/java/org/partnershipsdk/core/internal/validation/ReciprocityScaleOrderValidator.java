package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.validation.constraints.ReciprocityScaleOrder;

/** Checks {@link ReciprocityScaleOrder}. Not for public use. */
public final class ReciprocityScaleOrderValidator implements ConstraintValidator<ReciprocityScaleOrder, Scale> {
  @Override
  public boolean isValid(Scale scale, ConstraintValidatorContext context) {
    if (scale == null || scale.isOrdered()) {
      return true;
    }
    ConstraintReports.report(context, "reciprocity.scale.order", "max",
        Map.of("min", scale.min(), "max", scale.max()));
    return false;
  }
}

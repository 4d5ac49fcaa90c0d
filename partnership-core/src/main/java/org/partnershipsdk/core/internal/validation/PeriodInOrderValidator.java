package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.constraints.PeriodInOrder;

/** Checks {@link PeriodInOrder}. Not for public use. */
public final class PeriodInOrderValidator implements ConstraintValidator<PeriodInOrder, Period> {
  @Override
  public boolean isValid(Period period, ConstraintValidatorContext context) {
    if (period == null || period.start().isEmpty() || period.end().isEmpty()
        || !period.end().get().isBefore(period.start().get())) {
      return true;
    }
    ConstraintReports.report(context, "period.order", "end",
        Map.of("start", period.start().get(), "end", period.end().get()));
    return false;
  }
}

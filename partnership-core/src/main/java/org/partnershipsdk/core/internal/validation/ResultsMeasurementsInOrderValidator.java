package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.validation.constraints.ResultsMeasurementsInOrder;

/** Checks {@link ResultsMeasurementsInOrder}. Not for public use. */
public final class ResultsMeasurementsInOrderValidator
    implements ConstraintValidator<ResultsMeasurementsInOrder, Indicator> {
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null) {
      return true;
    }
    boolean valid = true;
    LocalDate previous = null;
    for (int i = 0; i < indicator.measurements().size(); i++) {
      // Undated measurements (a draft) are skipped: the order is checked among the dated ones.
      LocalDate date = indicator.measurements().get(i).date().orElse(null);
      if (date == null) {
        continue;
      }
      if (previous != null && date.isBefore(previous)) {
        ResultsIndicatorValues.report(context, "results.measurements.order",
            new ResultsIndicatorValues.Located(indicator.measurements().get(i), List.of("measurements", i)), "date",
            Map.of("date", date, "previous", previous));
        valid = false;
      } else {
        previous = date;
      }
    }
    return valid;
  }
}

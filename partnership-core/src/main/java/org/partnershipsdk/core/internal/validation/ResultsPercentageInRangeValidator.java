package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.validation.constraints.ResultsPercentageInRange;

/** Checks {@link ResultsPercentageInRange}. Not for public use. */
public final class ResultsPercentageInRangeValidator
    implements ConstraintValidator<ResultsPercentageInRange, Indicator> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null || indicator.measure().filter(m -> m == IndicatorMeasure.PERCENTAGE).isEmpty()) {
      return true;
    }
    boolean valid = true;
    for (ResultsIndicatorValues.Located at : ResultsIndicatorValues.of(indicator)) {
      if (at.value().number().isEmpty()) {
        continue;
      }
      BigDecimal number = at.value().number().get();
      if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
        ResultsIndicatorValues.report(context, "results.value.percentage-range", at, "number",
            Map.of("number", number.toPlainString()));
        valid = false;
      }
    }
    return valid;
  }
}

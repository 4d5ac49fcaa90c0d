package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.DisaggregatedValue;
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
      if (at.value().number().filter(ResultsPercentageInRangeValidator::outOfRange).isPresent()) {
        ConstraintReports.reportAt(context, "results.value.percentage-range",
            Map.of("number", at.value().number().get().toPlainString()), at.to("number"));
        valid = false;
      }
      List<DisaggregatedValue> parts = at.value().breakdown();
      for (int k = 0; k < parts.size(); k++) {
        if (parts.get(k).number().filter(ResultsPercentageInRangeValidator::outOfRange).isPresent()) {
          ConstraintReports.reportAt(context, "results.value.percentage-range",
              Map.of("number", parts.get(k).number().get().toPlainString()), at.to("breakdown", k, "number"));
          valid = false;
        }
      }
    }
    return valid;
  }

  private static boolean outOfRange(BigDecimal number) {
    return number.signum() < 0 || number.compareTo(HUNDRED) > 0;
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.validation.constraints.ResultsValueExactlyOne;

/** Checks {@link ResultsValueExactlyOne}. Not for public use. */
public final class ResultsValueExactlyOneValidator
    implements ConstraintValidator<ResultsValueExactlyOne, IndicatorValue> {
  @Override
  public boolean isValid(IndicatorValue value, ConstraintValidatorContext context) {
    if (value == null || value.kind().isPresent()) {
      return true;
    }
    int count = (value.number().isPresent() ? 1 : 0) + (value.flag().isPresent() ? 1 : 0)
        + (value.text().filter(t -> !t.isBlank()).isPresent() ? 1 : 0);
    ConstraintReports.report(context, "results.value.exactly-one", null, Map.of("count", count));
    return false;
  }
}

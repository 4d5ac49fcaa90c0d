package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.validation.constraints.ResultsDisaggregationDeclared;

/** Checks {@link ResultsDisaggregationDeclared}. Not for public use. */
public final class ResultsDisaggregationDeclaredValidator
    implements ConstraintValidator<ResultsDisaggregationDeclared, Indicator> {
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null || indicator.disaggregation().filter(d -> !d.isBlank()).isPresent()) {
      return true;
    }
    boolean valid = true;
    for (ResultsIndicatorValues.Located at : ResultsIndicatorValues.of(indicator)) {
      if (at.value().disaggregationKey().isPresent()) {
        ResultsIndicatorValues.report(context, "results.value.disaggregation-undeclared", at,
            "disaggregationKey", Map.of("key", at.value().disaggregationKey().get()));
        valid = false;
      }
    }
    return valid;
  }
}

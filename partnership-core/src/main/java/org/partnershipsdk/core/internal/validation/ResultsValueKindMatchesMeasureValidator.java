package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValueKind;
import org.partnershipsdk.core.validation.constraints.ResultsValueKindMatchesMeasure;

/** Checks {@link ResultsValueKindMatchesMeasure}. Not for public use. */
public final class ResultsValueKindMatchesMeasureValidator
    implements ConstraintValidator<ResultsValueKindMatchesMeasure, Indicator> {
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null || indicator.measure().isEmpty()) {
      return true;
    }
    IndicatorMeasure measure = indicator.measure().get();
    boolean valid = true;
    for (ResultsIndicatorValues.Located at : ResultsIndicatorValues.of(indicator)) {
      // A value holding none or several kinds is reported by its own constraint.
      IndicatorValueKind found = at.value().kind().orElse(measure.valueKind());
      if (found != measure.valueKind()) {
        ResultsIndicatorValues.report(context, "results.value.kind-mismatch", at, property(found),
            Map.of("measure", measure, "expected", measure.valueKind(), "found", found));
        valid = false;
      }
    }
    return valid;
  }

  private static String property(IndicatorValueKind kind) {
    return switch (kind) {
      case NUMBER -> "number";
      case YES_NO -> "flag";
      case TEXT -> "text";
    };
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.validation.constraints.ResultsBaselineYearMatches;

/** Checks {@link ResultsBaselineYearMatches}. Not for public use. */
public final class ResultsBaselineYearMatchesValidator
    implements ConstraintValidator<ResultsBaselineYearMatches, Indicator> {
  @Override
  public boolean isValid(Indicator indicator, ConstraintValidatorContext context) {
    if (indicator == null || indicator.baselineYear().isEmpty()) {
      return true;
    }
    Optional<LocalDate> date = indicator.baseline().flatMap(IndicatorValue::date);
    if (date.isEmpty() || date.get().getYear() == indicator.baselineYear().get().getValue()) {
      return true;
    }
    ConstraintReports.report(context, "results.baseline.year-mismatch", "baselineYear",
        Map.of("year", indicator.baselineYear().get(), "date", date.get()));
    return false;
  }
}

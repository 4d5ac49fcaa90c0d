package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;

/**
 * Walks the values of an indicator (baseline, targets, measurements, and the target and actual of
 * each reporting period) for the results validators, and reports a violation on a property of one
 * of them. Not for public use.
 */
final class ResultsIndicatorValues {
  private ResultsIndicatorValues() {}

  /**
   * One value of an indicator and where it sits.
   *
   * @param value the value
   * @param path its path from the indicator: property names, each optionally followed by an index,
   *     such as {@code [baseline]}, {@code [targets, 1]} or {@code [periods, 0, actual]}
   */
  record Located(IndicatorValue value, List<Object> path) {
    /**
     * @param property a property of the value, such as {@code number}, then any indexes and
     *     properties below it
     * @return the path to it
     */
    Object[] to(Object... property) {
      List<Object> longer = new ArrayList<>(path);
      longer.addAll(List.of(property));
      return longer.toArray();
    }
  }

  /**
   * @param indicator an indicator
   * @return its baseline, then its targets, then its measurements, then each period's target and
   *     actual
   */
  static List<Located> of(Indicator indicator) {
    List<Located> values = new ArrayList<>();
    indicator.baseline().ifPresent(b -> values.add(new Located(b, List.of("baseline"))));
    for (int i = 0; i < indicator.targets().size(); i++) {
      values.add(new Located(indicator.targets().get(i), List.of("targets", i)));
    }
    for (int i = 0; i < indicator.measurements().size(); i++) {
      values.add(new Located(indicator.measurements().get(i), List.of("measurements", i)));
    }
    for (int i = 0; i < indicator.periods().size(); i++) {
      IndicatorPeriod period = indicator.periods().get(i);
      int index = i;
      period.target().ifPresent(t -> values.add(new Located(t, List.of("periods", index, "target"))));
      period.actual().ifPresent(a -> values.add(new Located(a, List.of("periods", index, "actual"))));
    }
    return values;
  }

  /**
   * Reports a violation on a property of one value, such as {@code targets[1].number}; may be
   * called several times in one validation, each with its own arguments.
   *
   * @param context the validator's context
   * @param code the stable code
   * @param at the value
   * @param valueProperty the property of the value, such as {@code number}
   * @param arguments values for the message's placeholders
   */
  static void report(ConstraintValidatorContext context, String code, Located at, String valueProperty,
      Map<String, Object> arguments) {
    ConstraintReports.reportAt(context, code, arguments, at.to(valueProperty));
  }
}

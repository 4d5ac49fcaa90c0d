package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorValue;

/**
 * Walks the values of an indicator (baseline, targets, measurements) for the results validators,
 * and reports a violation on a property of one of them. Not for public use.
 */
final class ResultsIndicatorValues {
  private ResultsIndicatorValues() {}

  /**
   * One value of an indicator and where it sits.
   *
   * @param value the value
   * @param property {@code baseline}, {@code targets} or {@code measurements}
   * @param index its index in the list, or -1 for the baseline
   */
  record Located(IndicatorValue value, String property, int index) {}

  /**
   * @param indicator an indicator
   * @return its baseline, then its targets, then its measurements
   */
  static List<Located> of(Indicator indicator) {
    List<Located> values = new ArrayList<>();
    indicator.baseline().ifPresent(b -> values.add(new Located(b, "baseline", -1)));
    for (int i = 0; i < indicator.targets().size(); i++) {
      values.add(new Located(indicator.targets().get(i), "targets", i));
    }
    for (int i = 0; i < indicator.measurements().size(); i++) {
      values.add(new Located(indicator.measurements().get(i), "measurements", i));
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
    var builder = ConstraintReports.start(context, code, arguments);
    if (builder == null) {
      return;
    }
    var node = builder.addPropertyNode(at.property());
    if (at.index() < 0) {
      node.addPropertyNode(valueProperty).addConstraintViolation();
    } else {
      node.addPropertyNode(valueProperty).inIterable().atIndex(at.index()).addConstraintViolation();
    }
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Reports a mission's cross-field violations on a property of a nested value, such as
 * {@code preparation.preMissionInterview}, with one path segment per level. Not for public use.
 */
final class MissionReports {
  private MissionReports() {}

  /**
   * Reports a violation on {@code parent.child} and turns off the constraint's default one.
   *
   * @param context the validator's context
   * @param code the stable code
   * @param parent the property holding the nested value
   * @param child the nested value's property
   * @param arguments values for the message's placeholders
   */
  static void reportNested(ConstraintValidatorContext context, String code, String parent, String child,
      Map<String, Object> arguments) {
    var builder = ConstraintReports.start(context, code, arguments);
    if (builder == null) {
      return;
    }
    builder
        .addPropertyNode(parent)
        .addPropertyNode(child)
        .addConstraintViolation();
  }
}

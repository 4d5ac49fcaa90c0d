package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Helps class-level (cross-field) validators report a violation on one property, with a stable
 * code and the arguments its message needs. Not for public use.
 */
public final class ConstraintReports {
  private ConstraintReports() {}

  /**
   * Reports a violation and turns off the constraint's default one.
   *
   * @param context the validator's context
   * @param code the stable code; its texts are in {@code texts/*_en|fr.properties}
   * @param property the property the violation points at (may be dotted: {@code stages[2].date}
   *     is not supported, pass {@code stages} and put the index in the arguments)
   * @param arguments values for the message's placeholders
   */
  public static void report(ConstraintValidatorContext context, String code, String property,
      Map<String, Object> arguments) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(Map.copyOf(arguments));
    var builder = context.buildConstraintViolationWithTemplate("{" + code + "}");
    if (property == null || property.isEmpty()) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }

  /**
   * Reports a violation on an element of a list property, such as {@code stages[2].date}.
   *
   * @param context the validator's context
   * @param code the stable code
   * @param listProperty the list property, such as {@code stages}
   * @param index the element's index
   * @param elementProperty the property of the element, or null for the element itself
   * @param arguments values for the message's placeholders
   */
  public static void reportInList(ConstraintValidatorContext context, String code, String listProperty,
      int index, String elementProperty, Map<String, Object> arguments) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(Map.copyOf(arguments));
    var node = context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode(listProperty)
        .addPropertyNode(elementProperty == null ? "<element>" : elementProperty)
        .inIterable().atIndex(index);
    node.addConstraintViolation();
  }
}

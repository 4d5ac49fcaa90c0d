package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
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

  /**
   * Reports a violation at any depth, such as {@code initiatives[3].participants[0].organisation}
   * or {@code resultsFramework.specificObjectives[0].indicators[1]}.
   *
   * @param context the validator's context
   * @param code the stable code
   * @param arguments values for the message's placeholders
   * @param path property names, each optionally followed by the index of an element in it:
   *     {@code "initiatives", 3, "participants", 0, "organisation"}; a path ending with an index
   *     points at the element itself
   */
  public static void reportAt(ConstraintValidatorContext context, String code, Map<String, Object> arguments,
      Object... path) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(Map.copyOf(arguments));
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate("{" + code + "}");
    if (path.length == 0) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext open = builder.addPropertyNode((String) path[0]);
    NodeBuilderDefinedContext closed = null;
    Integer index = null;
    for (int i = 1; i < path.length; i++) {
      if (path[i] instanceof Integer element) {
        index = element;
        continue;
      }
      NodeBuilderCustomizableContext next = closed != null ? closed.addPropertyNode((String) path[i])
          : open.addPropertyNode((String) path[i]);
      if (index != null) {
        closed = next.inIterable().atIndex(index);
        index = null;
      } else {
        open = next;
        closed = null;
      }
    }
    if (index != null) {
      (closed != null ? closed.addBeanNode() : open.addBeanNode()).inIterable().atIndex(index)
          .addConstraintViolation();
    } else if (closed != null) {
      closed.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.lang.ref.WeakReference;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * Helps class-level (cross-field) validators report a violation on one property, with a stable
 * code and the arguments its message needs. Not for public use.
 *
 * <p>In any engine but the SDK's own ({@link ValidatorBootstrap}), one check of one object reports
 * at most {@value #REPORTS_PER_CHECK} violations, then one {@value #CAPPED} violation on the object:
 * Hibernate Validator keeps violations in a hash set where those of one check of one object share
 * every hashed part but the message (the path's hash is its last node's), so that collecting n of
 * them with one message (a framework's message, or one unknown organisation named n times) costs
 * n² comparisons. The SDK's engine lists them all, its messages being distinct per path.
 */
public final class ConstraintReports {
  /** The most violations one check of one object reports outside the SDK's engine. */
  public static final int REPORTS_PER_CHECK = 1_000;
  /** The code of the violation that says a check reported no more. */
  public static final String CAPPED = "validation.capped";

  /** What the SDK's engine gives its validators, so that they know they run there. */
  static final Object SDK_ENGINE = new Object() {
    @Override
    public String toString() {
      return "partnership-sdk's validation engine";
    }
  };

  /** The check being reported on, per thread, and how many violations it reported. */
  private static final ThreadLocal<Count> COUNTS = ThreadLocal.withInitial(Count::new);

  private static final class Count {
    WeakReference<ConstraintValidatorContext> check = new WeakReference<>(null);
    int reported;
  }

  private ConstraintReports() {}

  /**
   * Starts a violation: turns off the constraint's default one and sets the arguments, as the
   * dynamic payload the SDK's mapping reads and as message parameters an interpolator reads.
   *
   * @return the builder, or null when the check has reported all it may in this engine
   */
  static ConstraintViolationBuilder start(ConstraintValidatorContext context, String code,
      Map<String, Object> arguments) {
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    if (hibernate.getConstraintValidatorPayload(Object.class) != SDK_ENGINE && !admit(context, hibernate)) {
      return null;
    }
    hibernate.withDynamicPayload(Map.copyOf(arguments));
    // Message parameters reach an interpolator as escaped text; expression variables keep the
    // values themselves (amounts, dates), which the SDK's interpolator shows for the locale.
    arguments.forEach(hibernate::addMessageParameter);
    arguments.forEach(hibernate::addExpressionVariable);
    return withVariables(hibernate, code);
  }

  /**
   * A violation whose expression variables are meant: Hibernate Validator warns (HV000257) on every
   * violation that has variables while expression language is off. Variables is the narrowest level,
   * and the SDK's texts hold no expression.
   */
  private static ConstraintViolationBuilder withVariables(HibernateConstraintValidatorContext hibernate, String code) {
    return hibernate.buildConstraintViolationWithTemplate("{" + code + "}")
        .enableExpressionLanguage(ExpressionLanguageFeatureLevel.VARIABLES);
  }

  private static boolean admit(ConstraintValidatorContext context, HibernateConstraintValidatorContext hibernate) {
    Count count = COUNTS.get();
    if (count.check.get() != context) {
      count.check = new WeakReference<>(context);
      count.reported = 0;
    }
    count.reported++;
    if (count.reported == REPORTS_PER_CHECK + 1) {
      hibernate.withDynamicPayload(Map.of("limit", REPORTS_PER_CHECK));
      hibernate.addMessageParameter("limit", REPORTS_PER_CHECK);
      hibernate.addExpressionVariable("limit", REPORTS_PER_CHECK);
      withVariables(hibernate, CAPPED).addConstraintViolation();
    }
    return count.reported <= REPORTS_PER_CHECK;
  }

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
    var builder = start(context, code, arguments);
    if (builder == null) {
      return;
    }
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
    var builder = start(context, code, arguments);
    if (builder == null) {
      return;
    }
    var node = builder
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
    ConstraintViolationBuilder builder = start(context, code, arguments);
    if (builder == null) {
      return;
    }
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

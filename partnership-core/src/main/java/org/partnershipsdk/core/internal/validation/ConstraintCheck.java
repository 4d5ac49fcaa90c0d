package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Predicate;

/** One constraint of a compiled plan, checked on one value. Not for public use. */
abstract sealed class ConstraintCheck {
  final ConstraintDescriptor<?> constraint;

  ConstraintCheck(ConstraintDescriptor<?> constraint) {
    this.constraint = constraint;
  }

  /**
   * Checks a value and adds its violations to the walk, at the walk's current path.
   *
   * @param value the value (a property's, an element's or a bean's)
   * @param leafBean the object that holds the value (the bean itself for its own constraints)
   */
  abstract void check(Object value, Object leafBean, Walk walk);

  /** A standard constraint ({@link StandardConstraints}), its default violation when it fails. */
  static final class Standard extends ConstraintCheck {
    private final Predicate<Object> valid;

    Standard(ConstraintDescriptor<?> constraint, Predicate<Object> valid) {
      super(constraint);
      this.valid = valid;
    }

    @Override
    void check(Object value, Object leafBean, Walk walk) {
      if (!valid.test(value)) {
        walk.report(constraint, constraint.getMessageTemplate(), List.of(), value, leafBean, null);
      }
    }
  }

  /**
   * A constraint of the SDK, checked by its own validator; what the validator reports counts only
   * when it returns false, as in Hibernate Validator.
   */
  static final class WithValidator extends ConstraintCheck {
    private final ConstraintValidator<Annotation, Object> validator;

    WithValidator(ConstraintDescriptor<?> constraint, ConstraintValidator<Annotation, Object> validator) {
      super(constraint);
      this.validator = validator;
    }

    @Override
    void check(Object value, Object leafBean, Walk walk) {
      CheckContext context = walk.context(constraint);
      if (!validator.isValid(value, context)) {
        for (CheckContext.Report report : context.violations()) {
          walk.report(constraint, report.template(), report.nodes(), value, leafBean, report.dynamicPayload());
        }
      }
    }
  }
}

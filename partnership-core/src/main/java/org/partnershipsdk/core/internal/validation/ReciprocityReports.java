package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation on one property of one answer of a reciprocity assessment, such as
 * {@code responses[1].answers[3].score}: two list levels deep, which {@link ConstraintReports}
 * does not reach. Not for public use.
 */
final class ReciprocityReports {
  private ReciprocityReports() {}

  static void reportOnAnswer(ConstraintValidatorContext context, String code, int response, int answer,
      String property, Map<String, Object> arguments) {
    context.disableDefaultConstraintViolation();
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(Map.copyOf(arguments));
    context.buildConstraintViolationWithTemplate("{" + code + "}")
        .addPropertyNode("responses")
        .addPropertyNode("answers").inIterable().atIndex(response)
        .addPropertyNode(property).inIterable().atIndex(answer)
        .addConstraintViolation();
  }
}

package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * Reports a violation on one property of one answer of a reciprocity assessment, such as
 * {@code responses[1].answers[3].score}: two list levels deep, which {@link ConstraintReports}
 * does not reach. Not for public use.
 */
final class ReciprocityReports {
  private ReciprocityReports() {}

  static void reportOnAnswer(ConstraintValidatorContext context, String code, int response, int answer,
      String property, Map<String, Object> arguments) {
    var builder = ConstraintReports.start(context, code, arguments);
    if (builder == null) {
      return;
    }
    builder
        .addPropertyNode("responses")
        .addPropertyNode("answers").inIterable().atIndex(response)
        .addPropertyNode(property).inIterable().atIndex(answer)
        .addConstraintViolation();
  }
}

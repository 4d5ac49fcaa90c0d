package org.partnershipsdk.rules.cel;

import java.util.Map;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts;

/**
 * Thrown while a file rule checks an element, when one of its expressions fails there: a field read
 * where it is absent, a division by zero, too many iterations. The rules engine reports it as the
 * finding {@code rules.rule-failed} on that element, as it does for a Java rule that throws, and
 * runs the other rules.
 *
 * <p>Its message (text {@code rules.expression.failed}, in English, French and Spanish) names the
 * rule and the part of it, and quotes CEL's error, which is in English.
 */
public final class ExpressionFailedException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "rules.expression.failed";

  /**
   * @param ruleId the rule
   * @param part the part of the rule whose expression failed: {@code when}, {@code for-each}, an argument
   * @param cause CEL's error
   */
  public ExpressionFailedException(String ruleId, String part, Throwable cause) {
    super(CODE, RuleFileTexts.phrase(CODE, Map.of("rule", String.valueOf(ruleId), "part", String.valueOf(part),
        "error", message(cause))));
    initCause(cause);
  }

  private static String message(Throwable cause) {
    String message = cause == null ? null : cause.getMessage();
    return message == null ? (cause == null ? "" : cause.getClass().getSimpleName()) : message;
  }
}

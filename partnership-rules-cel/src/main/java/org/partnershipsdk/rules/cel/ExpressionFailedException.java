package org.partnershipsdk.rules.cel;

import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown while a file rule checks an element, when one of its expressions fails there: a field read
 * where it is absent, a division by zero, too many iterations. The rules engine reports it as the
 * finding {@code rules.rule-failed} on that element, as it does for a Java rule that throws, and
 * runs the other rules.
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
    super(CODE, ruleId + " (" + part + "): " + message(cause),
        ruleId + " (" + part + ") : " + message(cause), cause);
  }

  private static String message(Throwable cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}

package org.partnershipsdk.core.rules;

import java.util.List;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a rule or a profile is configured with something that does not exist or does not
 * fit. Its {@link #code()} is one of:
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>when</th></tr>
 *   <tr><td>{@value #UNKNOWN_RULE}</td><td>a profile disables, sets or is asked for a rule it does
 *       not hold</td></tr>
 *   <tr><td>{@value #DUPLICATE_RULE}</td><td>two rules with one id are added to a profile</td></tr>
 *   <tr><td>{@value #UNKNOWN_PARAMETER}</td><td>a rule has no parameter of that name, or declares
 *       one twice</td></tr>
 *   <tr><td>{@value #WRONG_TYPE}</td><td>a parameter's value is not of its type and cannot be
 *       read as one (such as {@code "six"} for a number of months)</td></tr>
 *   <tr><td>{@value #INVALID_ID}</td><td>a rule's id is not dotted lower-case words with hyphens,
 *       such as {@code acme.initiative.summary-missing}</td></tr>
 *   <tr><td>{@value #UNKNOWN_PROFILE}</td><td>a programme names a profile that is not known</td></tr>
 *   <tr><td>{@value #GUARD_SUBJECT}</td><td>a cycle model's guard names a rule that does not
 *       check initiatives</td></tr>
 * </table>
 */
public final class RuleConfigurationException extends PartnershipException {
  /** A profile has no rule of that id. */
  public static final String UNKNOWN_RULE = "rules.rule.unknown";
  /** Two rules have one id. */
  public static final String DUPLICATE_RULE = "rules.rule.duplicate";
  /** A rule has no parameter of that name, or declares one twice. */
  public static final String UNKNOWN_PARAMETER = "rules.parameter.unknown";
  /** A parameter's value has the wrong type. */
  public static final String WRONG_TYPE = "rules.parameter.type";
  /** A rule's id is not well formed. */
  public static final String INVALID_ID = "rules.rule.invalid-id";
  /** A programme names a profile that is not known. */
  public static final String UNKNOWN_PROFILE = "rules.profile.unknown";
  /** A cycle guard's rule does not check initiatives. */
  public static final String GUARD_SUBJECT = "rules.guard.subject";

  private static final long serialVersionUID = 1L;

  private RuleConfigurationException(String code, java.util.Map<String, ?> arguments) {
    super(code, locale -> Texts.format(code, locale, arguments));
  }

  static RuleConfigurationException unknownRule(String ruleId) {
    return new RuleConfigurationException(UNKNOWN_RULE, java.util.Map.of("rule", ruleId));
  }

  static RuleConfigurationException duplicateRule(String ruleId) {
    return new RuleConfigurationException(DUPLICATE_RULE, java.util.Map.of("rule", ruleId));
  }

  static RuleConfigurationException unknownParameter(String ruleId, String parameter) {
    return new RuleConfigurationException(UNKNOWN_PARAMETER, java.util.Map.of("rule", ruleId, "parameter", parameter));
  }

  static RuleConfigurationException wrongType(String parameter, String type, Object value) {
    return new RuleConfigurationException(WRONG_TYPE,
        java.util.Map.of("parameter", parameter, "type", type, "value", String.valueOf(value)));
  }

  static RuleConfigurationException unknownProfile(String name, List<String> known) {
    return new RuleConfigurationException(UNKNOWN_PROFILE,
        java.util.Map.of("profile", name, "known", String.join(", ", known)));
  }

  static RuleConfigurationException guardNotOnInitiatives(String ruleId) {
    return new RuleConfigurationException(GUARD_SUBJECT, java.util.Map.of("rule", ruleId));
  }

  static RuleConfigurationException invalidId(String ruleId) {
    return new RuleConfigurationException(INVALID_ID, java.util.Map.of("rule", ruleId));
  }
}

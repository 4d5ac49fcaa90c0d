package org.partnershipsdk.core.rules;

import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a profile is configured with something that does not exist or does not fit: an
 * unknown rule or parameter, a value of the wrong type, two rules with one id.
 */
public final class RuleConfigurationException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  private RuleConfigurationException(String code, String en, String fr) {
    super(code, en, fr);
  }

  static RuleConfigurationException unknownRule(String ruleId) {
    return new RuleConfigurationException("rules.rule.unknown",
        "No rule has the id '" + ruleId + "' in this profile",
        "Aucune règle n'a l'identifiant '" + ruleId + "' dans ce profil");
  }

  static RuleConfigurationException duplicateRule(String ruleId) {
    return new RuleConfigurationException("rules.rule.duplicate",
        "Two rules have the id '" + ruleId + "'",
        "Deux règles ont l'identifiant '" + ruleId + "'");
  }

  static RuleConfigurationException unknownParameter(String ruleId, String parameter) {
    return new RuleConfigurationException("rules.parameter.unknown",
        "The rule '" + ruleId + "' has no parameter '" + parameter + "'",
        "La règle '" + ruleId + "' n'a pas de paramètre '" + parameter + "'");
  }

  static RuleConfigurationException wrongType(String parameter, String type, Object value) {
    return new RuleConfigurationException("rules.parameter.type",
        "The parameter '" + parameter + "' takes a " + type + ", not '" + value + "'",
        "Le paramètre '" + parameter + "' attend un " + type + ", pas '" + value + "'");
  }

  static RuleConfigurationException invalidId(String ruleId) {
    return new RuleConfigurationException("rules.rule.invalid-id",
        "A rule id is dotted lower-case words with hyphens, such as 'acme.initiative.summary-missing', not '"
            + ruleId + "'",
        "Un identifiant de règle est fait de mots en minuscules séparés par des points et des tirets, "
            + "comme 'acme.initiative.summary-missing', pas '" + ruleId + "'");
  }
}

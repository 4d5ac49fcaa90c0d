package org.partnershipsdk.core.rules;

import java.util.List;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a profile is configured with something that does not exist or does not fit: an
 * unknown rule, parameter or profile, a value of the wrong type, two rules with one id, a cycle
 * guard whose rule does not check initiatives.
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

  static RuleConfigurationException unknownProfile(String name, List<String> known) {
    return new RuleConfigurationException("rules.profile.unknown",
        "No profile is named '" + name + "': known are " + String.join(", ", known),
        "Aucun profil ne s'appelle '" + name + "' : sont connus " + String.join(", ", known));
  }

  static RuleConfigurationException guardNotOnInitiatives(String ruleId) {
    return new RuleConfigurationException("rules.guard.subject",
        "The rule '" + ruleId + "' guards a cycle but does not check initiatives",
        "La règle '" + ruleId + "' garde un cycle mais ne vérifie pas des initiatives");
  }

  static RuleConfigurationException invalidId(String ruleId) {
    return new RuleConfigurationException("rules.rule.invalid-id",
        "A rule id is dotted lower-case words with hyphens, such as 'acme.initiative.summary-missing', not '"
            + ruleId + "'",
        "Un identifiant de règle est fait de mots en minuscules séparés par des points et des tirets, "
            + "comme 'acme.initiative.summary-missing', pas '" + ruleId + "'");
  }
}

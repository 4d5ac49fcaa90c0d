package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * A named, ordered group of rules with distinct ids, such as the built-in rules on missions.
 *
 * @param name the set's name
 * @param rules its rules, in order
 */
public record RuleSet(String name, List<Rule<?>> rules) {

  /**
   * @throws RuleConfigurationException if two rules have one id
   */
  public RuleSet {
    if (name == null || rules == null) {
      throw new IncompleteValueException(name == null ? "name" : "rules");
    }
    rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : rules) {
      if (!ids.add(rule.info().id())) {
        throw RuleConfigurationException.duplicateRule(rule.info().id());
      }
    }
  }

  /**
   * @param name the set's name
   * @param rules its rules
   * @return the set
   */
  public static RuleSet of(String name, Rule<?>... rules) {
    return new RuleSet(name, List.of(rules));
  }

  /**
   * @param other another set
   * @return a set with this set's rules followed by the other's
   */
  public RuleSet and(RuleSet other) {
    List<Rule<?>> all = new ArrayList<>(rules);
    all.addAll(other.rules());
    return new RuleSet(name + "+" + other.name(), all);
  }
}

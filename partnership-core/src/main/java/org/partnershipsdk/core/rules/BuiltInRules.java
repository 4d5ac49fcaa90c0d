package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.internal.rules.FundingRules;
import org.partnershipsdk.core.internal.rules.InitiativeRules;
import org.partnershipsdk.core.internal.rules.MissionRules;
import org.partnershipsdk.core.internal.rules.PartnershipRules;

/**
 * The rules of good partnership practice that come with the SDK, drawn from the practice texts of
 * the field (each rule's {@link RuleInfo#reference()} names its source). Their ids never change;
 * {@code docs/rules.md} lists them with their texts and parameters.
 *
 * <p>Most users pick a profile from {@link Profiles} instead of assembling rules themselves.
 */
public final class BuiltInRules {
  private static final RuleSet INITIATIVES = new RuleSet("initiatives", InitiativeRules.all());
  private static final RuleSet MISSIONS = new RuleSet("missions", MissionRules.all());
  private static final RuleSet PARTNERSHIPS = new RuleSet("partnerships", PartnershipRules.all());
  private static final RuleSet FUNDING = new RuleSet("funding", FundingRules.all());

  private BuiltInRules() {}

  /** @return the rules on initiatives: design, holder, legal responsibility, cycle, follow-up, budget, indicators */
  public static RuleSet initiatives() {
    return INITIATIVES;
  }

  /** @return the rules on volunteer missions: parties, duration, preparation, return */
  public static RuleSet missions() {
    return MISSIONS;
  }

  /** @return the rules on partnerships and their reciprocity assessments */
  public static RuleSet partnerships() {
    return PARTNERSHIPS;
  }

  /**
   * @return the rules on money and obligations: reports and tranches of funding agreements,
   *     disbursements and expenditure, budget lines, funding secured before implementation
   */
  public static RuleSet funding() {
    return FUNDING;
  }

  /** @return every built-in rule: initiatives, then missions, then partnerships, then funding */
  public static List<Rule<?>> all() {
    List<Rule<?>> all = new ArrayList<>(INITIATIVES.rules());
    all.addAll(MISSIONS.rules());
    all.addAll(PARTNERSHIPS.rules());
    all.addAll(FUNDING.rules());
    return List.copyOf(all);
  }

  /**
   * @param ruleId a rule's id
   * @return the built-in rule with that id
   */
  public static Optional<Rule<?>> byId(String ruleId) {
    return all().stream().filter(rule -> rule.info().id().equals(ruleId)).findFirst();
  }
}

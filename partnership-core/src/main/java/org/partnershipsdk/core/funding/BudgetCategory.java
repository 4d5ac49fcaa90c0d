package org.partnershipsdk.core.funding;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What a budget line pays for (rubrique budgétaire), as funders' budget templates group costs.
 * {@link #OTHER} says, in the line's {@code otherCategory}, what it is.
 */
public enum BudgetCategory implements Coded {
  /** Salaries and fees of the people who carry out the action (ressources humaines). */
  STAFF("staff", "Staff", "Personnel"),
  /** Travel, stays and missions, cross missions included. */
  TRAVEL("travel", "Travel and missions", "Déplacements et missions"),
  /** Equipment and investment (matériel, investissements). */
  EQUIPMENT("equipment", "Equipment and investment", "Équipements et investissements"),
  /** Supplies, consumables and running costs of the action. */
  SUPPLIES("supplies", "Supplies and running costs", "Fournitures et fonctionnement"),
  /** External services: consultants, studies, subcontracting. */
  SERVICES("services", "External services", "Prestations de services"),
  /** Training, workshops and events. */
  TRAINING("training", "Training and events", "Formations et événements"),
  /** Communication and awareness raising (sensibilisation). */
  COMMUNICATION("communication", "Communication", "Communication"),
  /** Evaluation, audit and capitalisation. */
  EVALUATION("evaluation", "Evaluation and audit", "Évaluation et audit"),
  /** Administrative costs of the organisations (frais de structure). */
  ADMINISTRATIVE("administrative", "Administrative costs", "Frais administratifs"),
  /** Anything else, named by the line's {@code otherCategory}. */
  OTHER("other", "Other", "Autre");

  private final String code;
  private final Label label;

  BudgetCategory(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("budget-category." + code(), label, locale);
  }
}

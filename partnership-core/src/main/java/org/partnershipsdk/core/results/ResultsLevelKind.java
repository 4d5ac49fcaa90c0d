package org.partnershipsdk.core.results;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** The four levels of a {@link ResultsFramework} (niveaux du cadre logique), from the top down. */
public enum ResultsLevelKind implements Coded {
  /** The overall objective: the impact the initiative contributes to (objectif global). */
  OVERALL_OBJECTIVE("overall-objective", "Overall objective (impact)", "Objectif global (impact)"),
  /** A specific objective: an outcome the initiative commits to (objectif spécifique). */
  SPECIFIC_OBJECTIVE("specific-objective", "Specific objective (outcome)", "Objectif spécifique (effet)"),
  /** An expected result: an output the activities deliver (résultat attendu). */
  EXPECTED_RESULT("expected-result", "Expected result (output)", "Résultat attendu (réalisation)"),
  /** An activity, with its means and cost (activité). */
  ACTIVITY("activity", "Activity", "Activité");

  private final String code;
  private final Label label;

  ResultsLevelKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("results-level-kind." + code(), label, locale);
  }
}

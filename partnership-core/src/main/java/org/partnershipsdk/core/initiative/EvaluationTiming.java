package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * When an {@link Evaluation} takes place in the initiative's cycle (moment de l'évaluation). Who
 * leads it is said apart, by {@link EvaluationLead}, so that "a mid-term external evaluation" can
 * be said.
 */
public enum EvaluationTiming implements Coded {
  /** Halfway through implementation (évaluation à mi-parcours). */
  MID_TERM("mid-term", "Mid-term", "À mi-parcours"),
  /** At the end of the initiative (évaluation finale). */
  FINAL("final", "Final", "Finale"),
  /** Some time after the initiative ended, to see what lasted (évaluation ex post). */
  EX_POST("ex-post", "Ex post", "Ex post");

  private final String code;
  private final Label label;

  EvaluationTiming(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("evaluation-timing." + code(), label, locale);
  }
}

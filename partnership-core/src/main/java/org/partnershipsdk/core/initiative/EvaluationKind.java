package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** The kind of an {@link Evaluation}. */
public enum EvaluationKind implements Coded {
  /** Halfway through implementation (évaluation à mi-parcours). */
  MID_TERM("mid-term", "Mid-term evaluation", "Évaluation à mi-parcours"),
  /** At the end of the initiative (évaluation finale). */
  FINAL("final", "Final evaluation", "Évaluation finale"),
  /** Led by an external consultant (évaluation externe). */
  EXTERNAL("external", "External evaluation", "Évaluation externe"),
  /** Led by the participants themselves (auto-évaluation). */
  SELF_EVALUATION("self-evaluation", "Self-evaluation", "Auto-évaluation");

  private final String code;
  private final Label label;

  EvaluationKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("evaluation-kind." + code(), label, locale);
  }
}

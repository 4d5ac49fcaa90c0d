package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * Who leads an {@link Evaluation} (conduite de l'évaluation): an external consultant, the
 * organisations' own staff, both together, or the participants themselves. When it takes place is
 * said apart, by {@link EvaluationTiming}.
 */
public enum EvaluationLead implements Coded {
  /** An external consultant (évaluation externe), chosen jointly with the partner as a rule. */
  EXTERNAL("external", "External", "Externe"),
  /** Staff of the supporting organisation or of the partner, outside the initiative's team (évaluation interne). */
  INTERNAL("internal", "Internal", "Interne"),
  /** An external consultant with the participants' own staff (évaluation conjointe). */
  JOINT("joint", "Joint", "Conjointe"),
  /** The participants themselves (auto-évaluation). */
  SELF_EVALUATION("self-evaluation", "Self-evaluation", "Auto-évaluation");

  private final String code;
  private final Label label;

  EvaluationLead(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  /** @return whether an external consultant takes part: external and joint evaluations */
  public boolean involvesConsultant() {
    return this == EXTERNAL || this == JOINT;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("evaluation-lead." + code(), label, locale);
  }
}

package org.partnershipsdk.core.initiative;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * The kind of an {@link Evaluation} as schema version 1.1 stated it, one code mixing when it takes
 * place (mid-term, final) with who leads it (external, self-evaluation). Since 1.2 an evaluation
 * says each apart, in {@link Evaluation#timing()} ({@link EvaluationTiming}) and
 * {@link Evaluation#ledBy()} ({@link EvaluationLead}); this list stays so that older documents read
 * and mean what they meant, and each member tells which of the two it answers.
 */
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

  /** @return when the evaluation takes place, for {@link #MID_TERM} and {@link #FINAL}; empty otherwise */
  public Optional<EvaluationTiming> timing() {
    return switch (this) {
      case MID_TERM -> Optional.of(EvaluationTiming.MID_TERM);
      case FINAL -> Optional.of(EvaluationTiming.FINAL);
      default -> Optional.empty();
    };
  }

  /** @return who leads the evaluation, for {@link #EXTERNAL} and {@link #SELF_EVALUATION}; empty otherwise */
  public Optional<EvaluationLead> lead() {
    return switch (this) {
      case EXTERNAL -> Optional.of(EvaluationLead.EXTERNAL);
      case SELF_EVALUATION -> Optional.of(EvaluationLead.SELF_EVALUATION);
      default -> Optional.empty();
    };
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

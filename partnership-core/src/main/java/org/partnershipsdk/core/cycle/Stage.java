package org.partnershipsdk.core.cycle;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * A stage of the project cycle (étape du cycle de projet). Five stages follow one another in
 * order, identification → design → implementation → evaluation → capitalisation; an initiative can
 * also be suspended or cancelled, with a reason.
 */
public enum Stage implements Coded {
  /** The need and the action are identified by the partner (identification). */
  IDENTIFICATION("identification", "Identification", "Identification"),
  /** The action is designed and written up (conception, formulation). */
  DESIGN("design", "Design", "Conception"),
  /** The action is carried out (mise en œuvre). */
  IMPLEMENTATION("implementation", "Implementation", "Mise en œuvre"),
  /** The action is evaluated (évaluation). */
  EVALUATION("evaluation", "Evaluation", "Évaluation"),
  /** What was learned is drawn out and the initiative is closed (capitalisation, clôture). */
  CAPITALISATION("capitalisation", "Capitalisation and closure", "Capitalisation et clôture"),
  /** The initiative is on hold (suspendue); it resumes to the stage it was in. */
  SUSPENDED("suspended", "Suspended", "Suspendue"),
  /** The initiative was abandoned (annulée); nothing follows. */
  CANCELLED("cancelled", "Cancelled", "Annulée");

  private final String code;
  private final Label label;

  Stage(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  /** @return whether the stage is one of the five that follow one another in order */
  public boolean isOrdered() {
    return this != SUSPENDED && this != CANCELLED;
  }

  /**
   * @return the ordered stage that follows this one; empty for capitalisation, which closes the
   *     cycle, and for suspended and cancelled, which are outside the order
   */
  public Optional<Stage> next() {
    return isOrdered() && this != CAPITALISATION ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** @return whether nothing can follow this stage: cancelled, or capitalisation (the closure) */
  public boolean isTerminal() {
    return this == CANCELLED || this == CAPITALISATION;
  }

  /** @return whether entering this stage needs a reason: suspended and cancelled */
  public boolean requiresReason() {
    return !isOrdered();
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("stage." + code(), label, locale);
  }
}

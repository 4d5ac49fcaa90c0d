package org.partnershipsdk.core.cycle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * A stage of the project cycle (étape du cycle de projet). Which stages a cycle goes through, in
 * which order, and which moves between them are allowed is a {@link CycleModel}: the
 * {@linkplain CycleModels#standard() standard one} follows identification → design →
 * implementation → evaluation → capitalisation → closure; the funder's side adds instruction and
 * decision ({@link CycleModels#funder()}). Any cycle can also be suspended or cancelled, with a
 * reason.
 *
 * <p>The stages are a closed list so that a history reads the same everywhere: a programme picks
 * and orders them in its cycle model, it does not invent new ones.
 */
public enum Stage implements Coded {
  /** The need and the action are identified by the partner (identification). */
  IDENTIFICATION("identification", "Identification", "Identification"),
  /** The action is designed and written up (conception, formulation). */
  DESIGN("design", "Design", "Conception"),
  /** The funder examines the proposal (instruction du dossier). */
  INSTRUCTION("instruction", "Instruction", "Instruction"),
  /** A committee decides whether to support it (décision, comité d'engagement). */
  DECISION("decision", "Decision", "Décision"),
  /** The action is carried out (mise en œuvre). */
  IMPLEMENTATION("implementation", "Implementation", "Mise en œuvre"),
  /** The action is evaluated (évaluation); frequent but not systematic. */
  EVALUATION("evaluation", "Evaluation", "Évaluation"),
  /** What was learned is drawn out (capitalisation). */
  CAPITALISATION("capitalisation", "Capitalisation", "Capitalisation"),
  /** The initiative is closed (clôture): reports accepted, accounts settled. */
  CLOSURE("closure", "Closure", "Clôture"),
  /** The initiative is on hold (suspendue); it resumes where it was, or moves on from there. */
  SUSPENDED("suspended", "Suspended", "Suspendue"),
  /** The initiative was abandoned (annulée); only a reopening, with a reason, follows. */
  CANCELLED("cancelled", "Cancelled", "Annulée");

  private final String code;
  private final Label label;

  Stage(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  /**
   * @return whether the stage can be on a cycle model's path: every stage but suspended and
   *     cancelled, which any cycle can enter from anywhere
   */
  public boolean isOrdered() {
    return this != SUSPENDED && this != CANCELLED;
  }

  /**
   * @return the stage that follows this one on the path of the {@linkplain CycleModels#standard()
   *     standard cycle model}, or of the {@linkplain CycleModels#funder() funder's} for instruction
   *     and decision; empty for closure, suspended and cancelled
   */
  public Optional<Stage> next() {
    List<Stage> path = CycleModels.standard().path().contains(this)
        ? CycleModels.standard().path()
        : CycleModels.funder().path();
    int i = path.indexOf(this);
    return i < 0 || i == path.size() - 1 ? Optional.empty() : Optional.of(path.get(i + 1));
  }

  /**
   * @return whether nothing but a reopening follows this stage in the built-in cycle models:
   *     closure and cancelled (capitalisation no longer closes the cycle: closure does)
   */
  public boolean isTerminal() {
    return this == CANCELLED || this == CLOSURE;
  }

  /** @return whether entering this stage needs a reason in every cycle model: suspended and cancelled */
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

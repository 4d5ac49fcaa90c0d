package org.partnershipsdk.core.mission;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What a volunteer mission is for (type de mission), as the EXPLOR programme lists them. The kind
 * matters to what the project can expect afterwards: a diagnostic tends to accelerate a project still
 * being designed, a training leaves trained relays on site, an evaluation can reveal structural
 * difficulties.
 */
public enum MissionType implements Coded {
  /** A diagnostic or feasibility study (diagnostic, étude préalable), such as Moulenda's micro hydro plant. */
  DIAGNOSTIC("diagnostic", "Diagnostic or feasibility study", "Diagnostic ou étude préalable"),
  /** Training and capacity building (formation, renforcement de compétences). */
  TRAINING("training", "Training and capacity building", "Formation et renforcement de compétences"),
  /** An evaluation or audit (évaluation, audit). */
  EVALUATION("evaluation", "Evaluation or audit", "Évaluation ou audit"),
  /** Installation and project ownership support (installation, maîtrise d'ouvrage). */
  INSTALLATION("installation", "Installation and project ownership support",
      "Installation et maîtrise d'ouvrage");

  private final String code;
  private final Label label;

  MissionType(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("mission-type." + code(), label, locale);
  }
}

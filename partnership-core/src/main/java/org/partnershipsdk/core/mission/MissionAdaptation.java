package org.partnershipsdk.core.mission;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * How a project adapted after a volunteer mission (stratégie d'adaptation). A mission often reveals
 * that a project is more technical, or larger, than its holder's means; these are the ways holders and
 * volunteers responded in the EXPLOR cases.
 */
public enum MissionAdaptation implements Coded {
  /** The holder sought complementary funding for a project the mission resized (financements complémentaires). */
  COMPLEMENTARY_FUNDING("complementary-funding", "Sought complementary funding",
      "Recherche de financements complémentaires"),
  /** All or part of the project was reoriented after the recommendations (réorientation). */
  REORIENTED("reoriented", "Project reoriented", "Réorientation du projet"),
  /**
   * The holder stepped back in favour of the volunteers' professional structure, which now carries the
   * project (mise en retrait du porteur au profit de la structure professionnelle).
   */
  HOLDER_STEPPED_BACK("holder-stepped-back", "Holder stepped back in favour of the professional structure",
      "Mise en retrait du porteur au profit de la structure professionnelle"),
  /** The volunteers keep supporting the holder under a partnership agreement (convention de partenariat). */
  PARTNERSHIP_AGREEMENT("partnership-agreement", "Support continued under a partnership agreement",
      "Appui poursuivi dans le cadre d'une convention de partenariat"),
  /** The volunteers adapted their deliverables for wider dissemination and easier appropriation. */
  DELIVERABLES_ADAPTED("deliverables-adapted", "Deliverables adapted for wider use",
      "Livrables adaptés pour une diffusion élargie");

  private final String code;
  private final Label label;

  MissionAdaptation(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("mission-adaptation." + code(), label, locale);
  }
}

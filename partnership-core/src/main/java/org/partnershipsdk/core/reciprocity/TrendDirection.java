package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** Which way a reciprocity index moved from one assessment to the next (évolution). */
public enum TrendDirection implements Coded {
  /** The index rose by more than the tolerance (amélioration). */
  IMPROVED("improved", "Improved", "En amélioration"),
  /** The index moved by no more than the tolerance, either way (stabilité). */
  STABLE("stable", "Stable", "Stable"),
  /** The index fell by more than the tolerance (dégradation). */
  WORSENED("worsened", "Worsened", "En dégradation");

  private final String code;
  private final Label label;

  TrendDirection(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("trend-direction." + code(), label, locale);
  }
}

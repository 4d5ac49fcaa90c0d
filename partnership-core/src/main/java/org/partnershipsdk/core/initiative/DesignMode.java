package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** How an {@link Initiative} was designed (mode de conception). */
public enum DesignMode implements Coded {
  /** By the partner alone: the default, out of respect for the partner's sovereignty. */
  PARTNER_ALONE("partner-alone", "By the partner alone", "Par le partenaire seul"),
  /**
   * Co-constructed with the supporting organisation (co-construction, co-rédaction): expected when
   * the action is innovative, complex, or co-financed with special procedures.
   */
  CO_CONSTRUCTED("co-constructed", "Co-constructed", "Co-construit");

  private final String code;
  private final Label label;

  DesignMode(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("design-mode." + code(), label, locale);
  }
}

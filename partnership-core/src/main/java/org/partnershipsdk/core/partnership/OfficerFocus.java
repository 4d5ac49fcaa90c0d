package org.partnershipsdk.core.partnership;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What a {@link ProgrammeOfficer} (chargé de mission) is in charge of: a geographic area or a theme.
 * An organisation may have both, following the same partner from two angles.
 */
public enum OfficerFocus implements Coded {
  /** In charge of a geographic area (chargé de mission géographique), such as Africa. */
  GEOGRAPHIC("geographic", "Geographic", "Géographique"),
  /** In charge of a theme (chargé de mission thématique), such as migration. */
  THEMATIC("thematic", "Thematic", "Thématique");

  private final String code;
  private final Label label;

  OfficerFocus(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("officer-focus." + code(), label, locale);
  }
}

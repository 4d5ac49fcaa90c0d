package org.partnershipsdk.core.rules;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/** How serious a finding is. Ordered from the most to the least serious. */
public enum Severity implements Coded {
  /** Something is wrong and must be fixed (a command-line check fails on it). */
  ERROR("error", "Error", "Erreur"),
  /** Something good practice advises against; worth a look. */
  WARNING("warning", "Warning", "Avertissement"),
  /** Information worth knowing, nothing to fix. */
  INFO("info", "Information", "Information");

  private final String code;
  private final Label label;

  Severity(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("severity." + code(), label, locale);
  }
}

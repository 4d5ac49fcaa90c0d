package org.partnershipsdk.core.results;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * What an {@link IndicatorValue} holds: a number, a yes or no, or a text. Each
 * {@link IndicatorMeasure} expects one kind, so that a quantitative indicator never holds free text.
 */
public enum IndicatorValueKind implements Coded {
  /** A number, for indicators measured as a number or a percentage. */
  NUMBER("number", "Number", "Nombre"),
  /** A yes or a no, for yes/no indicators. */
  YES_NO("yes-no", "Yes or no", "Oui ou non"),
  /** A text, for qualitative indicators only. */
  TEXT("text", "Text", "Texte");

  private final String code;
  private final Label label;

  IndicatorValueKind(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("indicator-value-kind." + code(), label, locale);
  }
}

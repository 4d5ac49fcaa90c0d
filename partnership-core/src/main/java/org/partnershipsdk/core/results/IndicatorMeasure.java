package org.partnershipsdk.core.results;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * How an {@link Indicator} is measured (type de mesure d'un indicateur): as a number, a percentage,
 * a yes or no, or qualitatively. The measure decides which kind of value the indicator's baseline,
 * targets and measurements may hold.
 */
public enum IndicatorMeasure implements Coded {
  /** A count or an amount, such as a number of people trained (nombre). */
  NUMBER("number", "Number", "Nombre", IndicatorValueKind.NUMBER),
  /** A share between 0 and 100 (pourcentage). */
  PERCENTAGE("percentage", "Percentage", "Pourcentage", IndicatorValueKind.NUMBER),
  /** Whether something exists or happened, such as a certificate obtained (oui/non). */
  YES_NO("yes-no", "Yes/no", "Oui/non", IndicatorValueKind.YES_NO),
  /** A described change, recorded as text (qualitatif). */
  QUALITATIVE("qualitative", "Qualitative", "Qualitatif", IndicatorValueKind.TEXT);

  private final String code;
  private final Label label;
  private final IndicatorValueKind valueKind;

  IndicatorMeasure(String code, String en, String fr, IndicatorValueKind valueKind) {
    this.code = code;
    this.label = new Label(en, fr);
    this.valueKind = valueKind;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("indicator-measure." + code(), label, locale);
  }

  /** @return whether values are numbers (a number or a percentage) */
  public boolean isQuantitative() {
    return valueKind == IndicatorValueKind.NUMBER;
  }

  /** @return the only kind of value an indicator with this measure may hold */
  public IndicatorValueKind valueKind() {
    return valueKind;
  }
}

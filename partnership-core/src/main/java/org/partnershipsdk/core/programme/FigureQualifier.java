package org.partnershipsdk.core.programme;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * How a figure a source gives relates to the real count, when it is not exact: "more than 70
 * partners" is 70 {@linkplain #MORE_THAN more than}. A figure without a qualifier is exact.
 */
public enum FigureQualifier implements Coded {
  /** The real count is above the figure (plus de). */
  MORE_THAN("more-than", "more than", "plus de"),
  /** The real count is the figure or above (au moins). */
  AT_LEAST("at-least", "at least", "au moins"),
  /** The real count is close to the figure (environ). */
  ABOUT("about", "about", "environ"),
  /** The real count is the figure or below (au plus). */
  AT_MOST("at-most", "at most", "au plus"),
  /** The real count is below the figure (moins de). */
  LESS_THAN("less-than", "less than", "moins de");

  private final String code;
  private final Label label;

  FigureQualifier(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("figure-qualifier." + code(), label, locale);
  }
}

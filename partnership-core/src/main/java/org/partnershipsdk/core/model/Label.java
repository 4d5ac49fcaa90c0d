package org.partnershipsdk.core.model;

import java.util.Locale;

/**
 * A short text in English and French, such as the label of a code.
 *
 * @param en the English text
 * @param fr the French text
 */
public record Label(String en, String fr) {

  /**
   * @throws IncompleteValueException if a text is null
   */
  public Label {
    if (en == null || fr == null) {
      throw new IncompleteValueException(en == null ? "en" : "fr");
    }
  }

  /**
   * @param locale the reader's locale
   * @return the French text for {@code fr}, the English text otherwise
   */
  public String in(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
  }
}

package org.partnershipsdk.json.internal;

import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.text.Texts;

/**
 * The JSON module's texts, from {@code org/partnershipsdk/json/texts/json.properties} (English),
 * {@code json_fr.properties} and {@code json_es.properties}, read by the SDK's one text loader.
 * Not for public use.
 */
public final class JsonTexts {
  /** partnership-json's texts. */
  public static final Texts JSON = Texts.of(
      name -> JsonTexts.class.getResourceAsStream(name), "/org/partnershipsdk/json/texts/json");

  private JsonTexts() {}

  /**
   * @param key the text's key
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders
   * @return the text, filled in; the key itself when no text is defined
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return JSON.format(key, locale, arguments);
  }

  /**
   * @param key a text's key
   * @return whether an English text is defined for it
   */
  public static boolean has(String key) {
    return JSON.ships(key, Locale.ENGLISH);
  }
}

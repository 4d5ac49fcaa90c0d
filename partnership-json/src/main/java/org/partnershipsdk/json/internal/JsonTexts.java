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
  /** The most characters of an argument a message quotes: arguments can be a document's text. */
  static final int MAX_QUOTED_LENGTH = 64;
  /** partnership-json's texts. */
  public static final Texts JSON = Texts.of(
      name -> JsonTexts.class.getResourceAsStream(name), "/org/partnershipsdk/json/texts/json");

  private JsonTexts() {}

  /**
   * @param key the text's key
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders, each cut to
   *     {@value #MAX_QUOTED_LENGTH} characters
   * @return the text, filled in; the key itself when no text is defined
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    return JSON.format(key, locale, Texts.quoted(arguments, MAX_QUOTED_LENGTH));
  }

  /**
   * @param key a text's key
   * @return whether an English text is defined for it
   */
  public static boolean has(String key) {
    return JSON.ships(key, Locale.ENGLISH);
  }
}

package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The JSON module's texts in English and French, looked up by stable code, from
 * {@code org/partnershipsdk/json/texts/json_en.properties} and {@code json_fr.properties}. Not for
 * public use.
 */
public final class JsonTexts {
  /** The most characters of an argument a message quotes: arguments can be a document's text. */
  static final int MAX_QUOTED_LENGTH = 64;
  private static final Properties EN = load("en");
  private static final Properties FR = load("fr");

  private JsonTexts() {}

  /**
   * @param key the text's key
   * @param locale the reader's locale: French for {@code fr}, English otherwise
   * @param arguments values for the {@code {name}} placeholders, each cut to
   *     {@value #MAX_QUOTED_LENGTH} characters
   * @return the text, filled in; the key itself when no text is defined
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    boolean french = locale != null && "fr".equals(locale.getLanguage());
    String template = (french ? FR : EN).getProperty(key, EN.getProperty(key, key));
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      Object value = arguments.get(template.substring(open + 1, close));
      out.append(template, i, open).append(value != null ? quoted(value) : template.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  private static String quoted(Object value) {
    String text = String.valueOf(value);
    if (text.length() <= MAX_QUOTED_LENGTH) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_QUOTED_LENGTH - 1)) ? MAX_QUOTED_LENGTH - 1 : MAX_QUOTED_LENGTH;
    return text.substring(0, end) + "…";
  }

  /**
   * @param key a text's key
   * @return whether an English text is defined for it
   */
  public static boolean has(String key) {
    return EN.containsKey(key);
  }

  private static Properties load(String language) {
    String name = "/org/partnershipsdk/json/texts/json_" + language + ".properties";
    Properties properties = new Properties();
    try (InputStream in = JsonTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return properties;
  }
}

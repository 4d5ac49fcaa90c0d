package org.partnershipsdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The SDK's texts in English and French, looked up by stable code. Not for public use.
 *
 * <p>Texts live in {@code org/partnershipsdk/core/texts/AREA_en.properties} and
 * {@code AREA_fr.properties} (UTF-8), one pair per area of the SDK so that each area owns its file. Placeholders are written {@code {name}} and filled from a map. French is chosen for the
 * {@code fr} language; English for every other locale, whatever the JVM's default.
 */
public final class Texts {
  private static final List<String> AREAS = List.of(
      "model", "organisation", "partnership", "programme", "initiative", "cycle", "mission",
      "reciprocity", "results", "validation", "rules", "rules-initiative", "rules-mission",
      "rules-partnership", "funding", "rules-funding");
  private static final Properties EN = load("en");
  private static final Properties FR = load("fr");

  private Texts() {}

  /**
   * @param code the text's code
   * @param locale the reader's locale
   * @return the raw text, or the code itself when no text is defined for it
   */
  public static String text(String code, Locale locale) {
    String text = (isFrench(locale) ? FR : EN).getProperty(code);
    if (text == null) {
      text = EN.getProperty(code, code);
    }
    return text;
  }

  /**
   * @param code the text's code
   * @return whether an English text is defined for this code
   */
  public static boolean has(String code) {
    return EN.containsKey(code);
  }

  /**
   * @param code the text's code
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders
   * @return the text with its placeholders filled
   */
  public static String format(String code, Locale locale, Map<String, ?> arguments) {
    return fill(text(code, locale), arguments);
  }

  /**
   * @param template a text with {@code {name}} placeholders
   * @param arguments values for them; unknown placeholders are left as written
   * @return the filled text
   */
  public static String fill(String template, Map<String, ?> arguments) {
    if (arguments.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      Object value = arguments.get(name);
      out.append(value != null ? String.valueOf(value) : template.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * @param arguments values for placeholders
   * @param max the most characters a value may show
   * @return the same arguments, each value longer than {@code max} characters as text cut to
   *     {@code max} and followed by "…"; the map itself when none is
   */
  public static Map<String, ?> quoted(Map<String, ?> arguments, int max) {
    Map<String, Object> cut = null;
    for (Map.Entry<String, ?> argument : arguments.entrySet()) {
      String text = String.valueOf(argument.getValue());
      if (text.length() > max) {
        if (cut == null) {
          cut = new HashMap<>(arguments);
        }
        cut.put(argument.getKey(), cut(text, max));
      }
    }
    return cut == null ? arguments : cut;
  }

  /**
   * @param text a text
   * @param max the most characters to keep
   * @return the text if it is short enough, else its first {@code max} characters (one fewer
   *     rather than half a surrogate pair) followed by "…"
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "…";
  }

  /**
   * @param locale a locale
   * @return whether texts are given in French for it
   */
  public static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }

  private static Properties load(String language) {
    Properties properties = new Properties();
    for (String area : AREAS) {
      String name = "/org/partnershipsdk/core/texts/" + area + "_" + language + ".properties";
      try (InputStream in = Texts.class.getResourceAsStream(name)) {
        if (in != null) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + name, e);
      }
    }
    return properties;
  }
}

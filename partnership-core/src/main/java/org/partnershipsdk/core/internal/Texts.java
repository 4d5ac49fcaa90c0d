package org.partnershipsdk.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.Label;

/**
 * partnership-core's texts, looked up by stable code through the SDK's one text loader,
 * {@link org.partnershipsdk.core.text.Texts}. Not for public use.
 *
 * <p>Texts live in {@code org/partnershipsdk/core/texts/AREA.properties} (English) and
 * {@code AREA_fr.properties}, {@code AREA_es.properties} (UTF-8), one family per area of the SDK so
 * that each area owns its file, and {@code codes} for the labels of the code lists.
 */
public final class Texts {
  /** The families of partnership-core, in lookup order. */
  public static final List<String> AREAS = List.of(
      "model", "organisation", "partnership", "programme", "initiative", "cycle", "mission",
      "reciprocity", "criteria", "results", "validation", "rules", "rules-initiative", "rules-mission",
      "rules-partnership", "funding", "rules-funding", "codes");
  /** partnership-core's texts. */
  public static final org.partnershipsdk.core.text.Texts CORE = org.partnershipsdk.core.text.Texts.of(
      name -> Texts.class.getResourceAsStream(name),
      AREAS.stream().map(area -> "/org/partnershipsdk/core/texts/" + area).toArray(String[]::new));

  private Texts() {}

  /**
   * @param code the text's code
   * @param locale the reader's locale
   * @return the raw text, or the code itself when no text is defined for it
   */
  public static String text(String code, Locale locale) {
    return CORE.template(code, locale);
  }

  /**
   * @param code the text's code
   * @return whether an English text is defined for this code
   */
  public static boolean has(String code) {
    return CORE.ships(code, Locale.ENGLISH);
  }

  /**
   * @param code the text's code
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders
   * @return the text with its placeholders filled, values shown for the locale
   */
  public static String format(String code, Locale locale, Map<String, ?> arguments) {
    return CORE.format(code, locale, arguments);
  }

  /**
   * @param template a text with {@code {name}} placeholders
   * @param locale the reader's locale, for the values
   * @param arguments values for them; unknown placeholders are left as written
   * @return the filled text
   */
  public static String fill(String template, Locale locale, Map<String, ?> arguments) {
    return org.partnershipsdk.core.text.Texts.fill(template, locale, arguments);
  }

  /**
   * A text that has an author's own English and French (a rule's title, say) and may also be in
   * the SDK's texts or in a bundle of the user's under a key: the user's text first, then the SDK's
   * in the reader's language, then the author's label.
   *
   * @param key the text's key, such as {@code RULE-ID.title}
   * @param label the author's English and French
   * @param locale the reader's locale
   * @return the text in that language
   */
  public static String text(String key, Label label, Locale locale) {
    Optional<String> yours = org.partnershipsdk.core.text.Texts.overriding(key, locale);
    if (yours.isPresent()) {
      return yours.get();
    }
    Locale language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
    return CORE.ships(key, language) ? CORE.template(key, language) : label.in(locale);
  }

  /**
   * @param locale a locale
   * @return whether texts are given in French for it
   */
  public static boolean isFrench(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage());
  }
}

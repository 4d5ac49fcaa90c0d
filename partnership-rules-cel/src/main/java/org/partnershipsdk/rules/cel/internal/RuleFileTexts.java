package org.partnershipsdk.rules.cel.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.text.Texts;

/**
 * The texts of rule files — their problems, CEL's messages as rule files say them, the messages of
 * {@code RuleFileException} and {@code ExpressionFailedException} — from
 * {@code org/partnershipsdk/rules/cel/texts/rules-file.properties} (English),
 * {@code rules-file_fr.properties} and {@code rules-file_es.properties}, read by the SDK's one text
 * loader, so that a bundle registered with {@link Texts#addBundle(String)} changes any of them or
 * adds a language. Not for public use.
 *
 * <p>This module has no module-info (CEL's split packages): it is an automatic module, whose
 * packages are all open, and it reads its files through its own class, as a named module must.
 */
public final class RuleFileTexts {
  /** partnership-rules-cel's texts. */
  public static final Texts RULE_FILES = Texts.of(
      name -> RuleFileTexts.class.getResourceAsStream(name), "/org/partnershipsdk/rules/cel/texts/rules-file");

  private RuleFileTexts() {}

  /**
   * A text of this module, with its arguments, said in any reader's language when it is shown. An
   * argument that is itself a {@code Phrase} is said in the same language.
   *
   * @param key the text's key, such as {@code rules.file.rule-duplicate}
   * @param arguments values for its {@code {name}} placeholders
   */
  public record Phrase(String key, Map<String, ?> arguments) implements Function<Locale, String> {
    /** Copies the arguments. */
    public Phrase {
      arguments = Map.copyOf(arguments);
    }

    /**
     * @param locale the reader's locale
     * @return the text in that language (English for a language that has none), filled in
     */
    @Override
    public String apply(Locale locale) {
      return format(key, locale, arguments);
    }
  }

  /**
   * @param key the text's key
   * @param arguments values for its placeholders
   * @return the text, to be said in a reader's language
   */
  public static Phrase phrase(String key, Map<String, ?> arguments) {
    return new Phrase(key, arguments);
  }

  /**
   * @param key the text's key
   * @param locale the reader's locale
   * @param arguments values for the {@code {name}} placeholders; a {@link Phrase} among them is said
   *     in the same language
   * @return the text, filled in; the key itself when no text is defined
   */
  public static String format(String key, Locale locale, Map<String, ?> arguments) {
    Map<String, Object> said = new LinkedHashMap<>();
    arguments.forEach((name, value) -> said.put(name, value instanceof Phrase phrase ? phrase.apply(locale) : value));
    return RULE_FILES.format(key, locale, said);
  }
}

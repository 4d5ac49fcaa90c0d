package org.partnershipsdk.iati.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.text.Texts;
import org.partnershipsdk.iati.IatiLeftOut;

/**
 * The module's texts, read by the SDK's one text loader ({@link Texts}), so that a bundle added with
 * {@link Texts#addBundle(String)} changes them or adds a language: under
 * {@code org/partnershipsdk/iati/texts/}, {@code export.properties} (the export's texts, the
 * settings' and the writer's), {@code check.properties} (the checker's own findings and why a file
 * cannot be checked), each with its {@code _fr} and {@code _es}, and {@code ruleset_fr} and
 * {@code ruleset_es} (the ruleset's messages by rule id, whose English is the ruleset's own). Not
 * for public use.
 */
public final class IatiTexts {
  /** The most characters of a value a message quotes: values can be a document's text. */
  private static final int MAX_QUOTED = 64;
  private static final String BASE = "/org/partnershipsdk/iati/texts/";

  /** partnership-iati's texts. */
  public static final Texts IATI =
      Texts.of(name -> IatiTexts.class.getResourceAsStream(name), BASE + "export", BASE + "check", BASE + "ruleset");

  private IatiTexts() {}

  /**
   * @param key the text's key, such as {@code iati.xml.malformed}
   * @param arguments values for its {@code {name}} placeholders, as they are (no value is cut)
   * @return the text in a reader's locale, filled in; the key itself when there is none
   */
  public static Function<Locale, String> message(String key, Map<String, ?> arguments) {
    Map<String, ?> values = Map.copyOf(arguments);
    return locale -> IATI.format(key, locale, values);
  }

  /**
   * @param code a code of the export's texts ({@code iati.export.*}, {@code iati.config.*})
   * @param values the values the text names, such as {@code value}; each cut to 64 characters
   * @return the text in a reader's locale, the code itself when there is none
   */
  public static Function<Locale, String> quoting(String code, Map<String, String> values) {
    return message(code, Texts.quoted(values, MAX_QUOTED));
  }

  static Function<Locale, String> codeUnknown(String code, String list) {
    return quoting("iati.codelist.unknown", Map.of("code", code, "list", list));
  }

  static Function<Locale, String> codeWithdrawn(String code, String list) {
    return quoting("iati.codelist.withdrawn", Map.of("code", code, "list", list));
  }

  /**
   * @param problem a violation of the schema, with the validator's message in each language it has
   * @return the message of the schema's finding in a reader's locale
   */
  public static Function<Locale, String> schema(ActivityStream.SchemaProblem problem) {
    return locale -> IATI.format("iati.schema", locale, Map.of("detail", problem.detail(locale)));
  }

  /**
   * @param code the reason's code, one of {@link IatiLeftOut}'s
   * @param path where in the initiative
   * @param values the values its texts name
   * @return what is left out, and why in a reader's language
   */
  static IatiLeftOut leftOut(String code, String path, Map<String, String> values) {
    return IatiLeftOut.of(code, path, quoting(code, values));
  }
}

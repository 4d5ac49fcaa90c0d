package org.partnershipsdk.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.text.Texts;

/**
 * A text of the command-line checker — its help, report headings, usage errors and messages — by
 * its key in {@code org/partnershipsdk/cli/texts/cli.properties} (English), {@code cli_fr} and
 * {@code cli_es}, read by the SDK's one text loader ({@link Texts}): a bundle registered with
 * {@link Texts#addBundle(String)} changes it as it changes the SDK's texts. Its {@code {name}}
 * placeholders are filled by {@link Texts#fill}, values shown for the reader's locale.
 */
final class CliText {
  /** The checker's texts: its one family of properties files. */
  static final String BUNDLE = "/org/partnershipsdk/cli/texts/cli";
  static final Texts TEXTS = Texts.of(name -> CliText.class.getResourceAsStream(name), BUNDLE);

  private final String key;

  private CliText(String key) {
    this.key = key;
  }

  /**
   * @param key the text's key in {@code cli.properties}
   * @return the text
   * @throws IllegalStateException if {@code cli.properties} has no such key, so that a mistyped key
   *     fails when its class is loaded rather than printing the key
   */
  static CliText of(String key) {
    if (!TEXTS.ships(key, Locale.ENGLISH)) {
      throw new IllegalStateException("No text " + key + " in " + BUNDLE + ".properties");
    }
    return new CliText(key);
  }

  /** @return the text's key */
  String key() {
    return key;
  }

  /** The text in the reader's language, placeholders filled from name/value pairs. */
  String in(Locale locale, Object... namesAndValues) {
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return TEXTS.format(key, locale, arguments);
  }

  /** The text for any reader, placeholders filled from a map. */
  Function<Locale, String> filled(Map<String, ?> arguments) {
    Map<String, ?> values = Map.copyOf(arguments);
    return locale -> TEXTS.format(key, locale, values);
  }
}

package org.partnershipsdk.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.text.Texts;

/**
 * A text of the command-line checker in English and French, with {@code {name}} placeholders
 * filled by the SDK's one text filler ({@link Texts#fill}), values shown for the reader's locale.
 */
final class CliText {
  private final Label label;

  private CliText(String en, String fr) {
    this.label = new Label(en, fr);
  }

  static CliText of(String en, String fr) {
    return new CliText(en, fr);
  }

  /** The text in the reader's language, placeholders filled from name/value pairs. */
  String in(Locale locale, Object... namesAndValues) {
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return Texts.fill(label.in(locale), locale, arguments);
  }

  /** The text in English and French, placeholders filled from a map. */
  Label filled(Map<String, ?> arguments) {
    return new Label(Texts.fill(label.en(), Locale.ENGLISH, arguments), Texts.fill(label.fr(), Locale.FRENCH, arguments));
  }
}

package org.partnershipsdk.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.core.model.Label;

/** A text of the command-line checker in English and French, with {@code {name}} placeholders. */
final class CliText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

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
    return fill(label.in(locale), arguments);
  }

  /** The text in English and French, placeholders filled from a map. */
  Label filled(Map<String, ?> arguments) {
    return new Label(fill(label.en(), arguments), fill(label.fr(), arguments));
  }

  /** One pass, so that a value holding braces is never filled in turn. */
  private static String fill(String template, Map<String, ?> arguments) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      Object value = arguments.get(placeholder.group(1));
      placeholder.appendReplacement(text, Matcher.quoteReplacement(
          value == null ? placeholder.group() : String.valueOf(value)));
    }
    placeholder.appendTail(text);
    return text.toString();
  }
}

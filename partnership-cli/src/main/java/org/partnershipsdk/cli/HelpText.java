package org.partnershipsdk.cli;

import java.util.Locale;

/**
 * The text {@code --help} prints, the key {@code cli.help} of the checker's texts (see
 * {@link CliText}), in English, French or Spanish; the module README says the same.
 */
final class HelpText {
  private static final CliText HELP = CliText.of("cli.help");

  private HelpText() {}

  static String in(Locale locale) {
    return HELP.in(locale, "default-document", SchemaTexts.DEFAULT_DOCUMENT);
  }
}

package org.partnershipsdk.cli;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * A mistake in the command line (exit code 64): unknown command or option, missing argument, bad
 * date, unknown profile or rule. Caught by {@link PartnershipCli} and printed without a stack trace,
 * in the reader's language (the checker's texts, {@link CliText}).
 */
final class CliUsageException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  static final String COMMAND_MISSING = "cli.command.missing";
  static final String COMMAND_UNKNOWN = "cli.command.unknown";
  static final String OPTION_UNKNOWN = "cli.option.unknown";
  static final String OPTION_NOT_APPLICABLE = "cli.option.not-applicable";
  static final String OPTION_VALUE_MISSING = "cli.option.value-missing";
  static final String OPTION_VALUE_INVALID = "cli.option.value-invalid";
  static final String ARGUMENT_MISSING = "cli.argument.missing";
  static final String ARGUMENT_EXTRA = "cli.argument.extra";
  static final String DATE_INVALID = "cli.date.invalid";
  static final String PROFILE_UNKNOWN = "cli.profile.unknown";
  static final String RULE_UNKNOWN = "cli.rule.unknown";
  static final String DOCUMENT_UNKNOWN = "cli.document.unknown";

  private CliUsageException(String code, Function<Locale, String> message) {
    super(code, message);
  }

  static CliUsageException of(String code, CliText text, Map<String, ?> arguments) {
    return new CliUsageException(code, text.filled(arguments));
  }

  /** The message, then picocli's suggestions for a mistyped name ({@code did you mean check?}). */
  static CliUsageException suggesting(String code, CliText text, Map<String, ?> arguments, CliText suggestion,
      String suggestions) {
    Function<Locale, String> message = text.filled(arguments);
    return new CliUsageException(code,
        locale -> suggestion.in(locale, "message", message.apply(locale), "suggestions", suggestions));
  }
}

package org.partnershipsdk.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line split into a command, its operands and its options, without a library: options
 * may come anywhere, as {@code --name value} or {@code --name=value}; {@code --} ends them.
 *
 * @param command the command, empty when none was given
 * @param operands what follows the command (files, a rule id...)
 * @param options the options given, by name without the dashes; flags have the value {@code ""}; a
 *     repeatable option, its last value
 * @param ruleFiles every value of the repeatable {@code --rules}, in order
 */
record CommandLine(Optional<String> command, List<String> operands, Map<String, String> options,
    List<String> ruleFiles) {
  static final String HELP = "help";
  static final String LANG = "lang";
  static final String PROFILE = "profile";
  static final String FORMAT = "format";
  static final String AS_OF = "as-of";
  static final String STRICT = "strict";
  static final String TYPE = "type";
  static final String RULES = "rules";
  static final String VALIDATE = "validate";

  private static final Set<String> VALUED = Set.of(LANG, PROFILE, FORMAT, AS_OF, TYPE, RULES, VALIDATE);
  private static final Set<String> FLAGS = Set.of(HELP, STRICT);

  private static final CliText UNKNOWN_OPTION = CliText.of(
      "Unknown option {option}", "Option inconnue : {option}");
  private static final CliText VALUE_MISSING = CliText.of(
      "The option --{option} needs a value", "L'option --{option} attend une valeur");
  private static final CliText FLAG_WITH_VALUE = CliText.of(
      "The option --{option} takes no value", "L'option --{option} ne prend pas de valeur");
  private static final CliText BAD_LANGUAGE = CliText.of(
      "Unknown language \"{value}\": use en or fr", "Langue inconnue « {value} » : en ou fr");

  static CommandLine parse(String[] args) {
    String command = null;
    List<String> operands = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        if (command == null) {
          command = arg;
        } else {
          operands.add(arg);
        }
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.equals("-h")) {
        options.put(HELP, "");
      } else if (!arg.startsWith("--")) {
        throw CliUsageException.of(CliUsageException.OPTION_UNKNOWN, UNKNOWN_OPTION, Map.of("option", arg));
      } else {
        i = option(args, i, options);
      }
    }
    List<String> ruleFiles = new ArrayList<>();
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--" + RULES) && i + 1 < args.length) {
        ruleFiles.add(args[++i]);
      } else if (args[i].startsWith("--" + RULES + "=")) {
        ruleFiles.add(args[i].substring(RULES.length() + 3));
      }
    }
    return new CommandLine(Optional.ofNullable(command), List.copyOf(operands), Map.copyOf(options),
        List.copyOf(ruleFiles));
  }

  /** Reads the option at {@code args[i]} and returns the index of the last argument it used. */
  private static int option(String[] args, int i, Map<String, String> options) {
    String arg = args[i];
    int equals = arg.indexOf('=');
    String name = arg.substring(2, equals < 0 ? arg.length() : equals);
    if (VALUED.contains(name)) {
      if (equals >= 0) {
        options.put(name, arg.substring(equals + 1));
        return i;
      }
      if (i + 1 >= args.length) {
        throw CliUsageException.of(CliUsageException.OPTION_VALUE_MISSING, VALUE_MISSING, Map.of("option", name));
      }
      options.put(name, args[i + 1]);
      return i + 1;
    }
    if (FLAGS.contains(name)) {
      if (equals >= 0) {
        throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, FLAG_WITH_VALUE, Map.of("option", name));
      }
      options.put(name, "");
      return i;
    }
    throw CliUsageException.of(CliUsageException.OPTION_UNKNOWN, UNKNOWN_OPTION,
        Map.of("option", equals < 0 ? arg : arg.substring(0, equals)));
  }

  /**
   * The language asked for, read before anything else so that every later message is in it. An
   * unknown language is itself a usage error, reported in English.
   */
  static Locale language(String[] args) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--" + LANG) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--" + LANG + "=")) {
        value = args[i].substring(LANG.length() + 3);
      }
    }
    return value == null ? Locale.ENGLISH : locale(value);
  }

  static Locale locale(String value) {
    return switch (value) {
      case "en" -> Locale.ENGLISH;
      case "fr" -> Locale.FRENCH;
      default -> throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, BAD_LANGUAGE,
          Map.of("value", value));
    };
  }

  boolean has(String option) {
    return options.containsKey(option);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}

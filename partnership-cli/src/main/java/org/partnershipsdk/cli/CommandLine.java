package org.partnershipsdk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line split into a command, its operands and its options, parsed by picocli: options
 * may come anywhere, as {@code --name value} or {@code --name=value}; {@code --} ends them;
 * {@code --lang} and {@code --help} may also come before the command. Picocli's own errors become
 * the checker's usage errors, with its messages in the reader's language and picocli's suggestion
 * for a mistyped command or option.
 *
 * @param command the command, empty when none was given
 * @param operands what follows the command (files, a rule id...)
 * @param options the options given, by name without the dashes; flags have the value {@code ""}; a
 *     repeatable option, its last value
 * @param repeated every value of each repeatable option given ({@code --rules},
 *     {@code --organisation-identifier}), in order
 */
record CommandLine(Optional<String> command, List<String> operands, Map<String, String> options,
    Map<String, List<String>> repeated) {
  static final String HELP = "help";
  static final String VERSION = "version";
  static final String LANG = "lang";
  static final String PROFILE = "profile";
  static final String FORMAT = "format";
  static final String AS_OF = "as-of";
  static final String STRICT = "strict";
  static final String NO_LENGTH_LIMIT = "no-length-limit";
  static final String TYPE = "type";
  static final String RULE_FILE = "rules";
  static final String VALIDATE = "validate";
  static final String OUTPUT = "output";
  static final String REPORTING_ORG = "reporting-org";
  static final String LANGUAGE_CODE = "language";
  static final String CURRENCY = "currency";
  static final String ORGANISATION_IDENTIFIER = "organisation-identifier";
  static final String CONTACT_PERSON = "include-contact-person";

  static final String CHECK = "check";
  static final String SCHEMA = "schema";
  static final String EXPLAIN = "explain";
  static final String RULES = "rules";
  static final String CATALOGUE = "catalogue";
  static final String COMPLETION = "generate-completion";
  static final String EXPORT_IATI = "export-iati";
  static final String CHECK_IATI = "check-iati";

  /** The languages of messages, rules' texts and the checker's own texts: English, French and Spanish. */
  static final Map<String, Locale> LANGUAGES = Map.of(
      "en", Locale.ENGLISH, "fr", Locale.FRENCH, "es", Locale.forLanguageTag("es"));

  private static final Set<String> VALUED = Set.of(LANG, PROFILE, FORMAT, AS_OF, TYPE, RULE_FILE, VALIDATE, OUTPUT,
      REPORTING_ORG, LANGUAGE_CODE, CURRENCY, ORGANISATION_IDENTIFIER);
  private static final Set<String> REPEATABLE = Set.of(RULE_FILE, ORGANISATION_IDENTIFIER);

  private static final CliText UNKNOWN_OPTION = CliText.of("cli.option.unknown");
  private static final CliText VALUE_MISSING = CliText.of("cli.option.value-missing");
  private static final CliText FLAG_WITH_VALUE = CliText.of("cli.option.flag-with-value");
  private static final CliText BAD_LANGUAGE = CliText.of("cli.language.unknown");
  private static final CliText UNKNOWN_COMMAND = CliText.of("cli.command.unknown");
  private static final CliText NOT_APPLICABLE = CliText.of("cli.option.not-applicable");
  private static final CliText EXTRA = CliText.of("cli.argument.extra");
  private static final CliText DID_YOU_MEAN = CliText.of("cli.usage.did-you-mean");

  /** The checker's commands and the options each takes, as picocli's model. */
  static picocli.CommandLine model() {
    CommandSpec root = CommandSpec.create().name("partnership-cli");
    root.addOption(flag(HELP, "-h").usageHelp(true).scopeType(ScopeType.INHERIT).build());
    root.addOption(flag(VERSION, "-V").versionHelp(true).build());
    root.addOption(valued(LANG).scopeType(ScopeType.INHERIT).build());
    picocli.CommandLine line = new picocli.CommandLine(root);
    line.addSubcommand(CHECK, command(CHECK, "1..*", valued(PROFILE), valued(AS_OF), valued(FORMAT), valued(TYPE),
        flag(STRICT), flag(NO_LENGTH_LIMIT), repeatable(RULE_FILE)));
    line.addSubcommand(SCHEMA, command(SCHEMA, "0..1"));
    line.addSubcommand(EXPLAIN, command(EXPLAIN, "0..1"));
    line.addSubcommand(RULES, command(RULES, "0", valued(VALIDATE)));
    line.addSubcommand(CATALOGUE, command(CATALOGUE, "0..1"));
    line.addSubcommand(COMPLETION, command(COMPLETION, "0"));
    line.addSubcommand(EXPORT_IATI, command(EXPORT_IATI, "0..1", valued(OUTPUT), valued(REPORTING_ORG),
        valued(LANGUAGE_CODE), valued(CURRENCY), repeatable(ORGANISATION_IDENTIFIER), flag(CONTACT_PERSON),
        flag(STRICT), flag(NO_LENGTH_LIMIT)));
    line.addSubcommand(CHECK_IATI, command(CHECK_IATI, "1..*", valued(FORMAT)));
    line.setCaseInsensitiveEnumValuesAllowed(false).setUnmatchedArgumentsAllowed(false)
        .setOverwrittenOptionsAllowed(true).setPosixClusteredShortOptionsAllowed(false);
    return line;
  }

  static CommandLine parse(String[] args) {
    picocli.CommandLine model = model();
    ParseResult result;
    try {
      result = model.parseArgs(commandFirst(args));
    } catch (ParameterException e) {
      throw usage(e);
    }
    Map<String, String> options = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    String command = null;
    for (ParseResult level = result; level != null; level = level.subcommand()) {
      if (level != result) {
        command = level.commandSpec().name();
      }
      for (OptionSpec option : level.matchedOptions()) {
        String name = option.longestName().substring(2);
        if (REPEATABLE.contains(name)) {
          List<String> values = level.matchedOption(option.longestName()).stringValues();
          repeated.put(name, List.copyOf(values));
          options.put(name, values.get(values.size() - 1));
          continue;
        }
        options.put(name, option.arity().max() == 0 ? "" : level.matchedOptionValue(
            option.longestName(), ""));
      }
      for (PositionalParamSpec positional : level.matchedPositionals().stream().distinct().toList()) {
        operands.addAll(positional.stringValues());
      }
    }
    return new CommandLine(Optional.ofNullable(command), List.copyOf(operands), Map.copyOf(options),
        Map.copyOf(repeated));
  }

  /**
   * Options may come before the command ({@code --format=json check a.json}): they are moved after
   * it, where picocli looks for the command's options.
   */
  private static String[] commandFirst(String[] args) {
    List<String> leading = new ArrayList<>();
    int i = 0;
    while (i < args.length && args[i].startsWith("--") && !args[i].equals("--")) {
      leading.add(args[i]);
      String name = args[i].substring(2);
      if (!name.contains("=") && VALUED.contains(name) && i + 1 < args.length) {
        leading.add(args[++i]);
      }
      i++;
    }
    if (leading.isEmpty() || i >= args.length || args[i].startsWith("-")) {
      return args;
    }
    List<String> reordered = new ArrayList<>();
    reordered.add(args[i]);
    reordered.addAll(leading);
    reordered.addAll(List.of(args).subList(i + 1, args.length));
    return reordered.toArray(String[]::new);
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
    Locale locale = LANGUAGES.get(value);
    if (locale == null) {
      throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, BAD_LANGUAGE, Map.of("value", value));
    }
    return locale;
  }

  /** @return every value of the repeatable {@code --rules}, in order */
  List<String> ruleFiles() {
    return repeated.getOrDefault(RULE_FILE, List.of());
  }

  /** @return every value of the repeatable {@code --organisation-identifier}, in order */
  List<String> organisationIdentifiers() {
    return repeated.getOrDefault(ORGANISATION_IDENTIFIER, List.of());
  }

  boolean has(String option) {
    return options.containsKey(option);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  private static CommandSpec command(String name, String operands, OptionSpec.Builder... options) {
    CommandSpec spec = CommandSpec.create().name(name);
    for (OptionSpec.Builder option : options) {
      spec.addOption(option.build());
    }
    if (!operands.equals("0")) {
      // At least as many as the command needs is the command's own check, with its own message.
      String arity = operands.replace("1..", "0..");
      spec.addPositional(PositionalParamSpec.builder().index(arity.equals("0..*") ? "0..*" : "0").arity(arity)
          .paramLabel("OPERAND").type(String.class).build());
    }
    return spec;
  }

  private static OptionSpec.Builder valued(String name) {
    return OptionSpec.builder("--" + name).arity("1").type(String.class).paramLabel(name.toUpperCase(Locale.ROOT));
  }

  private static OptionSpec.Builder repeatable(String name) {
    return valued(name).type(List.class).auxiliaryTypes(String.class).arity("1");
  }

  private static OptionSpec.Builder flag(String name, String... shortNames) {
    String[] names = new String[shortNames.length + 1];
    System.arraycopy(shortNames, 0, names, 0, shortNames.length);
    names[shortNames.length] = "--" + name;
    return OptionSpec.builder(names).arity("0").type(boolean.class);
  }

  /** Picocli's parse error, as the checker says it. */
  private static CliUsageException usage(ParameterException e) {
    picocli.CommandLine where = e.getCommandLine();
    String command = where.getCommandSpec().name();
    boolean root = where.getParent() == null;
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      List<String> suggestions = unmatched.getSuggestions();
      if (argument.startsWith("-") && !argument.equals("-")) {
        String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        if (!root && knownOptions().contains(name)) {
          return CliUsageException.of(CliUsageException.OPTION_NOT_APPLICABLE, NOT_APPLICABLE,
              Map.of("option", name.substring(2), "command", command));
        }
        return suggested(CliUsageException.OPTION_UNKNOWN, UNKNOWN_OPTION, Map.of("option", name), suggestions);
      }
      if (root) {
        return suggested(CliUsageException.COMMAND_UNKNOWN, UNKNOWN_COMMAND, Map.of("command", argument), suggestions);
      }
      return CliUsageException.of(CliUsageException.ARGUMENT_EXTRA, EXTRA, Map.of("command", command, "argument", argument));
    }
    ArgSpec arg = e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
        ? missing.getMissing().get(0) : e.getArgSpec();
    if (arg instanceof OptionSpec option) {
      String name = option.longestName().substring(2);
      if (option.arity().max() == 0) {
        return CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, FLAG_WITH_VALUE, Map.of("option", name));
      }
      if (e instanceof MissingParameterException || e.getMessage().contains("Missing required parameter")) {
        return CliUsageException.of(CliUsageException.OPTION_VALUE_MISSING, VALUE_MISSING, Map.of("option", name));
      }
    }
    if (arg instanceof PositionalParamSpec) {
      String argument = e.getValue() == null ? "" : e.getValue();
      return CliUsageException.of(CliUsageException.ARGUMENT_EXTRA, EXTRA, Map.of("command", command, "argument", argument));
    }
    // "option '--strict' should be specified without 'yes' parameter": a value on a flag.
    java.util.regex.Matcher flag = java.util.regex.Pattern.compile("'--([a-z-]+)' should be specified without")
        .matcher(String.valueOf(e.getMessage()));
    if (flag.find()) {
      return CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, FLAG_WITH_VALUE, Map.of("option", flag.group(1)));
    }
    return CliUsageException.of(CliUsageException.OPTION_UNKNOWN, UNKNOWN_OPTION,
        Map.of("option", String.valueOf(e.getValue())));
  }

  /** Picocli's suggestions, kept when they are a typo away (two edits at most) from what was typed. */
  private static CliUsageException suggested(String code, CliText text, Map<String, Object> arguments,
      List<String> suggestions) {
    String typed = String.valueOf(arguments.values().iterator().next());
    List<String> close = suggestions.stream().filter(s -> distance(typed, s) <= 2).toList();
    return close.isEmpty() ? CliUsageException.of(code, text, arguments)
        : CliUsageException.suggesting(code, text, arguments, DID_YOU_MEAN, String.join(", ", close));
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Set<String> knownOptions() {
    Set<String> names = new TreeSet<>();
    for (picocli.CommandLine sub : model().getSubcommands().values()) {
      sub.getCommandSpec().options().forEach(option -> names.addAll(List.of(option.names())));
    }
    return names;
  }
}

package org.partnershipsdk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.text.Catalogues;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;

/**
 * The command-line checker ({@code partnership-cli}): checks JSON documents of the SDK with the
 * model's validation and the rules of each element's programme's profile (or of the one
 * {@code --profile} or {@code --rules} forces), prints the rules and their explanations, and the
 * JSON Schemas. Built as {@code partnership-cli/target/partnership-cli.jar}:
 *
 * <pre>{@code
 * java -jar partnership-cli/target/partnership-cli.jar check --profile explor --lang fr portfolio.json
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} when no finding is an error, {@value #ERRORS} when some are,
 * {@value #UNREADABLE} when a file cannot be read as a document, {@value #USAGE} for a usage error.
 * {@code --help} lists the commands and options.
 */
public final class PartnershipCli {
  /** Exit code: no finding of severity error. */
  public static final int OK = 0;
  /** Exit code: at least one finding of severity error (validation violations are errors). */
  public static final int ERRORS = 1;
  /** Exit code: a file cannot be read as a document. */
  public static final int UNREADABLE = 2;
  /** Exit code: a usage error (the {@code EX_USAGE} of BSD's sysexits). */
  public static final int USAGE = 64;

  private static final String CHECK = CommandLine.CHECK;
  private static final String SCHEMA = CommandLine.SCHEMA;
  private static final String EXPLAIN = CommandLine.EXPLAIN;
  private static final String RULES = CommandLine.RULES;

  private static final CliText PREFIX = CliText.of("cli.usage.prefix");
  private static final CliText SEE_HELP = CliText.of("cli.usage.see-help");
  private static final CliText NO_COMMAND = CliText.of("cli.command.missing");
  private static final CliText MISSING_FILES = CliText.of("cli.check.file-missing");
  private static final CliText MISSING_RULE = CliText.of("cli.explain.rule-missing");
  private static final CliText BAD_DATE = CliText.of("cli.date.invalid");
  private static final CliText BAD_PROFILE = CliText.of("cli.profile.unknown");
  private static final CliText BAD_FORMAT = CliText.of("cli.format.unknown");
  private static final CliText BAD_CATALOGUE = CliText.of("cli.catalogue.unknown");
  private static final CliText BAD_TYPE = CliText.of("cli.type.unknown");

  /**
   * Hibernate Validator announces its version on the error output at start-up, through
   * java.util.logging when nothing else is on the classpath; held here so the level set in
   * {@link #main} is not lost to garbage collection.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final Clock clock;
  private final DocumentLoader loader;
  private final SchemaTexts schemas;
  private final IatiCommands iati;

  /** A checker whose default {@code --as-of} is today in the system's time zone. */
  public PartnershipCli() {
    this(Clock.systemDefaultZone());
  }

  /**
   * @param clock the clock that gives today, the default of {@code --as-of}
   */
  public PartnershipCli(Clock clock) {
    this(clock, Documents::load, SchemaSource.SHIPPED);
  }

  PartnershipCli(Clock clock, DocumentLoader loader, SchemaSource schemas) {
    this.clock = clock;
    this.loader = loader;
    this.schemas = new SchemaTexts(schemas);
    this.iati = new IatiCommands(clock, loader);
  }

  /**
   * Runs the checker and exits with its exit code. Output is UTF-8; the error output carries only
   * the checker's own messages.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new PartnershipCli().run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line without exiting: what {@link #main} does, for tests and for embedding.
   *
   * @param args the command line
   * @param out where results go (the report, the help, a schema...)
   * @param err where errors go (usage errors, unreadable files)
   * @return the exit code: {@value #OK}, {@value #ERRORS}, {@value #UNREADABLE} or {@value #USAGE}
   */
  public int run(String[] args, PrintStream out, PrintStream err) {
    Locale locale = Locale.ENGLISH;
    try {
      locale = CommandLine.language(args);
      CommandLine line = CommandLine.parse(args);
      if (line.has(CommandLine.HELP)) {
        out.print(HelpText.in(locale));
        return OK;
      }
      if (line.has(CommandLine.VERSION)) {
        out.println("partnership-cli " + PartnershipJson.module().version());
        return OK;
      }
      String command = line.command().orElseThrow(() ->
          CliUsageException.of(CliUsageException.COMMAND_MISSING, NO_COMMAND, Map.of()));
      return switch (command) {
        case CHECK -> check(line, locale, out, err);
        case SCHEMA -> schema(line, out);
        case EXPLAIN -> explain(line, locale, out);
        case CommandLine.CATALOGUE -> catalogue(line, locale, out);
        case CommandLine.COMPLETION -> completion(out);
        case CommandLine.EXPORT_IATI -> iati.export(line, locale, out, err);
        case CommandLine.CHECK_IATI -> iati.check(line, locale, out, err);
        default -> rules(line, locale, out);
      };
    } catch (CliUsageException e) {
      err.println(PREFIX.in(locale, "message", e.getMessage(locale)));
      err.println(SEE_HELP.in(locale));
      return USAGE;
    }
  }

  private int check(CommandLine line, Locale locale, PrintStream out, PrintStream err) {
    Optional<RuleFileTexts.Loaded> ruleFiles = RuleFileTexts.load(line.ruleFiles(), locale, err);
    if (ruleFiles.isEmpty()) {
      return UNREADABLE;
    }
    // Each element is judged by its programme's profile, unless --profile, or rule files, which run
    // with the profile they compose, force one on every element.
    Optional<Profile> asked = line.option(CommandLine.PROFILE).map(PartnershipCli::profile);
    Optional<Profile> forced = asked.isPresent() || !line.ruleFiles().isEmpty()
        ? Optional.of(ruleFiles.get().profile(asked))
        : Optional.empty();
    Profile profile = forced.orElse(Profiles.standard());
    boolean json = format(line.option(CommandLine.FORMAT).orElse("text"));
    LocalDate asOf = line.option(CommandLine.AS_OF).map(PartnershipCli::date).orElse(LocalDate.now(clock));
    Optional<DocumentType<?>> type = line.option(CommandLine.TYPE).map(PartnershipCli::documentType);
    if (line.operands().isEmpty()) {
      throw CliUsageException.of(CliUsageException.ARGUMENT_MISSING, MISSING_FILES, Map.of());
    }
    Clock day = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    DocumentChecker checker = new DocumentChecker(forced, day, locale);
    List<CheckedFile> files = new ArrayList<>();
    for (String file : line.operands()) {
      try {
        DocumentLoader.Loaded document = loader.load(Path.of(file), reader(line), type);
        files.add(checker.check(file, document.type(), document.value()));
      } catch (JsonReadException e) {
        unreadable(file, e, locale, files, err);
      } catch (InvalidPathException e) {
        unreadable(file, Documents.invalidPath(e), locale, files, err);
      }
    }
    if (json) {
      new JsonReport(locale).print(profile.name(), forced.isEmpty(), asOf, files, out);
    } else {
      new TextReport(locale).print(profile.name(), forced.isEmpty(), asOf, files, out);
    }
    if (files.stream().anyMatch(f -> !f.readable())) {
      return UNREADABLE;
    }
    boolean errors = files.stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
    return errors ? ERRORS : OK;
  }

  private static void unreadable(String file, JsonReadException failure, Locale locale, List<CheckedFile> files,
      PrintStream err) {
    ReadFailureText.lines(file, failure, locale).forEach(err::println);
    files.add(CheckedFile.unreadable(file, failure));
  }

  private int schema(CommandLine line, PrintStream out) {
    out.print(schemas.schema(line.operands().isEmpty() ? SchemaTexts.DEFAULT_DOCUMENT : line.operands().get(0)));
    return OK;
  }

  private static int explain(CommandLine line, Locale locale, PrintStream out) {
    if (line.operands().isEmpty()) {
      throw CliUsageException.of(CliUsageException.ARGUMENT_MISSING, MISSING_RULE, Map.of());
    }
    out.print(RuleTexts.explain(line.operands().get(0), locale));
    return OK;
  }

  private static int rules(CommandLine line, Locale locale, PrintStream out) {
    if (line.has(CommandLine.VALIDATE)) {
      return RuleFileTexts.validate(line.option(CommandLine.VALIDATE).orElseThrow(), locale, out) ? OK : ERRORS;
    }
    out.print(RuleTexts.catalogue(locale));
    return OK;
  }

  /** {@code catalogue [messages|codes]}: the texts or the code lists as JSON, in the language of --lang. */
  private static int catalogue(CommandLine line, Locale locale, PrintStream out) {
    String which = line.operands().isEmpty() ? "messages" : line.operands().get(0);
    switch (which) {
      case "messages" -> {
        Map<String, String> messages = new TreeMap<>();
        for (String file : List.of("messages_", "json-messages_")) {
          messages.putAll(shippedCatalogue(file + language(locale) + ".json"));
        }
        out.print(Catalogues.json(messages));
      }
      case "codes" -> out.print(Catalogues.json(Catalogues.codeLists(locale)));
      default -> throw CliUsageException.of(CliUsageException.DOCUMENT_UNKNOWN, BAD_CATALOGUE, Map.of("value", which));
    }
    return OK;
  }

  /** The catalogues partnership-core and partnership-json ship, read from the class path. */
  private static Map<String, String> shippedCatalogue(String name) {
    try (InputStream in = PartnershipCli.class.getResourceAsStream("/partnership-sdk/catalogues/" + name)) {
      if (in == null) {
        return Map.of();
      }
      Map<String, String> texts = new TreeMap<>();
      PartnershipJson.mapper().readTree(in).properties().forEach(e -> texts.put(e.getKey(), e.getValue().asString()));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String language(Locale locale) {
    return CommandLine.LANGUAGES.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
  }

  /** {@code generate-completion}: a bash and zsh completion script, from picocli. */
  private static int completion(PrintStream out) {
    out.print(picocli.AutoComplete.bash("partnership-cli", CommandLine.model()));
    return OK;
  }

  /** The JSON reader the options ask for: strict or not, length-limited unless the user trusts the files. */
  static PartnershipJson reader(CommandLine line) {
    PartnershipJson json = line.has(CommandLine.STRICT) ? PartnershipJson.create().strict() : PartnershipJson.create();
    return line.has(CommandLine.NO_LENGTH_LIMIT) ? json.withoutLengthLimit() : json;
  }

  private static Profile profile(String name) {
    return Profiles.byName(name).orElseThrow(() -> CliUsageException.of(CliUsageException.PROFILE_UNKNOWN,
        BAD_PROFILE, Map.of("value", name,
            "names", Profiles.all().stream().map(Profile::name).collect(Collectors.joining(", ")))));
  }

  private static DocumentType<?> documentType(String name) {
    return Documents.byName(name).orElseThrow(() -> CliUsageException.of(CliUsageException.DOCUMENT_UNKNOWN,
        BAD_TYPE, Map.of("value", name,
            "names", Documents.TYPES.stream().map(DocumentType::name).collect(Collectors.joining(", ")))));
  }

  static boolean format(String name) {
    return switch (name) {
      case "text" -> false;
      case "json" -> true;
      default -> throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, BAD_FORMAT, Map.of("value", name));
    };
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CliUsageException.of(CliUsageException.DATE_INVALID, BAD_DATE, Map.of("value", text));
    }
  }
}

package org.partnershipsdk.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.IatiChecker;
import org.partnershipsdk.iati.IatiExport;
import org.partnershipsdk.iati.IatiExporter;
import org.partnershipsdk.iati.IatiFinding;
import org.partnershipsdk.iati.IatiReadException;
import org.partnershipsdk.iati.IatiReport;
import org.partnershipsdk.iati.IatiWriteException;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code export-iati FILE}: a portfolio or initiative document as an IATI 2.03 activity file;
 * {@code check-iati FILE...}: any IATI activity file checked against the 2.03 schema, the IATI
 * Standard ruleset and the codelists.
 */
final class IatiCommands {
  static final String REPORT_TYPE = "iati-check-report";
  static final String REPORT_VERSION = "1.0";

  private static final CliText MISSING_EXPORT_FILE = CliText.of("cli.iati.export.file-missing");
  private static final CliText MISSING_CHECK_FILE = CliText.of("cli.iati.check.file-missing");
  private static final CliText NOT_EXPORTABLE = CliText.of("cli.iati.not-exportable");
  private static final CliText BAD_LANGUAGE_CODE = CliText.of("cli.iati.language-code.invalid");
  private static final CliText BAD_IDENTIFIER = CliText.of("cli.iati.identifier.invalid");
  private static final CliText LEFT_OUT = CliText.of("cli.iati.left-out");
  private static final CliText PART_LEFT_OUT = CliText.of("cli.iati.part-left-out");
  private static final CliText EXPORTED = CliText.of("cli.iati.exported");
  private static final CliText WRITE_FAILED = CliText.of("cli.iati.write-failed");
  private static final CliText UNREADABLE = CliText.of("cli.iati.unreadable");
  private static final CliText ACTIVITIES = CliText.of("cli.iati.activities");
  private static final CliText NOTHING = CliText.of("cli.iati.no-findings");

  private final Clock clock;
  private final DocumentLoader loader;

  IatiCommands(Clock clock, DocumentLoader loader) {
    this.clock = clock;
    this.loader = loader;
  }

  int export(CommandLine line, Locale locale, PrintStream out, PrintStream err) {
    if (line.operands().isEmpty()) {
      throw CliUsageException.of(CliUsageException.ARGUMENT_MISSING, MISSING_EXPORT_FILE, Map.of());
    }
    IatiExporter exporter = exporter(line);
    String file = line.operands().get(0);
    Portfolio portfolio;
    try {
      DocumentLoader.Loaded document = loader.load(Path.of(file), PartnershipCli.reader(line), Optional.empty());
      portfolio = portfolio(file, document, locale, err);
    } catch (JsonReadException e) {
      ReadFailureText.lines(file, e, locale).forEach(err::println);
      return PartnershipCli.UNREADABLE;
    } catch (InvalidPathException e) {
      ReadFailureText.lines(file, Documents.invalidPath(e), locale).forEach(err::println);
      return PartnershipCli.UNREADABLE;
    }
    if (portfolio == null) {
      return PartnershipCli.UNREADABLE;
    }
    Optional<String> output = line.option(CommandLine.OUTPUT);
    IatiExport export;
    try (OutputStream target = output.isPresent() ? open(output.get()) : new UnclosedStream(out)) {
      export = exporter.write(portfolio, target);
    } catch (IOException | IatiWriteException | InvalidPathException e) {
      err.println(WRITE_FAILED.in(locale, "file", output.orElse("-"), "reason", String.valueOf(e.getMessage())));
      return PartnershipCli.UNREADABLE;
    }
    export.leftOutReasons().forEach((id, reasons) -> err.println(LEFT_OUT.in(locale, "id", id.value(), "reasons",
        String.join("; ", reasons.stream().map(r -> r.message(locale) + " [" + r.code() + "]").toList()))));
    export.leftOutPartReasons().forEach((id, parts) -> parts.forEach(part -> err.println(PART_LEFT_OUT.in(locale,
        "id", id.value(), "part", part.path() + ": " + part.message(locale) + " [" + part.code() + "]"))));
    if (output.isPresent()) {
      err.println(EXPORTED.in(locale, "count", export.activities()));
    }
    return PartnershipCli.OK;
  }

  int check(CommandLine line, Locale locale, PrintStream out, PrintStream err) {
    if (line.operands().isEmpty()) {
      throw CliUsageException.of(CliUsageException.ARGUMENT_MISSING, MISSING_CHECK_FILE, Map.of());
    }
    boolean json = PartnershipCli.format(line.option(CommandLine.FORMAT).orElse("text"));
    IatiChecker checker = IatiChecker.standard().withClock(clock);
    ObjectNode document = PartnershipJson.mapper().createObjectNode();
    document.put("type", REPORT_TYPE).put("schemaVersion", REPORT_VERSION).put("lang", locale.getLanguage());
    ArrayNode files = document.putArray("files");
    boolean unreadable = false;
    boolean errors = false;
    for (String file : line.operands()) {
      ObjectNode node = files.addObject().put("file", file);
      try {
        IatiReport report = checker.check(Path.of(file));
        errors |= report.hasErrors();
        if (json) {
          fileNode(node, report, locale);
        } else {
          printText(file, report, locale, out);
        }
      } catch (IatiReadException e) {
        unreadable = true;
        node.put("status", "unreadable").putObject("error").put("code", e.code()).put("message", e.getMessage(locale));
        err.println(UNREADABLE.in(locale, "file", file, "message", e.getMessage(locale), "code", e.code()));
      } catch (InvalidPathException e) {
        unreadable = true;
        node.put("status", "unreadable").putObject("error").put("code", IatiReadException.IO).put("message", e.getMessage());
        err.println(UNREADABLE.in(locale, "file", file, "message", e.getMessage(), "code", IatiReadException.IO));
      }
    }
    if (json) {
      out.println(PartnershipJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }
    return unreadable ? PartnershipCli.UNREADABLE : errors ? PartnershipCli.ERRORS : PartnershipCli.OK;
  }

  private IatiExporter exporter(CommandLine line) {
    IatiExporter.Builder exporter = IatiExporter.builder().clock(clock);
    line.option(CommandLine.REPORTING_ORG).map(OrganisationId::of).ifPresent(exporter::reportingOrganisation);
    line.option(CommandLine.LANGUAGE_CODE).ifPresent(language -> {
      if (!language.matches("[a-z]{2}")) {
        throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, BAD_LANGUAGE_CODE, Map.of("value", language));
      }
      exporter.language(language);
    });
    line.option(CommandLine.CURRENCY).map(CurrencyCode::of).ifPresent(exporter::defaultCurrency);
    for (String pair : line.organisationIdentifiers()) {
      int equals = pair.indexOf('=');
      try {
        if (equals <= 0) {
          throw new IllegalArgumentException(pair);
        }
        exporter.organisationIdentifier(OrganisationId.of(pair.substring(0, equals)), pair.substring(equals + 1));
      } catch (RuntimeException e) { // an identifier the exporter or the model refuses
        throw CliUsageException.of(CliUsageException.OPTION_VALUE_INVALID, BAD_IDENTIFIER, Map.of("value", pair));
      }
    }
    exporter.includeContactPerson(line.has(CommandLine.CONTACT_PERSON));
    return exporter.build();
  }

  private static Portfolio portfolio(String file, DocumentLoader.Loaded document, Locale locale, PrintStream err) {
    if (document.value() instanceof Portfolio portfolio) {
      return portfolio;
    }
    if (document.value() instanceof Initiative initiative) {
      return Portfolio.builder().addInitiatives(initiative).build();
    }
    err.println(NOT_EXPORTABLE.in(locale, "file", file, "type", document.type()));
    return null;
  }

  private static OutputStream open(String file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(Path.of(file)));
  }

  private void printText(String file, IatiReport report, Locale locale, PrintStream out) {
    out.println(ACTIVITIES.in(locale, "file", file, "count", report.activities()));
    List<IatiFinding> findings = report.findings();
    if (findings.isEmpty()) {
      out.println("  " + NOTHING.in(locale));
    }
    int severityWidth = findings.stream().mapToInt(f -> f.severity().label(locale).length()).max().orElse(0);
    int ruleWidth = findings.stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
    for (IatiFinding finding : findings) {
      out.println("  " + pad(finding.severity().label(locale), severityWidth) + "  " + pad(finding.ruleId(), ruleWidth)
          + "  " + finding.xpath() + (finding.line() > 0 ? " (" + finding.line() + ")" : "") + "  "
          + finding.message(locale));
    }
    out.println("  " + new TextReport(locale).counts(counts(report)));
  }

  private static void fileNode(ObjectNode node, IatiReport report, Locale locale) {
    node.put("status", "checked").put("activities", report.activities());
    ObjectNode counts = node.putObject("counts");
    counts(report).forEach((severity, count) -> counts.put(severity.code(), count));
    ArrayNode findings = node.putArray("findings");
    for (IatiFinding finding : report.findings()) {
      ObjectNode item = findings.addObject().put("rule", finding.ruleId()).put("severity", finding.severity().code())
          .put("category", finding.category()).put("xpath", finding.xpath());
      finding.activity().ifPresent(activity -> item.put("activity", activity));
      if (finding.line() > 0) {
        item.put("line", finding.line());
      }
      item.put("message", finding.message(locale));
    }
  }

  private static Map<Severity, Long> counts(IatiReport report) {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, report.count(severity));
    }
    return counts;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /** Standard output, flushed but left open when the export is done. */
  private static final class UnclosedStream extends java.io.FilterOutputStream {
    UnclosedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

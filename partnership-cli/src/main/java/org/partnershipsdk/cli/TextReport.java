package org.partnershipsdk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;

/**
 * The check report as a table for people: for each file, its findings grouped by element (kind and
 * id), one line each with severity, rule, path (and {@code #ref}, the reference of the sub-element it
 * leads to, when it has one) and message in aligned columns; counts by severity after each file and
 * in total.
 */
final class TextReport {
  private static final CliText HEADER = CliText.of("cli.report.header");
  private static final CliText HEADER_BY_PROGRAMME = CliText.of("cli.report.header.by-programme");
  private static final CliText UNREADABLE = CliText.of("cli.report.unreadable");
  private static final CliText NOTHING = CliText.of("cli.report.no-findings");
  private static final CliText PORTFOLIO = CliText.of("cli.report.portfolio");
  private static final CliText COUNTS = CliText.of("cli.report.counts");
  private static final CliText TOTAL = CliText.of("cli.report.total");
  private static final String INDENT = "    ";

  private final Locale locale;

  TextReport(Locale locale) {
    this.locale = locale;
  }

  void print(String profile, boolean byProgramme, LocalDate asOf, List<CheckedFile> files, PrintStream out) {
    out.println((byProgramme ? HEADER_BY_PROGRAMME : HEADER).in(locale, "profile", profile, "date",
        asOf.toString()));  // as the option is written
    List<ReportedFinding> all = new ArrayList<>();
    for (CheckedFile file : files) {
      out.println();
      out.println(file.file() + file.documentType().map(type -> " (" + type + ")").orElse(""));
      if (!file.readable()) {
        out.println("  " + UNREADABLE.in(locale, "code", file.failure().orElseThrow().code()));
        continue;
      }
      printFindings(file.findings(), out);
      out.println("  " + counts(CheckedFile.counts(file.findings())));
      all.addAll(file.findings());
    }
    if (files.size() > 1) {
      out.println();
      long unreadable = files.stream().filter(f -> !f.readable()).count();
      out.println(TOTAL.in(locale, "files", files.size(), "unreadable", unreadable,
          "counts", counts(CheckedFile.counts(all))));
    }
  }

  private void printFindings(List<ReportedFinding> findings, PrintStream out) {
    if (findings.isEmpty()) {
      out.println("  " + NOTHING.in(locale));
      return;
    }
    int severityWidth = width(findings, f -> f.severity().label(locale));
    int ruleWidth = width(findings, ReportedFinding::rule);
    int pathWidth = width(findings, f -> shownPath(f.located()));
    SubjectRef current = null;
    for (ReportedFinding finding : findings) {
      if (!finding.subject().equals(current)) {
        current = finding.subject();
        out.println("  " + heading(current));
      }
      out.println(INDENT + pad(finding.severity().label(locale), severityWidth) + "  " + pad(finding.rule(), ruleWidth)
          + "  " + pad(shownPath(finding.located()), pathWidth) + "  " + finding.message());
    }
  }

  private String heading(SubjectRef subject) {
    String kind = Subject.all().stream().filter(s -> s.code().equals(subject.kind())).findFirst()
        .map(s -> s.label(locale))
        .orElse(subject.kind().equals(ReportedFinding.PORTFOLIO) ? PORTFOLIO.in(locale) : subject.kind());
    return subject.id().isEmpty() ? kind : kind + " " + subject.id();
  }

  String counts(Map<Severity, Long> counts) {
    return COUNTS.in(locale, "error", counts.get(Severity.ERROR), "warning", counts.get(Severity.WARNING),
        "info", counts.get(Severity.INFO));
  }

  private static String shownPath(String path) {
    return path.isEmpty() ? "-" : path;
  }

  private static int width(List<ReportedFinding> findings, java.util.function.Function<ReportedFinding, String> column) {
    return findings.stream().mapToInt(f -> column.apply(f).length()).max().orElse(0);
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}

package org.partnershipsdk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check report as a JSON document for programs, written with the JSON module's mapper. Its
 * own {@value #TYPE} type and {@value #SCHEMA_VERSION} schema version (MAJOR.MINOR: a new minor
 * version only adds properties); its JSON Schema is printed by {@code schema check-report}.
 */
final class JsonReport {
  static final String TYPE = "check-report";
  static final String SCHEMA_VERSION = "1.1";

  private final Locale locale;

  JsonReport(Locale locale) {
    this.locale = locale;
  }

  void print(String profile, boolean byProgramme, LocalDate asOf, List<CheckedFile> files, PrintStream out) {
    out.println(PartnershipJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
        document(profile, byProgramme, asOf, files)));
  }

  ObjectNode document(String profile, boolean byProgramme, LocalDate asOf, List<CheckedFile> files) {
    ObjectNode report = PartnershipJson.mapper().createObjectNode();
    report.put("type", TYPE);
    report.put("schemaVersion", SCHEMA_VERSION);
    report.put("profile", profile);
    report.put("byProgramme", byProgramme);
    report.put("asOf", asOf.toString());
    report.put("lang", locale.getLanguage());
    ArrayNode fileNodes = report.putArray("files");
    List<ReportedFinding> all = new ArrayList<>();
    for (CheckedFile file : files) {
      ObjectNode node = fileNodes.addObject();
      node.put("file", file.file());
      node.put("status", file.readable() ? "checked" : "unreadable");
      file.documentType().ifPresent(type -> node.put("documentType", type));
      file.failure().ifPresent(failure -> error(node.putObject("error"), failure));
      if (file.readable()) {
        counts(node.putObject("counts"), CheckedFile.counts(file.findings()));
      }
      all.addAll(file.findings());
    }
    ArrayNode findings = report.putArray("findings");
    all.forEach(finding -> finding(findings.addObject(), finding));
    counts(report.putObject("counts"), CheckedFile.counts(all));
    return report;
  }

  private void error(ObjectNode node, JsonReadException failure) {
    node.put("code", failure.code());
    ArrayNode problems = node.putArray("problems");
    for (JsonProblem problem : failure.problems()) {
      ObjectNode p = problems.addObject();
      p.put("code", problem.code());
      p.put("pointer", problem.pointer());
      p.put("line", problem.line());
      p.put("column", problem.column());
      p.put("message", problem.message(locale));
    }
  }

  private static void finding(ObjectNode node, ReportedFinding finding) {
    node.put("file", finding.file());
    node.put("source", finding.source());
    node.put("severity", finding.severity().code());
    node.put("rule", finding.rule());
    ObjectNode subject = node.putObject("subject");
    subject.put("kind", finding.subject().kind());
    subject.put("id", finding.subject().id());
    node.put("path", finding.path());
    if (!finding.ref().isEmpty()) {
      node.put("ref", finding.ref());
    }
    node.put("message", finding.message());
    if (!finding.profile().isEmpty()) {
      node.put("profile", finding.profile());
    }
  }

  private static void counts(ObjectNode node, Map<Severity, Long> counts) {
    counts.forEach((severity, count) -> node.put(severity.code(), count));
  }
}

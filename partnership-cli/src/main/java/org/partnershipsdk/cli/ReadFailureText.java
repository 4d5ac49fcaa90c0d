package org.partnershipsdk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;

/**
 * Why a file could not be read as a document, one line per problem, in the form compilers use:
 * {@code file:line:column: code at /json/pointer: message}. Never a stack trace.
 */
final class ReadFailureText {
  private static final CliText AT = CliText.of(
      "{location}: {code} at {pointer}: {message}", "{location} : {code} à {pointer} : {message}");
  private static final CliText ROOT = CliText.of("the document's root", "la racine du document");

  private ReadFailureText() {}

  static List<String> lines(String file, JsonReadException failure, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (JsonProblem problem : failure.problems()) {
      String location = problem.line() > 0 ? file + ":" + problem.line() + ":" + problem.column() : file;
      String pointer = problem.pointer().isEmpty() ? ROOT.in(locale) : problem.pointer();
      lines.add(AT.in(locale, "location", location, "code", problem.code(), "pointer", pointer,
          "message", problem.message(locale)));
    }
    return lines;
  }
}

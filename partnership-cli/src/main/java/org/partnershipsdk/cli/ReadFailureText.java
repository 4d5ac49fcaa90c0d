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
  private static final CliText AT = CliText.of("cli.read.problem");
  private static final CliText ROOT = CliText.of("cli.read.root");
  /** Ends the line of a refusal by a whole-document limit, which the user can lift for a trusted file. */
  private static final CliText TRUSTED = CliText.of("cli.read.trusted");

  private ReadFailureText() {}

  static List<String> lines(String file, JsonReadException failure, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (failure.code().equals(JsonReadException.IO) && failure.problems().size() == 1
        && failure.problems().get(0).line() == 0 && failure.problems().get(0).message(locale).endsWith(file)) {
      // Nothing was read: no code or pointer to show, only what went wrong with the file.
      return List.of(failure.problems().get(0).message(locale));
    }
    List<String> text = null;
    for (JsonProblem problem : failure.problems()) {
      int line = problem.line();
      int column = problem.column();
      if (problem.code().equals(JsonReadException.PROPERTY_UNKNOWN) && line > 0 && !problem.pointer().isEmpty()) {
        text = text != null ? text : read(file);
        int[] name = propertyName(text, line, column, lastSegment(problem.pointer()));
        line = name[0];
        column = name[1];
      }
      String location = line > 0 ? file + ":" + line + ":" + column : file;
      String pointer = problem.pointer().isEmpty() ? ROOT.in(locale) : problem.pointer();
      String shown = AT.in(locale, "location", location, "code", problem.code(), "pointer", pointer,
          "message", problem.message(locale));
      if (problem.code().equals(JsonReadException.LIMIT_EXCEEDED) && (problem.englishMessage().contains("maxDocumentLength")
          || problem.englishMessage().contains("maxTokenCount"))) {
        shown = TRUSTED.in(locale, "line", shown);
      }
      lines.add(shown);
    }
    return lines;
  }

  /**
   * The reader reports an unknown property where its value starts; a person looks for the name.
   * Searches back from there for the quoted name and gives its line and column (1-based), or the
   * position reported when the file cannot be read again.
   */
  static int[] propertyName(List<String> text, int line, int column, String name) {
    String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    for (int l = Math.min(line, text.size()); l >= 1; l--) {
      String content = text.get(l - 1);
      int end = l == line ? Math.min(Math.max(column - 1, 0), content.length()) : content.length();
      int at = content.lastIndexOf(quoted, end - 1);
      if (at >= 0) {
        return new int[] {l, at + 1};
      }
    }
    return new int[] {line, column};
  }

  private static String lastSegment(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private static List<String> read(String file) {
    try {
      return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return List.of();
    }
  }
}

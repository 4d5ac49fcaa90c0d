package org.partnershipsdk.rules.cel.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts.Phrase;

/**
 * CEL's messages about an expression, which are in English, said in the reader's language: the
 * common ones (unknown name, unknown field, no matching overload, syntax error, limits) in our own
 * words ({@code rules.cel.*} texts), the others in CEL's words with a note that they are CEL's, in
 * English ({@code rules.cel.message}). Not for public use.
 */
final class CelTexts {
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']*)'.*");
  private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']*)'.*");
  private static final Pattern NO_OVERLOAD =
      Pattern.compile("found no matching overload for '([^']*)' applied to '\\(([^']*)\\)'.*");

  private CelTexts() {}

  static Phrase of(Expressions.Issue issue) {
    String message = issue.message();
    Matcher m = UNDECLARED.matcher(message);
    if (m.matches()) {
      return RuleFileTexts.phrase("rules.cel.unknown-name", Map.of("name", m.group(1)));
    }
    m = UNDEFINED_FIELD.matcher(message);
    if (m.matches()) {
      return RuleFileTexts.phrase("rules.cel.unknown-field", Map.of("field", m.group(1)));
    }
    m = NO_OVERLOAD.matcher(message);
    if (m.matches()) {
      return RuleFileTexts.phrase("rules.cel.no-overload", Map.of("function", operator(m.group(1)), "types", m.group(2)));
    }
    if (message.equals("builds a value of a model type")) {
      return RuleFileTexts.phrase("rules.cel.model-value", Map.of());
    }
    if (message.equals("joins lists with +")) {
      return RuleFileTexts.phrase("rules.cel.list-join", Map.of());
    }
    return switch (issue.kind()) {
      case SYNTAX -> RuleFileTexts.phrase("rules.cel.syntax", Map.of("detail", message));
      case LIMIT -> limit(message);
      default -> RuleFileTexts.phrase("rules.cel.message", Map.of("detail", message));
    };
  }

  private static final Pattern LONGER = Pattern.compile("longer than (\\d+) characters");
  private static final Pattern NESTED = Pattern.compile("more than (\\d+) comprehensions nested in one another");

  private static Phrase limit(String message) {
    Matcher m = LONGER.matcher(message);
    if (m.matches()) {
      return RuleFileTexts.phrase("rules.cel.limit.length", Map.of("max", m.group(1)));
    }
    m = NESTED.matcher(message);
    if (m.matches()) {
      return RuleFileTexts.phrase("rules.cel.limit.nesting", Map.of("max", m.group(1)));
    }
    return RuleFileTexts.phrase("rules.cel.limit", Map.of("detail", message));
  }

  /** {@code _+_} is written {@code +}, {@code !_} {@code !}, {@code _[_]} {@code []}. */
  private static String operator(String function) {
    if (!function.contains("_") || function.matches("[A-Za-z][A-Za-z0-9_]*")) {
      return function;
    }
    return function.replace("_", "");
  }
}

package org.partnershipsdk.json;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.json.internal.JsonTexts;

/**
 * The one exception every failure to read a JSON document raises: malformed JSON, a value of the
 * wrong JSON type, a missing required property, an unknown code, a reading limit exceeded, an
 * unsupported schema version, an unknown property under the strict reader, a validation failure, an
 * I/O error...
 *
 * <p>It carries a stable {@linkplain #code() code}, the JSON Pointer, line and column of the
 * offending element, and a message in English and French. When several problems are found at once
 * (every unknown property under the strict reader, every violation of a validating reader),
 * {@link #problems()} lists them all and the pointer, line and column are those of the first.
 *
 * <pre>{@code
 * try {
 *   json.read(DocumentType.INITIATIVE, text);
 * } catch (JsonReadException e) {
 *   e.problems().forEach(p -> log.warn("{} {}", p.pointer(), p.message(Locale.FRENCH)));
 * }
 * }</pre>
 */
public final class JsonReadException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The document is not well-formed JSON, or ends too early. */
  public static final String MALFORMED = "json.malformed";
  /** A value has the wrong JSON type (a number for a string, {@code null}...). */
  public static final String TYPE_MISMATCH = "json.type-mismatch";
  /** A required property is missing. */
  public static final String PROPERTY_MISSING = "json.property.missing";
  /** A property the SDK does not know, rejected by the strict reader. */
  public static final String PROPERTY_UNKNOWN = "json.property.unknown";
  /** A code that is not in its closed list. */
  public static final String CODE_UNKNOWN = "json.code.unknown";
  /** A reading limit (nesting depth, lengths, token count) is exceeded. */
  public static final String LIMIT_EXCEEDED = "json.limit.exceeded";
  /** The document's major schema version is not the one this SDK reads. */
  public static final String SCHEMA_VERSION_UNSUPPORTED = "json.schema-version.unsupported";
  /** The document is of another type than the one asked for. */
  public static final String DOCUMENT_TYPE_MISMATCH = "json.document-type.mismatch";
  /** The same property appears twice in one object. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";
  /** Content follows the end of the document. */
  public static final String TRAILING_TOKENS = "json.trailing-tokens";
  /** A value has the right JSON type but not an acceptable form or range. */
  public static final String VALUE_INVALID = "json.value.invalid";
  /** The model read is not valid; {@link #problems()} lists every violation. */
  public static final String VALIDATION_FAILED = "json.validation.failed";
  /** The source could not be read. */
  public static final String IO = "json.io";
  /** The SDK failed unexpectedly; a bug to report. */
  public static final String INTERNAL = "json.internal";

  /** Every problem found, at least one. */
  private final List<JsonProblem> problems;

  /**
   * @param code the stable code of the failure
   * @param problems the problems found, at least one; the first gives the pointer, line and column
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public JsonReadException(String code, List<JsonProblem> problems, Throwable cause) {
    this(code, List.copyOf(problems));
    if (cause != null) {
      initCause(cause);
    }
  }

  private JsonReadException(String code, List<JsonProblem> problems) {
    super(code, locale -> describe(code, problems, locale));
    this.problems = problems;
  }

  /** @return every problem found, at least one */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** @return the JSON Pointer of the (first) offending element; empty for the document's root */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** @return the line of the (first) offending element, from 1; 0 when unknown */
  public int line() {
    return problems.get(0).line();
  }

  /** @return the column of the (first) offending element, from 1; 0 when unknown */
  public int column() {
    return problems.get(0).column();
  }

  private static String describe(String code, List<JsonProblem> problems, Locale locale) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A JsonReadException needs at least one problem");
    }
    if (problems.size() == 1 && !VALIDATION_FAILED.equals(code)) {
      return withLocation(problems.get(0), locale);
    }
    String summary = JsonTexts.format(VALIDATION_FAILED.equals(code) ? code : "json.problems", locale,
        Map.of("count", problems.size()));
    StringBuilder text = new StringBuilder(summary);
    for (JsonProblem problem : problems.subList(0, Math.min(problems.size(), 20))) {
      text.append(System.lineSeparator()).append("- ").append(withLocation(problem, locale));
    }
    return text.toString();
  }

  private static String withLocation(JsonProblem problem, Locale locale) {
    String pointer = problem.pointer().isEmpty() ? JsonTexts.format("json.location.root", locale, Map.of())
        : problem.pointer();
    String where = problem.line() > 0
        ? JsonTexts.format("json.location", locale,
            Map.of("pointer", pointer, "line", String.valueOf(problem.line()), "column", String.valueOf(problem.column())))
        : JsonTexts.format("json.location.pointer", locale, Map.of("pointer", pointer));
    return problem.message(locale) + " (" + where + ")";
  }
}

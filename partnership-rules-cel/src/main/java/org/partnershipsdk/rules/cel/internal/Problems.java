package org.partnershipsdk.rules.cel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.partnershipsdk.rules.cel.RuleFileProblem;

/**
 * Gathers the problems of one rule file, each with its code, its place and its message, said in the
 * reader's language from {@link RuleFileTexts} (keys {@code CODE} or {@code CODE.VARIANT}). Codes
 * are stable. Not for public use.
 */
public final class Problems {
  /** The file cannot be read (missing, not UTF-8, too large). */
  public static final String UNREADABLE = "rules.file.unreadable";
  /** Not well-formed YAML or JSON, or anchors and aliases. */
  public static final String SYNTAX = "rules.file.syntax";
  /** No {@code format}, or one this version does not read. */
  public static final String FORMAT = "rules.file.format";
  /** A name the format does not have. */
  public static final String PROPERTY_UNKNOWN = "rules.file.property-unknown";
  /** A required name is missing. */
  public static final String PROPERTY_MISSING = "rules.file.property-missing";
  /** A value of the wrong kind (a list where text is expected...) or not among the accepted ones. */
  public static final String VALUE_INVALID = "rules.file.value-invalid";
  /** Two rules of the file have one id. */
  public static final String RULE_DUPLICATE = "rules.file.rule-duplicate";
  /** An expression is not well-formed CEL. */
  public static final String EXPRESSION_SYNTAX = "rules.file.expression-syntax";
  /** An expression does not type-check: an unknown variable, field or function, mismatched types. */
  public static final String EXPRESSION_TYPE = "rules.file.expression-type";
  /** A condition that does not give a bool, or a for-each that does not give a list. */
  public static final String EXPRESSION_RESULT = "rules.file.expression-result";
  /** An expression beyond the limits: too long, too deep, too many nested comprehensions. */
  public static final String EXPRESSION_LIMIT = "rules.file.expression-limit";
  /** A placeholder of a message or path that no argument gives. */
  public static final String PLACEHOLDER_UNKNOWN = "rules.file.placeholder-unknown";
  /** A profile names a rule that it does not have. */
  public static final String RULE_UNKNOWN = "rules.file.rule-unknown";
  /** A profile names a built-in profile that does not exist. */
  public static final String PROFILE_UNKNOWN = "rules.file.profile-unknown";
  /** A profile sets a parameter a rule does not have, or a value of the wrong type. */
  public static final String PARAMETER_INVALID = "rules.file.parameter-invalid";

  private final String source;
  private final List<RuleFileProblem> problems = new ArrayList<>();

  /** @param source the file, as named when loaded */
  public Problems(String source) {
    this.source = source;
  }

  /** @return the problems found so far */
  public List<RuleFileProblem> all() {
    return List.copyOf(problems);
  }

  /** @return whether any was found */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * @param code the problem's code
   * @param at where it is
   * @param ruleId the rule concerned, if any
   * @param key the message's key in {@link RuleFileTexts}, such as {@code rules.file.rule-duplicate}
   * @param arguments the placeholders' values; a {@link RuleFileTexts.Phrase} among them is said in
   *     the reader's language
   */
  public void add(String code, Node.Location at, Optional<String> ruleId, String key, Map<String, ?> arguments) {
    add(code, at.line(), at.column(), at.pointer(), ruleId, RuleFileTexts.phrase(key, arguments));
  }

  /**
   * @param code the problem's code
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the value's JSON Pointer
   * @param ruleId the rule concerned, if any
   * @param message the message in a reader's language
   */
  public void add(String code, int line, int column, String pointer, Optional<String> ruleId,
      Function<Locale, String> message) {
    problems.add(RuleFileProblem.of(code, source, line, column, pointer, ruleId, message));
  }
}

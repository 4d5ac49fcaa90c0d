package org.partnershipsdk.rules.cel;

import java.util.Locale;
import java.util.Optional;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;

/**
 * One thing wrong with a rule file, where it is: the file, the line and column (from 1), the JSON
 * Pointer of the value within the file, the rule it belongs to, a stable code and a message in
 * English and French.
 *
 * <pre>{@code
 * acme.rules.yaml:14:28: rule acme.initiative.budget-missing: undeclared reference to 'initiatve'
 * }</pre>
 *
 * @param code the stable code, such as {@code rules.file.expression-type}
 * @param source the file, as it was named when loaded
 * @param line the line, from 1
 * @param column the column, from 1
 * @param pointer the JSON Pointer of the value concerned, such as {@code /rules/2/when}; empty for the file
 * @param ruleId the id of the rule concerned, when the problem is within a rule
 * @param message what is wrong, in English and French
 */
public record RuleFileProblem(String code, String source, int line, int column, String pointer,
    Optional<String> ruleId, Label message) {

  /** Rejects nulls. */
  public RuleFileProblem {
    if (code == null || source == null || pointer == null || ruleId == null || message == null) {
      throw new IncompleteValueException("code, source, pointer, ruleId and message of a rule file problem");
    }
  }

  /**
   * @param locale the reader's locale: French for {@code fr}, English otherwise
   * @return the message in that language
   */
  public String message(Locale locale) {
    return message.in(locale);
  }

  /**
   * @param locale the reader's locale
   * @return {@code file:line:column: rule id: message}, as compilers print their errors
   */
  public String describe(Locale locale) {
    boolean french = "fr".equals(locale.getLanguage());
    String rule = ruleId.map(id -> french ? "règle " + id + " : " : "rule " + id + ": ").orElse("");
    return source + ":" + line + ":" + column + ": " + rule + message(locale);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH) + " [" + code + "]";
  }
}

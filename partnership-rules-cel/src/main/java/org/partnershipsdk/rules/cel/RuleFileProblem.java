package org.partnershipsdk.rules.cel;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts;

/**
 * One thing wrong with a rule file, where it is: the file, the line and column (from 1), the JSON
 * Pointer of the value within the file, the rule it belongs to, a stable code and a message in the
 * reader's language (English, French and Spanish are shipped).
 *
 * <pre>{@code
 * acme.rules.yaml:14:28: rule acme.initiative.budget-missing: unknown name 'initiatve': no variable or function of rule files has it
 * }</pre>
 *
 * <p>The SDK's messages are texts of {@link org.partnershipsdk.core.text.Texts}, keyed by the
 * problem's code or {@code CODE.VARIANT} ({@code rules.file.value-invalid.severity}), in
 * {@code org/partnershipsdk/rules/cel/texts/rules-file.properties}: a bundle registered with
 * {@link org.partnershipsdk.core.text.Texts#addBundle(String)} changes any of them or adds a
 * language.
 *
 * @param code the stable code, such as {@code rules.file.expression-type}
 * @param source the file, as it was named when loaded
 * @param line the line, from 1
 * @param column the column, from 1
 * @param pointer the JSON Pointer of the value concerned, such as {@code /rules/2/when}; empty for the file
 * @param ruleId the id of the rule concerned, when the problem is within a rule
 * @param message what is wrong, in English and French
 * @param localized what is wrong, in a reader's language: {@link #message(Locale)}
 */
public record RuleFileProblem(String code, String source, int line, int column, String pointer,
    Optional<String> ruleId, Label message, Function<Locale, String> localized) {

  /** Rejects nulls. */
  public RuleFileProblem {
    if (code == null || source == null || pointer == null || ruleId == null || message == null
        || localized == null) {
      throw new IncompleteValueException("code, source, pointer, ruleId, message and localized of a rule file problem");
    }
  }

  /**
   * A problem whose message has only English and French: a reader of another language reads
   * English. (The constructor of earlier versions.)
   *
   * @param code the stable code
   * @param source the file
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON Pointer of the value concerned
   * @param ruleId the rule concerned, if any
   * @param message what is wrong, in English and French
   */
  public RuleFileProblem(String code, String source, int line, int column, String pointer, Optional<String> ruleId,
      Label message) {
    this(code, source, line, column, pointer, ruleId, message, message == null ? null : message::in);
  }

  /**
   * A problem whose message is said for each reader, from the SDK's texts (or yours).
   *
   * @param code the stable code
   * @param source the file
   * @param line the line, from 1
   * @param column the column, from 1
   * @param pointer the JSON Pointer of the value concerned
   * @param ruleId the rule concerned, if any
   * @param message what is wrong, in a reader's language
   * @return the problem, its {@link #message()} the message in English and French
   */
  public static RuleFileProblem of(String code, String source, int line, int column, String pointer,
      Optional<String> ruleId, Function<Locale, String> message) {
    if (message == null) {
      throw new IncompleteValueException("message of a rule file problem");
    }
    return new RuleFileProblem(code, source, line, column, pointer, ruleId,
        new Label(message.apply(Locale.ENGLISH), message.apply(Locale.FRENCH)), message);
  }

  /**
   * @param locale the reader's locale
   * @return the message in that language: English, French and Spanish are shipped; English for a
   *     language that has no text
   */
  public String message(Locale locale) {
    return localized.apply(locale);
  }

  /**
   * @param locale the reader's locale
   * @return {@code file:line:column: rule id: message}, as compilers print their errors, in that
   *     language (texts {@code rules.file.problem} and {@code rules.file.problem.rule})
   */
  public String describe(Locale locale) {
    String text = message(locale);
    return ruleId.map(id -> RuleFileTexts.format("rules.file.problem.rule", locale, Map.of("source", source,
            "line", String.valueOf(line), "column", String.valueOf(column), "rule", id, "message", text)))
        .orElseGet(() -> RuleFileTexts.format("rules.file.problem", locale, Map.of("source", source,
            "line", String.valueOf(line), "column", String.valueOf(column), "message", text)));
  }

  /** Problems are equal when their code, place, rule and English and French messages are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RuleFileProblem that && code.equals(that.code) && source.equals(that.source)
        && line == that.line && column == that.column && pointer.equals(that.pointer) && ruleId.equals(that.ruleId)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, source, line, column, pointer, ruleId, message);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH) + " [" + code + "]";
  }
}

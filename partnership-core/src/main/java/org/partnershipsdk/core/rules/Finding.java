package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;

/**
 * What a rule found on one element: which rule, how serious, about what (the subject and a path
 * to the element concerned), a message with the actual values filled in, and which profile judged
 * the element.
 *
 * @param ruleId the rule's stable id
 * @param severity how serious it is
 * @param subject the element checked
 * @param path the property path, within the subject, of the element concerned, such as
 *     {@code cycle.entries[2]}; empty for the subject as a whole
 * @param arguments the actual values the message names
 * @param messageTemplate the rule's message, in English and French, with {@code {name}} placeholders
 * @param profile the name of the profile whose rules judged the subject: the one forced on the run,
 *     or the one its programme names ({@link RulesEngine#byProgramme(Clock)})
 */
public record Finding(
    String ruleId,
    Severity severity,
    SubjectRef subject,
    String path,
    Map<String, Object> arguments,
    Label messageTemplate,
    String profile) {

  /** Copies the arguments; rejects nulls. */
  public Finding {
    if (ruleId == null || severity == null || subject == null || path == null || arguments == null
        || messageTemplate == null || profile == null) {
      throw new IncompleteValueException(
          "ruleId, severity, subject, path, arguments, messageTemplate and profile of a finding");
    }
    arguments = Map.copyOf(arguments);
  }

  /**
   * @param locale the reader's locale: a text registered under {@code RULE-ID.message} (see
   *     {@link org.partnershipsdk.core.text.Texts}), else the SDK's text in that language (English,
   *     French or Spanish for the built-in rules), else the rule's own English or French
   * @return the message with the values filled in, each shown for the locale: codes by their
   *     label, dates in words, numbers and amounts with the locale's separators
   */
  public String message(Locale locale) {
    return Texts.fill(Texts.text(ruleId + ".message", messageTemplate, locale), locale, arguments);
  }

  /**
   * @return where the finding is, for a line of text: the subject, then the path when there is one,
   *     such as {@code initiative comasagua-montauban sdgs} or {@code partnership spf82-canasta}
   */
  public String location() {
    return path.isEmpty() ? subject.toString() : subject + " " + path;
  }

  @Override
  public String toString() {
    return severity.code() + " " + ruleId + " " + subject + (path.isEmpty() ? "" : " at " + path) + ": "
        + message(Locale.ENGLISH);
  }
}

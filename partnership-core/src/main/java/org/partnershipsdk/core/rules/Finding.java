package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * @param ref the stable reference of the element concerned within the subject: the innermost
 *     element of the path that carries one ({@link org.partnershipsdk.core.model.Referable}), such
 *     as the evaluation of {@code evaluations[1].termsOfReferenceDraftedBy}; empty when none on the
 *     path has one. The engine fills it in; unlike an index of the path, it still names the same
 *     element after the lists were reordered
 */
public record Finding(
    String ruleId,
    Severity severity,
    SubjectRef subject,
    String path,
    Map<String, Object> arguments,
    Label messageTemplate,
    String profile,
    Optional<String> ref) {

  /**
   * The most characters of an argument a finding's message quotes; longer ones are cut and end with
   * "…". More than a {@linkplain org.partnershipsdk.core.validation.Violation#MAX_QUOTED_LENGTH
   * violation} quotes: a finding names its element by its title, and real titles run past 64
   * characters.
   */
  public static final int MAX_QUOTED_LENGTH = 160;

  /** Copies the arguments; rejects nulls. */
  public Finding {
    if (ruleId == null || severity == null || subject == null || path == null || arguments == null
        || messageTemplate == null || profile == null || ref == null) {
      throw new IncompleteValueException(
          "ruleId, severity, subject, path, arguments, messageTemplate, profile and ref of a finding");
    }
    arguments = Map.copyOf(arguments);
  }

  /**
   * A finding about an element without a stable reference.
   *
   * @param ruleId the rule's stable id
   * @param severity how serious it is
   * @param subject the element checked
   * @param path the property path, within the subject, of the element concerned
   * @param arguments the actual values the message names
   * @param messageTemplate the rule's message, in English and French
   * @param profile the name of the profile whose rules judged the subject
   */
  public Finding(String ruleId, Severity severity, SubjectRef subject, String path, Map<String, Object> arguments,
      Label messageTemplate, String profile) {
    this(ruleId, severity, subject, path, arguments, messageTemplate, profile, Optional.empty());
  }

  /**
   * @return the path followed by the reference after a {@code #} when there is one, such as
   *     {@code evaluations[1].consultantChosenBy #final-2018}; empty for the subject as a whole
   *     without a reference
   */
  public String located() {
    return path + ref.map(r -> (path.isEmpty() ? "#" : " #") + r).orElse("");
  }

  /**
   * @param locale the reader's locale: a text registered under {@code RULE-ID.message} (see
   *     {@link org.partnershipsdk.core.text.Texts}), else the SDK's text in that language (English,
   *     French or Spanish for the built-in rules), else the rule's own English or French
   * @return the message with the values filled in, each shown for the locale: codes by their
   *     label, dates in words, numbers and amounts with the locale's separators; each cut to
   *     {@value #MAX_QUOTED_LENGTH} characters, since a value can be a document's text of any length
   */
  public String message(Locale locale) {
    return Texts.fill(Texts.text(ruleId + ".message", messageTemplate, locale), locale,
        org.partnershipsdk.core.text.Texts.quoted(arguments, MAX_QUOTED_LENGTH));
  }

  /**
   * @return where the finding is, for a line of text: the subject, then the path and reference when
   *     there are (see {@link #located()}), such as {@code initiative comasagua-montauban sdgs} or
   *     {@code partnership spf82-canasta}
   */
  public String location() {
    String at = located();
    return at.isEmpty() ? subject.toString() : subject + " " + at;
  }

  @Override
  public String toString() {
    String at = located();
    return severity.code() + " " + ruleId + " " + subject + (at.isEmpty() ? "" : " at " + at) + ": "
        + message(Locale.ENGLISH);
  }
}

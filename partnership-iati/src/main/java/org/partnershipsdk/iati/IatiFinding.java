package org.partnershipsdk.iati;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.iati.internal.IatiTexts;

/**
 * One problem an {@link IatiChecker} found in an IATI file.
 *
 * @param ruleId the IATI Standard ruleset's rule id (such as {@code 6.2.2}), or {@link #SCHEMA} for
 *     the 2.03 schema, or {@link #CODELIST} for a code that is not on its codelist
 * @param severity {@link Severity#ERROR} for what the IATI Validator rejects, {@link Severity#WARNING}
 *     for what it advises against
 * @param category the ruleset's category ({@code financial}, {@code identifiers}, {@code schema},
 *     {@code codelists}...)
 * @param xpath where: the XPath of the element or attribute, with positions, such as
 *     {@code /iati-activities/iati-activity[2]/sector[1]/@code}
 * @param activity the {@code iati-identifier} of the activity it is in, when there is one
 * @param line the line of the element in the file, 0 when unknown
 * @param messageEn the message in English (the ruleset's own, for its rules)
 * @param messageFr the message in French
 */
public record IatiFinding(String ruleId, Severity severity, String category, String xpath, Optional<String> activity,
    int line, String messageEn, String messageFr) {
  /** The rule id of a schema violation. */
  public static final String SCHEMA = "iati.schema";
  /** The rule id of a code that is not on its codelist (or was withdrawn from it). */
  public static final String CODELIST = "iati.codelist";

  /** Rejects nulls. */
  public IatiFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(xpath, "xpath");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageFr, "messageFr");
  }

  /**
   * @param locale the reader's locale: French for {@code fr}, English otherwise
   * @return the message in that language
   */
  public String message(Locale locale) {
    return IatiTexts.inLanguage(locale, messageEn, messageFr);
  }

  /** @return severity, rule, place and message in English, for logs */
  @Override
  public String toString() {
    return severity.code() + " " + ruleId + " " + xpath + (line > 0 ? " (line " + line + ")" : "") + ": " + messageEn;
  }
}

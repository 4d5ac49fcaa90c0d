package org.partnershipsdk.iati;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partnershipsdk.core.rules.Severity;

/**
 * One problem an {@link IatiChecker} found in an IATI file: which rule, how serious, where, and a
 * message in the reader's language (English, French and Spanish are shipped; a language the SDK does
 * not ship reads English). The messages are the SDK's texts: the ruleset's rules under their rule id
 * ({@code 6.2.2}), the schema's under {@code iati.schema}, the codelists' under
 * {@code iati.codelist.unknown} and {@code iati.codelist.withdrawn}; a bundle of yours
 * ({@link org.partnershipsdk.core.text.Texts#addBundle(String)}) changes them or adds a language.
 */
public final class IatiFinding {
  /** The rule id of a schema violation. */
  public static final String SCHEMA = "iati.schema";
  /** The rule id of a code that is not on its codelist (or was withdrawn from it). */
  public static final String CODELIST = "iati.codelist";

  private final String ruleId;
  private final Severity severity;
  private final String category;
  private final String xpath;
  private final Optional<String> activity;
  private final int line;
  private final String messageEn;
  private final String messageFr;
  private final Function<Locale, String> message;

  /**
   * A finding with its message in English and French only (other languages read English). Rejects
   * nulls.
   *
   * @param ruleId the IATI Standard ruleset's rule id (such as {@code 6.2.2}), or {@link #SCHEMA} for
   *     the 2.03 schema, or {@link #CODELIST} for a code that is not on its codelist
   * @param severity {@link Severity#ERROR} for what the IATI Validator rejects,
   *     {@link Severity#WARNING} for what it advises against
   * @param category the ruleset's category ({@code financial}, {@code identifiers}, {@code schema},
   *     {@code codelists}...)
   * @param xpath where: the XPath of the element or attribute, with positions, such as
   *     {@code /iati-activities/iati-activity[2]/sector[1]/@code}
   * @param activity the {@code iati-identifier} of the activity it is in, when there is one
   * @param line the line of the element in the file, 0 when unknown
   * @param messageEn the message in English
   * @param messageFr the message in French
   */
  public IatiFinding(String ruleId, Severity severity, String category, String xpath, Optional<String> activity,
      int line, String messageEn, String messageFr) {
    this(ruleId, severity, category, xpath, activity, line, Objects.requireNonNull(messageEn, "messageEn"),
        Objects.requireNonNull(messageFr, "messageFr"),
        locale -> locale != null && "fr".equals(locale.getLanguage()) ? messageFr : messageEn);
  }

  private IatiFinding(String ruleId, Severity severity, String category, String xpath, Optional<String> activity,
      int line, String messageEn, String messageFr, Function<Locale, String> message) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.category = Objects.requireNonNull(category, "category");
    this.xpath = Objects.requireNonNull(xpath, "xpath");
    this.activity = Objects.requireNonNull(activity, "activity");
    this.line = line;
    this.messageEn = messageEn;
    this.messageFr = messageFr;
    this.message = message;
  }

  /**
   * A finding whose message is written for each reader, from the SDK's texts (or yours). Rejects
   * nulls.
   *
   * @param ruleId the rule id, as {@link #ruleId()}
   * @param severity as {@link #severity()}
   * @param category as {@link #category()}
   * @param xpath as {@link #xpath()}
   * @param activity as {@link #activity()}
   * @param line the line of the element in the file, 0 when unknown
   * @param message the message in a reader's locale
   * @return the finding
   */
  public static IatiFinding of(String ruleId, Severity severity, String category, String xpath,
      Optional<String> activity, int line, Function<Locale, String> message) {
    Objects.requireNonNull(message, "message");
    return new IatiFinding(ruleId, severity, category, xpath, activity, line, message.apply(Locale.ENGLISH),
        message.apply(Locale.FRENCH), message);
  }

  /**
   * @return the IATI Standard ruleset's rule id (such as {@code 6.2.2}), or {@link #SCHEMA} for the
   *     2.03 schema, or {@link #CODELIST} for a code that is not on its codelist
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * @return {@link Severity#ERROR} for what the IATI Validator rejects, {@link Severity#WARNING} for
   *     what it advises against
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @return the ruleset's category ({@code financial}, {@code identifiers}, {@code schema},
   *     {@code codelists}...)
   */
  public String category() {
    return category;
  }

  /**
   * @return where: the XPath of the element or attribute, with positions, such as
   *     {@code /iati-activities/iati-activity[2]/sector[1]/@code}
   */
  public String xpath() {
    return xpath;
  }

  /** @return the {@code iati-identifier} of the activity it is in, when there is one */
  public Optional<String> activity() {
    return activity;
  }

  /** @return the line of the element in the file, 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the message in English (the ruleset's own, for its rules), as it read when found */
  public String messageEn() {
    return messageEn;
  }

  /** @return the message in French, as it read when found */
  public String messageFr() {
    return messageFr;
  }

  /**
   * @param locale the reader's locale: English, French and Spanish are shipped ({@code fr-CA} reads
   *     French, {@code es-SV} Spanish); any other language reads English, unless a bundle of yours
   *     gives it
   * @return the message in that language
   */
  public String message(Locale locale) {
    return message.apply(locale);
  }

  /** Findings are equal when their rule, severity, category, place and English and French messages are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IatiFinding that && ruleId.equals(that.ruleId) && severity == that.severity
        && category.equals(that.category) && xpath.equals(that.xpath) && activity.equals(that.activity)
        && line == that.line && messageEn.equals(that.messageEn) && messageFr.equals(that.messageFr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, category, xpath, activity, line, messageEn, messageFr);
  }

  /** @return severity, rule, place and message in English, for logs */
  @Override
  public String toString() {
    return severity.code() + " " + ruleId + " " + xpath + (line > 0 ? " (line " + line + ")" : "") + ": " + messageEn;
  }
}

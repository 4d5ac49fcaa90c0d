package org.partnershipsdk.iati;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Something an {@link IatiExporter} left out of its document, and why: a whole initiative that
 * cannot make a valid activity, or a part of an initiative that IATI has no place for.
 *
 * <p>The codes are stable; programs switch on them, people read the messages:
 * <ul>
 *   <li>an initiative left out: {@value #NO_START_DATE}, {@value #NO_REPORTING_ORGANISATION};</li>
 *   <li>a part left out: {@value #SDG_TARGET_UNKNOWN}, {@value #VALUES_WITHOUT_PERIOD},
 *       {@value #BASELINE_WITHOUT_YEAR}, {@value #PERIOD_WITHOUT_DATES}, {@value #COMMENT_WITHOUT_VALUE},
 *       {@value #VALUE_NOT_OF_MEASURE}, {@value #BREAKDOWN_NOT_A_NUMBER}, {@value #BREAKDOWN_PART_WITHOUT_NUMBER}.</li>
 * </ul>
 *
 * <p>The messages are in English, French and Spanish (a language the SDK does not ship reads
 * English), from the module's texts under the code: a bundle of yours
 * ({@link org.partnershipsdk.core.text.Texts#addBundle(String)}) changes them or adds a language.
 */
public final class IatiLeftOut {
  /** The initiative's title is blank: IATI requires a title and a description with text (rules 4.3.1, 4.4.1). */
  public static final String NO_TITLE = "iati.export.no-title";
  /** The initiative has no start date: neither a planned start nor the day implementation began. */
  public static final String NO_START_DATE = "iati.export.no-start-date";
  /** Nobody reports the initiative: no reporting organisation set, no partnership, no holder. */
  public static final String NO_REPORTING_ORGANISATION = "iati.export.no-reporting-organisation";
  /** An indicator's SDG target is not one of the 169. */
  public static final String SDG_TARGET_UNKNOWN = "iati.export.sdg-target-unknown";
  /** An indicator's targets and measurements outside any period: IATI reports values by period. */
  public static final String VALUES_WITHOUT_PERIOD = "iati.export.values-without-period";
  /** A baseline without a year, which IATI requires. */
  public static final String BASELINE_WITHOUT_YEAR = "iati.export.baseline-without-year";
  /** An indicator period without a start and an end in order. */
  public static final String PERIOD_WITHOUT_DATES = "iati.export.period-without-dates";
  /** A period's comment when neither its target nor its actual is written. */
  public static final String COMMENT_WITHOUT_VALUE = "iati.export.comment-without-value";
  /** A value that is not of the indicator's measure (a text on a counted indicator, say). */
  public static final String VALUE_NOT_OF_MEASURE = "iati.export.value-not-of-measure";
  /** The breakdown of a value that is not a number. */
  public static final String BREAKDOWN_NOT_A_NUMBER = "iati.export.breakdown-not-a-number";
  /** A part of a breakdown without a number. */
  public static final String BREAKDOWN_PART_WITHOUT_NUMBER = "iati.export.breakdown-part-without-number";

  private final String code;
  private final String path;
  private final String messageEn;
  private final String messageFr;
  private final Function<Locale, String> message;

  /**
   * A reason with its message in English and French only (other languages read English). Checks that
   * nothing is null.
   *
   * @param code the stable code of the reason, such as {@value #BASELINE_WITHOUT_YEAR}
   * @param path where in the initiative, such as
   *     {@code resultsFramework.overallObjective.indicators[0].baseline} or {@code period.start}
   * @param messageEn why, in English
   * @param messageFr why, in French
   */
  public IatiLeftOut(String code, String path, String messageEn, String messageFr) {
    this(code, path, Objects.requireNonNull(messageEn, "messageEn"), Objects.requireNonNull(messageFr, "messageFr"),
        locale -> locale != null && "fr".equals(locale.getLanguage()) ? messageFr : messageEn);
  }

  private IatiLeftOut(String code, String path, String messageEn, String messageFr, Function<Locale, String> message) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.messageEn = messageEn;
    this.messageFr = messageFr;
    this.message = message;
  }

  /**
   * A reason whose message is written for each reader, from the SDK's texts (or yours). Checks that
   * nothing is null.
   *
   * @param code the stable code of the reason, such as {@value #BASELINE_WITHOUT_YEAR}
   * @param path where in the initiative
   * @param message why, in a reader's locale
   * @return the reason
   */
  public static IatiLeftOut of(String code, String path, Function<Locale, String> message) {
    Objects.requireNonNull(message, "message");
    return new IatiLeftOut(code, path, message.apply(Locale.ENGLISH), message.apply(Locale.FRENCH), message);
  }

  /** @return the stable code of the reason, such as {@value #BASELINE_WITHOUT_YEAR} */
  public String code() {
    return code;
  }

  /**
   * @return where in the initiative, such as
   *     {@code resultsFramework.overallObjective.indicators[0].baseline} or {@code period.start}
   */
  public String path() {
    return path;
  }

  /** @return why, in English, as it read when the reason was made */
  public String messageEn() {
    return messageEn;
  }

  /** @return why, in French, as it read when the reason was made */
  public String messageFr() {
    return messageFr;
  }

  /**
   * @param locale the reader's locale: English, French and Spanish are shipped ({@code fr-CA} reads
   *     French, {@code es-SV} Spanish); any other language reads English, unless a bundle of yours
   *     gives it
   * @return why, in that language
   */
  public String message(Locale locale) {
    return message.apply(locale);
  }

  /** Reasons are equal when their code, path and English and French messages are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof IatiLeftOut that && code.equals(that.code) && path.equals(that.path)
        && messageEn.equals(that.messageEn) && messageFr.equals(that.messageFr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, messageEn, messageFr);
  }

  /** @return the path and why, in English, such as {@code period.start: no start date: ...} */
  @Override
  public String toString() {
    return path + ": " + messageEn;
  }
}

package org.partnershipsdk.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of every exception the SDK throws for a caller's mistake. Each carries a stable
 * {@linkplain #code() code} that programs can switch on, and a message in English and French.
 */
public abstract class PartnershipException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Function<Locale, String> message;

  /**
   * @param code stable, dotted, lower-case code
   * @param messageEn the message in English
   * @param messageFr the message in French
   */
  protected PartnershipException(String code, String messageEn, String messageFr) {
    super(messageEn);
    this.code = Objects.requireNonNull(code, "code");
    this.message = twoLanguages(messageEn, Objects.requireNonNull(messageFr, "messageFr"));
  }

  /**
   * @param code stable, dotted, lower-case code
   * @param messageEn the message in English
   * @param messageFr the message in French
   * @param cause the underlying cause
   */
  protected PartnershipException(String code, String messageEn, String messageFr, Throwable cause) {
    super(messageEn, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.message = twoLanguages(messageEn, Objects.requireNonNull(messageFr, "messageFr"));
  }

  /**
   * @param code stable, dotted, lower-case code
   * @param message the message in a reader's locale (from the SDK's texts, in any language they
   *     have); its English text is {@link #getMessage()}
   */
  protected PartnershipException(String code, Function<Locale, String> message) {
    super(message.apply(Locale.ENGLISH));
    this.code = Objects.requireNonNull(code, "code");
    this.message = message;
  }

  /** @return the stable code of this kind of failure, such as {@code value.incomplete} */
  public String code() {
    return code;
  }

  /**
   * @param locale the reader's locale
   * @return the message in that language (English, French and Spanish are shipped; English for a
   *     language that has no text)
   */
  public String getMessage(Locale locale) {
    return message == null ? getMessage() : message.apply(locale);
  }

  private static Function<Locale, String> twoLanguages(String en, String fr) {
    return locale -> locale != null && "fr".equals(locale.getLanguage()) ? fr : en;
  }
}

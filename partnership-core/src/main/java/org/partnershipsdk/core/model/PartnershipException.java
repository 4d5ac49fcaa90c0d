package org.partnershipsdk.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Base of every exception the SDK throws for a caller's mistake. Each carries a stable
 * {@linkplain #code() code} that programs can switch on, and a message in English and French.
 */
public abstract class PartnershipException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String messageFr;

  /**
   * @param code stable, dotted, lower-case code
   * @param messageEn the message in English
   * @param messageFr the message in French
   */
  protected PartnershipException(String code, String messageEn, String messageFr) {
    super(messageEn);
    this.code = Objects.requireNonNull(code, "code");
    this.messageFr = Objects.requireNonNull(messageFr, "messageFr");
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
    this.messageFr = Objects.requireNonNull(messageFr, "messageFr");
  }

  /** @return the stable code of this kind of failure, such as {@code value.incomplete} */
  public String code() {
    return code;
  }

  /**
   * @param locale the reader's locale; French for {@code fr}, English otherwise
   * @return the message in that language
   */
  public String getMessage(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? messageFr : getMessage();
  }
}

package org.partnershipsdk.json;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.json.internal.JsonTexts;

/**
 * Thrown when a document cannot be written: the target failed (code {@code json.write.failed}), a
 * value holds an unknown property whose text is not one JSON value (code
 * {@code json.unknown-property.invalid}; unknown properties are normally filled by reading, never
 * by hand), or an item is given to a {@link JsonItemWriter} already closed (code
 * {@code json.writer.closed}).
 *
 * <p>Its messages are the JSON module's texts, keyed by the code
 * ({@code org/partnershipsdk/json/texts/json.properties}, {@code json_fr}, {@code json_es}):
 * {@link #getMessage(Locale)} gives them in English, French or Spanish, as a bundle of yours words
 * them ({@link org.partnershipsdk.core.text.Texts#addBundle(String) Texts.addBundle}), or in a
 * language you add.
 */
public final class JsonWriteException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The target could not be written. */
  public static final String WRITE_FAILED = "json.write.failed";
  /** An unknown property does not hold one JSON value, or has a name (its own or one inside it) that is not text. */
  public static final String UNKNOWN_PROPERTY_INVALID = "json.unknown-property.invalid";
  /** An item was given to a {@link JsonItemWriter} already closed. */
  public static final String WRITER_CLOSED = "json.writer.closed";

  /**
   * A failure told in the JSON module's texts, in the reader's language when it is asked for.
   *
   * @param code the stable code, such as {@link #WRITE_FAILED}, which is also the key of its
   *     message
   * @param arguments values for the message's {@code {name}} placeholders ({@code reason} for
   *     {@link #WRITE_FAILED}, {@code property} for {@link #UNKNOWN_PROPERTY_INVALID}, none for
   *     {@link #WRITER_CLOSED}), each quoted up to 64 characters
   * @param cause the underlying exception, or null
   */
  public JsonWriteException(String code, Map<String, ?> arguments, Throwable cause) {
    super(code, told(code, Map.copyOf(arguments)));
    initCause(cause);
  }

  /**
   * A failure told in two fixed texts: {@link #getMessage(Locale)} gives the French one for
   * {@code fr} and the English one for any other language, Spanish included. The SDK itself uses
   * {@link #JsonWriteException(String, Map, Throwable)}.
   *
   * @param code the stable code
   * @param messageEn the message in English
   * @param messageFr the message in French
   * @param cause the underlying exception, or null
   */
  public JsonWriteException(String code, String messageEn, String messageFr, Throwable cause) {
    super(code, messageEn, messageFr, cause);
  }

  private static Function<Locale, String> told(String code, Map<String, ?> arguments) {
    return locale -> JsonTexts.format(code, locale, arguments);
  }
}

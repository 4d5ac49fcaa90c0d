package org.partnershipsdk.json;

import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a document cannot be written: the target failed (code {@code json.write.failed}), a
 * value holds an unknown property whose text is not one JSON value (code
 * {@code json.unknown-property.invalid}; unknown properties are normally filled by reading, never
 * by hand), or an item is given to a {@link JsonItemWriter} already closed (code
 * {@code json.writer.closed}).
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
   * @param code the stable code
   * @param messageEn the message in English
   * @param messageFr the message in French
   * @param cause the underlying exception, or null
   */
  public JsonWriteException(String code, String messageEn, String messageFr, Throwable cause) {
    super(code, messageEn, messageFr, cause);
  }
}

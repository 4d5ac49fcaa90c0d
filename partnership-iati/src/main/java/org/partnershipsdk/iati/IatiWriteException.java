package org.partnershipsdk.iati;

import java.util.Map;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.iati.internal.IatiTexts;

/**
 * Thrown when an IATI document cannot be written: the target failed ({@value #FAILED}). The message
 * quotes the failure, in English, French or Spanish ({@link #getMessage(java.util.Locale)}; the
 * module's texts under the code, which a bundle of yours can change, see
 * {@link org.partnershipsdk.core.text.Texts#addBundle(String)}).
 */
public final class IatiWriteException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The target could not be written. */
  public static final String FAILED = "iati.write.failed";

  IatiWriteException(String reason, Throwable cause) {
    super(FAILED, IatiTexts.message(FAILED, Map.of("reason", String.valueOf(reason))));
    initCause(cause);
  }
}

package org.partnershipsdk.iati;

import org.partnershipsdk.core.model.PartnershipException;

/** Thrown when an IATI document cannot be written: the target failed ({@value #FAILED}). */
public final class IatiWriteException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The target could not be written. */
  public static final String FAILED = "iati.write.failed";

  IatiWriteException(String reason, Throwable cause) {
    super(FAILED, "The IATI document could not be written: " + reason,
        "Le document IATI n'a pas pu être écrit : " + reason, cause);
  }
}

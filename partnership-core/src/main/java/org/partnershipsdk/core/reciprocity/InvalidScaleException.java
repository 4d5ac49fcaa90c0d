package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/** Thrown when scores are normalised on a {@link Scale} whose minimum is not below its maximum. */
public final class InvalidScaleException extends PartnershipException {
  private static final long serialVersionUID = 1L;
  private static final String CODE = "reciprocity.scale.order";

  /**
   * @param min the scale's lowest score
   * @param max the scale's highest score
   */
  public InvalidScaleException(int min, int max) {
    super(CODE, locale -> Texts.format(CODE, locale, Map.of("min", min, "max", max)));
  }
}

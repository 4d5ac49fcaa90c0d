package org.partnershipsdk.core.reciprocity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/** Thrown when the tolerance of a {@link ReciprocityTrend} is negative. */
public final class InvalidToleranceException extends PartnershipException {
  private static final long serialVersionUID = 1L;
  private static final String CODE = "reciprocity.trend.tolerance";

  /** @param tolerance the rejected tolerance */
  public InvalidToleranceException(BigDecimal tolerance) {
    super(CODE, locale -> Texts.format(CODE, locale, Map.of("tolerance", tolerance.toPlainString())));
  }
}

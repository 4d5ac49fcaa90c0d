package org.partnershipsdk.core.model;

import java.util.Map;
import org.partnershipsdk.core.internal.Texts;

/** Thrown when amounts in two currencies are added or compared without a stated rate. */
public final class CurrencyMismatchException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /**
   * @param first the first amount's currency
   * @param second the second amount's currency
   */
  public CurrencyMismatchException(CurrencyCode first, CurrencyCode second) {
    super("money.currency-mismatch", locale -> Texts.format("money.currency-mismatch", locale, Map.of("first", first, "second", second)));
  }
}

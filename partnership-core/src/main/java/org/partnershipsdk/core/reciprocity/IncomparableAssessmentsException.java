package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when two reciprocity assessments do not make a trend: they assess different partnerships
 * (code {@code reciprocity.trend.partnership-mismatch}), or the one given as earlier is dated after
 * the other ({@code reciprocity.trend.order}).
 */
public final class IncomparableAssessmentsException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  private IncomparableAssessmentsException(String code, Object earlier, Object later) {
    super(code, locale -> Texts.format(code, locale, Map.of("earlier", earlier, "later", later)));
  }

  static IncomparableAssessmentsException partnershipMismatch(ReciprocityAssessment earlier,
      ReciprocityAssessment later) {
    return new IncomparableAssessmentsException("reciprocity.trend.partnership-mismatch",
        earlier.partnership(), later.partnership());
  }

  static IncomparableAssessmentsException outOfOrder(ReciprocityAssessment earlier, ReciprocityAssessment later) {
    return new IncomparableAssessmentsException("reciprocity.trend.order",
        earlier.date().orElseThrow(), later.date().orElseThrow());
  }
}

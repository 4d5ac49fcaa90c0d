package org.partnershipsdk.core.reciprocity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.core.validation.Violation;

/**
 * Thrown when a reciprocity assessment is asked for figures it cannot give: its scale is out of
 * order, a score is outside the scale, an answer names a criterion the set does not hold, or a
 * criterion, an answer or a response is repeated. The violations say what to fix; a draft that is
 * only incomplete (no date, unscored criteria) is analysed.
 */
public final class UnanalysableAssessmentException extends PartnershipException {
  private static final long serialVersionUID = 1L;
  private static final String CODE = "reciprocity.assessment.unanalysable";

  /** The problems found, as validation reports them; violations are not serialisable, so not serialised. */
  private final transient List<Violation> violations;

  /** @param violations the problems that prevent the analysis */
  public UnanalysableAssessmentException(List<Violation> violations) {
    super(CODE, inEveryLanguage(List.copyOf(violations)));
    this.violations = List.copyOf(violations);
  }

  /** @return the problems that prevent the analysis, each with its code and path */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  private static Function<Locale, String> inEveryLanguage(List<Violation> violations) {
    return locale -> message(violations, locale);
  }

  private static String message(List<Violation> violations, Locale locale) {
    String problems = violations.stream().map(v -> v.path() + " [" + v.code() + "]")
        .collect(Collectors.joining(", "));
    return Texts.format(CODE, locale, Map.of("problems", problems));
  }
}

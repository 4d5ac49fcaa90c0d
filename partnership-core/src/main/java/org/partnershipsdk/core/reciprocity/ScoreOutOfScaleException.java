package org.partnershipsdk.core.reciprocity;

import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.PartnershipException;

/** Thrown when a score to normalise lies outside its declared {@link Scale}. */
public final class ScoreOutOfScaleException extends PartnershipException {
  private static final long serialVersionUID = 1L;
  private static final String CODE = "reciprocity.score.out-of-scale";

  /**
   * @param score the score
   * @param min the scale's lowest score
   * @param max the scale's highest score
   */
  public ScoreOutOfScaleException(int score, int min, int max) {
    super(CODE, locale -> Texts.format(CODE, locale, Map.of("score", score, "min", min, "max", max)));
  }
}

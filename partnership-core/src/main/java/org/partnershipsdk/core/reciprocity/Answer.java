package org.partnershipsdk.core.reciprocity;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.PersonalData;

/**
 * One respondent's answer to one criterion (réponse): a score on the set's scale, or none, and an
 * optional comment.
 *
 * <p>A criterion left unscored is an answer without a score, or no answer at all: the analysis
 * counts it as missing and never as zero. Validation reports a score outside the scale and a
 * criterion that is not in the set (they need the assessment, which holds the set).
 *
 * <p>The comment is free text a respondent writes about the other side: it may name people and is
 * often candid, so it is treated as personal data and never printed by {@code toString()}.
 */
@Value.Immutable
@PartnershipStyle
public abstract class Answer implements WithAnswer, Extensible {
  Answer() {}

  /** @return the code of the criterion answered */
  public abstract String criterion();

  /** @return the score, empty when the respondent did not score the criterion */
  public abstract OptionalInt score();

  /** @return the respondent's comment, if any */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> comment();

  /**
   * @param criterion the criterion's code
   * @param score the score
   * @return an answer with a score and no comment
   */
  public static Answer of(String criterion, int score) {
    return builder().criterion(criterion).score(score).build();
  }

  /**
   * @param criterion the criterion's code
   * @return an answer without a score: the respondent did not score the criterion
   */
  public static Answer unscored(String criterion) {
    return builder().criterion(criterion).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Answer}. */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }
}

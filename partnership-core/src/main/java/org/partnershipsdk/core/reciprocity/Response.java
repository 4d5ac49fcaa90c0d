package org.partnershipsdk.core.reciprocity;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueAnswers;

/**
 * The answers one organisation gave, alone, for its side of a reciprocity assessment (grille
 * remplie par une partie).
 *
 * <p>Validation reports two answers to the same criterion (code {@code reciprocity.answer.duplicate},
 * on {@code answers[i].criterion}, the later one).
 */
@Value.Immutable
@PartnershipStyle
@ReciprocityUniqueAnswers
public abstract class Response implements WithResponse, Extensible {
  Response() {}

  /** @return the organisation that answered */
  public abstract OrganisationId respondent();

  /** @return the side the organisation speaks for */
  public abstract Side side();

  /** @return the day the answers were given, when known */
  public abstract Optional<LocalDate> answeredOn();

  /** @return the answers, at most one per criterion; criteria without an answer are missing */
  public abstract List<@Valid Answer> answers();

  /**
   * @param criterion a criterion's code
   * @return the first answer to that criterion, if any
   */
  public final Optional<Answer> answer(String criterion) {
    return answers().stream().filter(a -> a.criterion().equals(criterion)).findFirst();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Response}. */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}

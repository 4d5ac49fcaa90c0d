package org.partnershipsdk.core.reciprocity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.validation.constraints.ReciprocityKnownCriteria;
import org.partnershipsdk.core.validation.constraints.ReciprocityScoresInScale;
import org.partnershipsdk.core.validation.constraints.ReciprocityUniqueResponses;

/**
 * A reciprocity assessment (baromètre de la réciprocité): a self-diagnosis of one partnership
 * through the lens of reciprocity, in which each side scores the same criteria alone, before both
 * discuss where their perceptions differ. {@link ReciprocityAnalysis#of(ReciprocityAssessment)}
 * turns it into figures.
 *
 * <p>Validation reports, besides the checks of each part: a missing date; a score outside the
 * set's scale (code {@code reciprocity.score.out-of-scale}, on
 * {@code responses[i].answers[j].score}); an answer to a criterion the set does not hold
 * ({@code reciprocity.criterion.unknown}, on {@code responses[i].answers[j].criterion}); and two
 * responses from the same organisation ({@code reciprocity.response.duplicate}, on
 * {@code responses[i].respondent}, the later one).
 *
 * <pre>{@code
 * ReciprocityAssessment assessment = ReciprocityAssessment.builder()
 *     .id(AssessmentId.of("comasagua-2021"))
 *     .partnership(PartnershipId.of("spf82-canasta-campesina"))
 *     .date(LocalDate.of(2021, 6, 15))
 *     .criteriaSet(CriteriaSets.standard())
 *     .addResponse(Response.builder().respondent(OrganisationId.of("spf-82"))
 *         .side(Side.SUPPORTING_ORGANISATION).addAnswer(Answer.of("listening", 3)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@ReciprocityScoresInScale
@ReciprocityKnownCriteria
@ReciprocityUniqueResponses
public abstract class ReciprocityAssessment implements WithReciprocityAssessment, Extensible {
  ReciprocityAssessment() {}

  /** @return the assessment's identifier */
  public abstract AssessmentId id();

  /** @return the partnership assessed */
  public abstract PartnershipId partnership();

  /**
   * @return the day of the assessment, such as the joint meeting that closes it; required when
   *     complete
   */
  public abstract Optional<@NotNull LocalDate> date();

  /** @return the criteria and scale the responses were given on */
  @Valid
  public abstract CriteriaSet criteriaSet();

  /** @return one response per responding organisation, each for one side */
  public abstract List<@Valid Response> responses();

  /** @return the sides that gave at least one response, in the order of {@link Side} */
  public final Set<Side> respondingSides() {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    responses().forEach(r -> sides.add(r.side()));
    return Collections.unmodifiableSet(sides);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReciprocityAssessment}. */
  public static final class Builder extends ImmutableReciprocityAssessment.Builder {
    Builder() {}
  }
}

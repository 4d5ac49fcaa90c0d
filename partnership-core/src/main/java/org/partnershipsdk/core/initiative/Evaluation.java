package org.partnershipsdk.core.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.PersonalData;

/**
 * An evaluation of an {@link Initiative} (évaluation): frequent but not systematic, meant to let
 * the partner progress. Its terms of reference are normally drafted, and its consultant chosen,
 * jointly with the partner: the organisations that did each are recorded so that this can be
 * checked.
 *
 * <pre>{@code
 * Evaluation midTerm = Evaluation.builder()
 *     .kind(EvaluationKind.MID_TERM)
 *     .period(Period.of(LocalDate.of(2017, 1, 9), LocalDate.of(2017, 2, 3)))
 *     .addTermsOfReferenceDraftedBy(partner, supportingNgo)
 *     .addConsultantChosenBy(partner, supportingNgo)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Evaluation implements WithEvaluation, Extensible {
  Evaluation() {}

  /** @return the kind of evaluation; required in a complete evaluation */
  public abstract Optional<@NotNull EvaluationKind> kind();

  /** @return when it took place */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /** @return the organisations that drafted its terms of reference (termes de référence) */
  public abstract Set<OrganisationId> termsOfReferenceDraftedBy();

  /** @return the organisations that chose the consultant */
  public abstract Set<OrganisationId> consultantChosenBy();

  /** @return the consultant's name, personal data; empty for a self-evaluation */
  @PersonalData
  @Value.Redacted
  public abstract Optional<String> consultant();

  /** @return what the evaluation found (constats) */
  public abstract List<String> findings();

  /** @return what it recommends (recommandations) */
  public abstract List<String> recommendations();

  /** @return documents about the evaluation: its terms of reference, the report, the management response... */
  public abstract List<@Valid DocumentLink> documents();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.core.initiative;

import jakarta.validation.Valid;
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
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.validation.constraints.EvaluationKindConsistent;

/**
 * An evaluation of an {@link Initiative} (évaluation): frequent but not systematic, meant to let
 * the partner progress. Its terms of reference are normally drafted, and its consultant chosen,
 * jointly with the partner: the organisations that did each are recorded so that this can be
 * checked. When it takes place ({@linkplain #timing() timing}) and who leads it
 * ({@linkplain #ledBy() ledBy}) are said apart, so that a mid-term external evaluation can be said.
 *
 * <p>Validation reports an evaluation that says neither when it takes place nor who leads it
 * ({@code value.required} at {@code timing}), and a {@linkplain #kind() kind} of an older document
 * that contradicts them ({@code evaluation.kind.contradiction}).
 *
 * <pre>{@code
 * Evaluation midTerm = Evaluation.builder()
 *     .ref("mid-term-2017")
 *     .timing(EvaluationTiming.MID_TERM)
 *     .ledBy(EvaluationLead.EXTERNAL)
 *     .period(Period.of(LocalDate.of(2017, 1, 9), LocalDate.of(2017, 2, 3)))
 *     .addTermsOfReferenceDraftedBy(partner, supportingNgo)
 *     .addConsultantChosenBy(partner, supportingNgo)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@EvaluationKindConsistent
public abstract class Evaluation implements WithEvaluation, Extensible, Referable {
  Evaluation() {}

  /**
   * @return the kind of evaluation as schema version 1.1 stated it, mixing when and who; kept for
   *     the documents that use it, {@link #timing()} and {@link #ledBy()} being the richer form. It
   *     counts as the timing or the lead it names ({@link #effectiveTiming()}, {@link #effectiveLead()})
   */
  public abstract Optional<EvaluationKind> kind();

  /** @return when it takes place in the cycle: mid-term, final, ex post */
  public abstract Optional<EvaluationTiming> timing();

  /** @return who leads it: an external consultant, internal staff, both, or the participants themselves */
  public abstract Optional<EvaluationLead> ledBy();

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

  /** @return when it takes place: {@link #timing()}, else what its {@link #kind()} says */
  public final Optional<EvaluationTiming> effectiveTiming() {
    return timing().isPresent() ? timing() : kind().flatMap(EvaluationKind::timing);
  }

  /** @return who leads it: {@link #ledBy()}, else what its {@link #kind()} says */
  public final Optional<EvaluationLead> effectiveLead() {
    return ledBy().isPresent() ? ledBy() : kind().flatMap(EvaluationKind::lead);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Evaluation}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"kind", "period", "termsOfReferenceDraftedBy", "consultantChosenBy", "consultant", "findings",
    "recommendations"})
@JsonDeserialize(builder = Evaluation.Builder.class)
abstract class EvaluationMixin {
  @JsonProperty("kind") abstract Optional<EvaluationKind> kind();

  @JsonProperty("period") abstract Period period();

  @JsonProperty("termsOfReferenceDraftedBy") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<OrganisationId> termsOfReferenceDraftedBy();

  @JsonProperty("consultantChosenBy") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<OrganisationId> consultantChosenBy();

  @JsonProperty("consultant") abstract Optional<String> consultant();

  @JsonProperty("findings") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> findings();

  @JsonProperty("recommendations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<String> recommendations();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Evaluation.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("kind") abstract BuilderMixin kind(EvaluationKind kind);

    @JsonProperty("period") abstract BuilderMixin period(Period period);

    @JsonProperty("termsOfReferenceDraftedBy")
    abstract BuilderMixin addTermsOfReferenceDraftedBy(OrganisationId... termsOfReferenceDraftedBy);

    @JsonProperty("consultantChosenBy")
    abstract BuilderMixin addConsultantChosenBy(OrganisationId... consultantChosenBy);

    @JsonProperty("consultant") abstract BuilderMixin consultant(String consultant);

    @JsonProperty("findings") abstract BuilderMixin addFindings(String... findings);

    @JsonProperty("recommendations") abstract BuilderMixin addRecommendations(String... recommendations);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

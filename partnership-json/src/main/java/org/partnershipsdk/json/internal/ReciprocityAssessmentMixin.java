package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link ReciprocityAssessment}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "partnership", "date", "criteriaSet", "responses"})
@JsonDeserialize(builder = ReciprocityAssessment.Builder.class)
abstract class ReciprocityAssessmentMixin {
  @JsonProperty("id") abstract AssessmentId id();

  @JsonProperty("partnership") abstract PartnershipId partnership();

  @JsonProperty("date") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> date();

  @JsonProperty("criteriaSet") abstract CriteriaSet criteriaSet();

  @JsonProperty("responses") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Response> responses();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ReciprocityAssessment.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(AssessmentId id);

    @JsonProperty("partnership") abstract BuilderMixin partnership(PartnershipId partnership);

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin date(LocalDate date);

    @JsonProperty("criteriaSet") abstract BuilderMixin criteriaSet(CriteriaSet criteriaSet);

    @JsonProperty("responses") abstract BuilderMixin addResponses(Response... responses);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ResultsFramework}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"overallObjective", "specificObjectives"})
@JsonDeserialize(builder = ResultsFramework.Builder.class)
abstract class ResultsFrameworkMixin {
  @JsonProperty("overallObjective") abstract Optional<OverallObjective> overallObjective();

  @JsonProperty("specificObjectives") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<SpecificObjective> specificObjectives();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ResultsFramework.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("overallObjective") abstract BuilderMixin overallObjective(OverallObjective overallObjective);

    @JsonProperty("specificObjectives")
    abstract BuilderMixin addSpecificObjectives(SpecificObjective... specificObjectives);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

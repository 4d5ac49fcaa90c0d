package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.SpecificObjective;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link SpecificObjective}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"statement", "indicators", "assumptions", "expectedResults"})
@JsonDeserialize(builder = SpecificObjective.Builder.class)
abstract class SpecificObjectiveMixin {
  @JsonProperty("statement") abstract String statement();

  @JsonProperty("indicators") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Indicator> indicators();

  @JsonProperty("assumptions") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> assumptions();

  @JsonProperty("expectedResults") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<ExpectedResult> expectedResults();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link SpecificObjective.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("statement") abstract BuilderMixin statement(String statement);

    @JsonProperty("indicators") abstract BuilderMixin addIndicators(Indicator... indicators);

    @JsonProperty("assumptions") abstract BuilderMixin addAssumptions(String... assumptions);

    @JsonProperty("expectedResults")
    abstract BuilderMixin addExpectedResults(ExpectedResult... expectedResults);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.OverallObjective;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link OverallObjective}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"statement", "indicators", "assumptions"})
@JsonDeserialize(builder = OverallObjective.Builder.class)
abstract class OverallObjectiveMixin {
  @JsonProperty("statement") abstract String statement();

  @JsonProperty("indicators") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Indicator> indicators();

  @JsonProperty("assumptions") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> assumptions();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link OverallObjective.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("statement") abstract BuilderMixin statement(String statement);

    @JsonProperty("indicators") abstract BuilderMixin addIndicators(Indicator... indicators);

    @JsonProperty("assumptions") abstract BuilderMixin addAssumptions(String... assumptions);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ExpectedResult}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"statement", "indicators", "assumptions", "activities"})
@JsonDeserialize(builder = ExpectedResult.Builder.class)
abstract class ExpectedResultMixin {
  @JsonProperty("statement") abstract String statement();

  @JsonProperty("indicators") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Indicator> indicators();

  @JsonProperty("assumptions") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> assumptions();

  @JsonProperty("activities") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Activity> activities();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ExpectedResult.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("statement") abstract BuilderMixin statement(String statement);

    @JsonProperty("indicators") abstract BuilderMixin addIndicators(Indicator... indicators);

    @JsonProperty("assumptions") abstract BuilderMixin addAssumptions(String... assumptions);

    @JsonProperty("activities") abstract BuilderMixin addActivities(Activity... activities);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.Indicator;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Activity}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"statement", "indicators", "assumptions", "means", "cost"})
@JsonDeserialize(builder = Activity.Builder.class)
abstract class ActivityMixin {
  @JsonProperty("statement") abstract String statement();

  @JsonProperty("indicators") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Indicator> indicators();

  @JsonProperty("assumptions") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> assumptions();

  @JsonProperty("means") abstract Optional<String> means();

  @JsonProperty("cost") abstract Optional<Money> cost();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Activity.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("statement") abstract BuilderMixin statement(String statement);

    @JsonProperty("indicators") abstract BuilderMixin addIndicators(Indicator... indicators);

    @JsonProperty("assumptions") abstract BuilderMixin addAssumptions(String... assumptions);

    @JsonProperty("means") abstract BuilderMixin means(String means);

    @JsonProperty("cost") abstract BuilderMixin cost(Money cost);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

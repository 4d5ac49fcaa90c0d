package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Indicator}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"name", "measure", "unit", "baseline", "targets", "measurements", "disaggregation"})
@JsonDeserialize(builder = Indicator.Builder.class)
abstract class IndicatorMixin {
  @JsonProperty("name") abstract String name();

  @JsonProperty("measure") abstract Optional<IndicatorMeasure> measure();

  @JsonProperty("unit") abstract Optional<String> unit();

  @JsonProperty("baseline") abstract Optional<IndicatorValue> baseline();

  @JsonProperty("targets") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<IndicatorValue> targets();

  @JsonProperty("measurements") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<IndicatorValue> measurements();

  @JsonProperty("disaggregation") abstract Optional<String> disaggregation();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Indicator.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("measure") abstract BuilderMixin measure(IndicatorMeasure measure);

    @JsonProperty("unit") abstract BuilderMixin unit(String unit);

    @JsonProperty("baseline") abstract BuilderMixin baseline(IndicatorValue baseline);

    @JsonProperty("targets") abstract BuilderMixin addTargets(IndicatorValue... targets);

    @JsonProperty("measurements") abstract BuilderMixin addMeasurements(IndicatorValue... measurements);

    @JsonProperty("disaggregation") abstract BuilderMixin disaggregation(String disaggregation);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

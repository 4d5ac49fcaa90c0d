package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.Scale;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Scale}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"min", "max"})
@JsonDeserialize(builder = Scale.Builder.class)
abstract class ScaleMixin {
  @JsonProperty("min") abstract int min();

  @JsonProperty("max") abstract int max();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Scale.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("min") abstract BuilderMixin min(int min);

    @JsonProperty("max") abstract BuilderMixin max(int max);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

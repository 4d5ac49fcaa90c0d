package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.reciprocity.Criterion;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Criterion}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"code", "wording", "question"})
@JsonDeserialize(builder = Criterion.Builder.class)
abstract class CriterionMixin {
  @JsonProperty("code") abstract String code();

  @JsonProperty("wording") abstract Label wording();

  @JsonProperty("question") abstract Label question();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Criterion.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("code") abstract BuilderMixin code(String code);

    @JsonProperty("wording") abstract BuilderMixin wording(Label wording);

    @JsonProperty("question") abstract BuilderMixin question(Label question);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

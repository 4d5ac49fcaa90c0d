package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.Scale;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link CriteriaSet}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "version", "scale", "criteria"})
@JsonDeserialize(builder = CriteriaSet.Builder.class)
abstract class CriteriaSetMixin {
  @JsonProperty("id") abstract String id();

  @JsonProperty("version") abstract int version();

  @JsonProperty("scale") abstract Scale scale();

  @JsonProperty("criteria") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Criterion> criteria();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link CriteriaSet.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(String id);

    @JsonProperty("version") abstract BuilderMixin version(int version);

    @JsonProperty("scale") abstract BuilderMixin scale(Scale scale);

    @JsonProperty("criteria") abstract BuilderMixin addCriteria(Criterion... criteria);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

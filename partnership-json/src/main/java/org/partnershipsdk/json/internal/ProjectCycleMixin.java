package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.StageEntry;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ProjectCycle}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"entries"})
@JsonDeserialize(builder = ProjectCycle.Builder.class)
abstract class ProjectCycleMixin {
  @JsonProperty("entries") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<StageEntry> entries();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ProjectCycle.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("entries") abstract BuilderMixin addEntries(StageEntry... entries);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

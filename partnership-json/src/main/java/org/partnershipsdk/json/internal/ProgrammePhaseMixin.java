package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.programme.ProgrammePhase;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ProgrammePhase}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"name", "period"})
@JsonDeserialize(builder = ProgrammePhase.Builder.class)
abstract class ProgrammePhaseMixin {
  @JsonProperty("name") abstract String name();

  @JsonProperty("period") abstract Period period();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ProgrammePhase.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("period") abstract BuilderMixin period(Period period);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

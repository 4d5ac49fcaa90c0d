package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ProgrammeOfficer}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"name", "focus", "area"})
@JsonDeserialize(builder = ProgrammeOfficer.Builder.class)
abstract class ProgrammeOfficerMixin {
  @JsonProperty("name") abstract String name();

  @JsonProperty("focus") abstract Optional<OfficerFocus> focus();

  @JsonProperty("area") abstract Optional<String> area();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ProgrammeOfficer.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("focus") abstract BuilderMixin focus(OfficerFocus focus);

    @JsonProperty("area") abstract BuilderMixin area(String area);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

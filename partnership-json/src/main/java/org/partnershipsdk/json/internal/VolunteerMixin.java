package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.mission.Volunteer;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Volunteer}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"name", "skills", "role"})
@JsonDeserialize(builder = Volunteer.Builder.class)
abstract class VolunteerMixin {
  @JsonProperty("name") abstract String name();

  @JsonProperty("skills") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> skills();

  @JsonProperty("role") abstract Optional<String> role();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Volunteer.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("skills") abstract BuilderMixin addSkills(String... skills);

    @JsonProperty("role") abstract BuilderMixin role(String role);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

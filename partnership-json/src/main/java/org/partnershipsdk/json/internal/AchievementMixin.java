package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.partnershipsdk.core.mission.Achievement;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Achievement}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"description", "deliverable", "handedOver"})
@JsonDeserialize(builder = Achievement.Builder.class)
abstract class AchievementMixin {
  @JsonProperty("description") abstract String description();

  @JsonProperty("deliverable") abstract boolean deliverable();

  @JsonProperty("handedOver") abstract boolean handedOver();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Achievement.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("description") abstract BuilderMixin description(String description);

    @JsonProperty("deliverable") abstract BuilderMixin deliverable(boolean deliverable);

    @JsonProperty("handedOver") abstract BuilderMixin handedOver(boolean handedOver);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link MissionZone}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"country", "territories"})
@JsonDeserialize(builder = MissionZone.Builder.class)
abstract class MissionZoneMixin {
  @JsonProperty("country") abstract Optional<CountryCode> country();

  @JsonProperty("territories") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Territory> territories();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link MissionZone.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("country") abstract BuilderMixin country(CountryCode country);

    @JsonProperty("territories") abstract BuilderMixin addTerritories(Territory... territories);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

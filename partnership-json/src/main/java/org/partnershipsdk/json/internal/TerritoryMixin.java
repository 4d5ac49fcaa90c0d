package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Territory}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"country", "level", "name"})
@JsonDeserialize(builder = Territory.Builder.class)
abstract class TerritoryMixin {
  @JsonProperty("country") abstract CountryCode country();

  @JsonProperty("level") abstract TerritoryLevel level();

  @JsonProperty("name") abstract String name();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Territory.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("country") abstract BuilderMixin country(CountryCode country);

    @JsonProperty("level") abstract BuilderMixin level(TerritoryLevel level);

    @JsonProperty("name") abstract BuilderMixin name(String name);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

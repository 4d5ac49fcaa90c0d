package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Programme}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "name", "acronym", "operator", "since", "phases", "regions", "description"})
@JsonDeserialize(builder = Programme.Builder.class)
abstract class ProgrammeMixin {
  @JsonProperty("id") abstract ProgrammeId id();

  @JsonProperty("name") abstract String name();

  @JsonProperty("acronym") abstract Optional<String> acronym();

  @JsonProperty("operator") abstract Optional<OrganisationId> operator();

  @JsonProperty("since") abstract Optional<Year> since();

  @JsonProperty("phases") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<ProgrammePhase> phases();

  @JsonProperty("regions") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Territory> regions();

  @JsonProperty("description") abstract Optional<String> description();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Programme.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(ProgrammeId id);

    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("acronym") abstract BuilderMixin acronym(String acronym);

    @JsonProperty("operator") abstract BuilderMixin operator(OrganisationId operator);

    @JsonProperty("since") abstract BuilderMixin since(Year since);

    @JsonProperty("phases") abstract BuilderMixin addPhases(ProgrammePhase... phases);

    @JsonProperty("regions") abstract BuilderMixin addRegions(Territory... regions);

    @JsonProperty("description") abstract BuilderMixin description(String description);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

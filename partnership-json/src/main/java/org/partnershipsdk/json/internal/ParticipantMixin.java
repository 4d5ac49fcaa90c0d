package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Set;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.OrganisationId;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Participant}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"organisation", "roles", "carriesLegalResponsibility"})
@JsonDeserialize(builder = Participant.Builder.class)
abstract class ParticipantMixin {
  @JsonProperty("organisation") abstract OrganisationId organisation();

  @JsonProperty("roles") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract Set<ParticipantRole> roles();

  @JsonProperty("carriesLegalResponsibility") abstract boolean carriesLegalResponsibility();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Participant.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("organisation") abstract BuilderMixin organisation(OrganisationId organisation);

    @JsonProperty("roles") abstract BuilderMixin addRoles(ParticipantRole... roles);

    @JsonProperty("carriesLegalResponsibility")
    abstract BuilderMixin carriesLegalResponsibility(boolean carriesLegalResponsibility);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

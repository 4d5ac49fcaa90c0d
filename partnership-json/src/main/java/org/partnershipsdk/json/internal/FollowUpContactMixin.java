package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.model.OrganisationId;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link FollowUpContact}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"date", "kind", "by", "summary"})
@JsonDeserialize(builder = FollowUpContact.Builder.class)
abstract class FollowUpContactMixin {
  @JsonProperty("date") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> date();

  @JsonProperty("kind") abstract Optional<FollowUpContactKind> kind();

  @JsonProperty("by") abstract Optional<OrganisationId> by();

  @JsonProperty("summary") abstract Optional<String> summary();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link FollowUpContact.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin date(LocalDate date);

    @JsonProperty("kind") abstract BuilderMixin kind(FollowUpContactKind kind);

    @JsonProperty("by") abstract BuilderMixin by(OrganisationId by);

    @JsonProperty("summary") abstract BuilderMixin summary(String summary);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

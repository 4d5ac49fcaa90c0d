package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.organisation.ContactPerson;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link ContactPerson}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"name", "role", "email", "phone"})
@JsonDeserialize(builder = ContactPerson.Builder.class)
abstract class ContactPersonMixin {
  @JsonProperty("name") abstract String name();

  @JsonProperty("role") abstract Optional<String> role();

  @JsonProperty("email") abstract Optional<String> email();

  @JsonProperty("phone") abstract Optional<String> phone();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link ContactPerson.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("role") abstract BuilderMixin role(String role);

    @JsonProperty("email") abstract BuilderMixin email(String email);

    @JsonProperty("phone") abstract BuilderMixin phone(String phone);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Organisation}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "name", "acronym", "nature", "otherNature", "country", "territories", "fieldsOfAction",
    "website", "contactPersons", "description"})
@JsonDeserialize(builder = Organisation.Builder.class)
abstract class OrganisationMixin {
  @JsonProperty("id") abstract OrganisationId id();

  @JsonProperty("name") abstract String name();

  @JsonProperty("acronym") abstract Optional<String> acronym();

  @JsonProperty("nature") abstract Optional<OrganisationNature> nature();

  @JsonProperty("otherNature") abstract Optional<String> otherNature();

  @JsonProperty("country") abstract Optional<CountryCode> country();

  @JsonProperty("territories") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Territory> territories();

  @JsonProperty("fieldsOfAction") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<FieldOfAction> fieldsOfAction();

  @JsonProperty("website") abstract Optional<URI> website();

  @JsonProperty("contactPersons") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<ContactPerson> contactPersons();

  @JsonProperty("description") abstract Optional<String> description();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Organisation.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(OrganisationId id);

    @JsonProperty("name") abstract BuilderMixin name(String name);

    @JsonProperty("acronym") abstract BuilderMixin acronym(String acronym);

    @JsonProperty("nature") abstract BuilderMixin nature(OrganisationNature nature);

    @JsonProperty("otherNature") abstract BuilderMixin otherNature(String otherNature);

    @JsonProperty("country") abstract BuilderMixin country(CountryCode country);

    @JsonProperty("territories") abstract BuilderMixin addTerritories(Territory... territories);

    @JsonProperty("fieldsOfAction") abstract BuilderMixin addFieldsOfAction(FieldOfAction... fieldsOfAction);

    @JsonProperty("website") abstract BuilderMixin website(URI website);

    @JsonProperty("contactPersons") abstract BuilderMixin addContactPersons(ContactPerson... contactPersons);

    @JsonProperty("description") abstract BuilderMixin description(String description);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

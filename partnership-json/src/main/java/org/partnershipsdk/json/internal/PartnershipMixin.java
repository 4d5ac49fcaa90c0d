package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.partnership.SupportKind;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link Partnership}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "supportingOrganisation", "partner", "since", "programmeOfficer", "supportKinds",
    "programmes", "agreement"})
@JsonDeserialize(builder = Partnership.Builder.class)
abstract class PartnershipMixin {
  @JsonProperty("id") abstract PartnershipId id();

  @JsonProperty("supportingOrganisation") abstract OrganisationId supportingOrganisation();

  @JsonProperty("partner") abstract OrganisationId partner();

  @JsonProperty("since") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> since();

  @JsonProperty("programmeOfficer") abstract Optional<ProgrammeOfficer> programmeOfficer();

  @JsonProperty("supportKinds") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<SupportKind> supportKinds();

  @JsonProperty("programmes") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<ProgrammeId> programmes();

  @JsonProperty("agreement") abstract Optional<String> agreement();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Partnership.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(PartnershipId id);

    @JsonProperty("supportingOrganisation")
    abstract BuilderMixin supportingOrganisation(OrganisationId supportingOrganisation);

    @JsonProperty("partner") abstract BuilderMixin partner(OrganisationId partner);

    @JsonProperty("since") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin since(LocalDate since);

    @JsonProperty("programmeOfficer") abstract BuilderMixin programmeOfficer(ProgrammeOfficer programmeOfficer);

    @JsonProperty("supportKinds") abstract BuilderMixin addSupportKinds(SupportKind... supportKinds);

    @JsonProperty("programmes") abstract BuilderMixin addProgrammes(ProgrammeId... programmes);

    @JsonProperty("agreement") abstract BuilderMixin agreement(String agreement);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

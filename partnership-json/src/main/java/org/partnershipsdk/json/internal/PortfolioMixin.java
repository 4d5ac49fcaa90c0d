package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Portfolio}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"organisations", "programmes", "partnerships", "initiatives", "missions", "assessments"})
@JsonDeserialize(builder = Portfolio.Builder.class)
abstract class PortfolioMixin {
  @JsonProperty("organisations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Organisation> organisations();

  @JsonProperty("programmes") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Programme> programmes();

  @JsonProperty("partnerships") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Partnership> partnerships();

  @JsonProperty("initiatives") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Initiative> initiatives();

  @JsonProperty("missions") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<VolunteerMission> missions();

  @JsonProperty("assessments") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<ReciprocityAssessment> assessments();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Portfolio.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("organisations") abstract BuilderMixin addOrganisations(Organisation... organisations);

    @JsonProperty("programmes") abstract BuilderMixin addProgrammes(Programme... programmes);

    @JsonProperty("partnerships") abstract BuilderMixin addPartnerships(Partnership... partnerships);

    @JsonProperty("initiatives") abstract BuilderMixin addInitiatives(Initiative... initiatives);

    @JsonProperty("missions") abstract BuilderMixin addMissions(VolunteerMission... missions);

    @JsonProperty("assessments") abstract BuilderMixin addAssessments(ReciprocityAssessment... assessments);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

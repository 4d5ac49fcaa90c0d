package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link VolunteerMission}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "title", "programme", "initiative", "type", "direction", "zone", "holder", "localPartner",
    "volunteersStructure", "volunteers", "period", "durationDays", "objectives", "achievements", "preparation",
    "missionReturn"})
@JsonDeserialize(builder = VolunteerMission.Builder.class)
abstract class VolunteerMissionMixin {
  @JsonProperty("id") abstract MissionId id();

  @JsonProperty("title") abstract String title();

  @JsonProperty("programme") abstract Optional<ProgrammeId> programme();

  @JsonProperty("initiative") abstract Optional<InitiativeId> initiative();

  @JsonProperty("type") abstract Optional<MissionType> type();

  @JsonProperty("direction") abstract Optional<MissionDirection> direction();

  @JsonProperty("zone") abstract MissionZone zone();

  @JsonProperty("holder") abstract Optional<OrganisationId> holder();

  @JsonProperty("localPartner") abstract Optional<OrganisationId> localPartner();

  @JsonProperty("volunteersStructure") abstract Optional<OrganisationId> volunteersStructure();

  @JsonProperty("volunteers") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Volunteer> volunteers();

  @JsonProperty("period") abstract Period period();

  @JsonProperty("durationDays") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract OptionalInt durationDays();

  @JsonProperty("objectives") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<String> objectives();

  @JsonProperty("achievements") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Achievement> achievements();

  @JsonProperty("preparation") abstract MissionPreparation preparation();

  @JsonProperty("missionReturn") abstract Optional<MissionReturn> missionReturn();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link VolunteerMission.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(MissionId id);

    @JsonProperty("title") abstract BuilderMixin title(String title);

    @JsonProperty("programme") abstract BuilderMixin programme(ProgrammeId programme);

    @JsonProperty("initiative") abstract BuilderMixin initiative(InitiativeId initiative);

    @JsonProperty("type") abstract BuilderMixin type(MissionType type);

    @JsonProperty("direction") abstract BuilderMixin direction(MissionDirection direction);

    @JsonProperty("zone") abstract BuilderMixin zone(MissionZone zone);

    @JsonProperty("holder") abstract BuilderMixin holder(OrganisationId holder);

    @JsonProperty("localPartner") abstract BuilderMixin localPartner(OrganisationId localPartner);

    @JsonProperty("volunteersStructure")
    abstract BuilderMixin volunteersStructure(OrganisationId volunteersStructure);

    @JsonProperty("volunteers") abstract BuilderMixin addVolunteers(Volunteer... volunteers);

    @JsonProperty("period") abstract BuilderMixin period(Period period);

    @JsonProperty("durationDays") abstract BuilderMixin durationDays(int durationDays);

    @JsonProperty("objectives") abstract BuilderMixin addObjectives(String... objectives);

    @JsonProperty("achievements") abstract BuilderMixin addAchievements(Achievement... achievements);

    @JsonProperty("preparation") abstract BuilderMixin preparation(MissionPreparation preparation);

    @JsonProperty("missionReturn") abstract BuilderMixin missionReturn(MissionReturn missionReturn);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

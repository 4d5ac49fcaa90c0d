package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.mission.MissionAdaptation;
import org.partnershipsdk.core.mission.MissionReturn;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link MissionReturn}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"returnInterview", "reportDelivered", "impactOnProject", "impactOnPractices", "difficulties",
    "localResourcesFound", "adaptations"})
@JsonDeserialize(builder = MissionReturn.Builder.class)
abstract class MissionReturnMixin {
  @JsonProperty("returnInterview") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> returnInterview();

  @JsonProperty("reportDelivered") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> reportDelivered();

  @JsonProperty("impactOnProject") abstract Optional<String> impactOnProject();

  @JsonProperty("impactOnPractices") abstract Optional<String> impactOnPractices();

  @JsonProperty("difficulties") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<String> difficulties();

  @JsonProperty("localResourcesFound") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<String> localResourcesFound();

  @JsonProperty("adaptations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<MissionAdaptation> adaptations();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link MissionReturn.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("returnInterview") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin returnInterview(LocalDate returnInterview);

    @JsonProperty("reportDelivered") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin reportDelivered(LocalDate reportDelivered);

    @JsonProperty("impactOnProject") abstract BuilderMixin impactOnProject(String impactOnProject);

    @JsonProperty("impactOnPractices") abstract BuilderMixin impactOnPractices(String impactOnPractices);

    @JsonProperty("difficulties") abstract BuilderMixin addDifficulties(String... difficulties);

    @JsonProperty("localResourcesFound")
    abstract BuilderMixin addLocalResourcesFound(String... localResourcesFound);

    @JsonProperty("adaptations") abstract BuilderMixin addAdaptations(MissionAdaptation... adaptations);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

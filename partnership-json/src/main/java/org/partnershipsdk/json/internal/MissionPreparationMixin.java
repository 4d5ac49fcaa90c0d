package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.mission.MissionPreparation;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link MissionPreparation}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"remoteSupportSince", "preMissionInterview", "institutionalContactsPrepared"})
@JsonDeserialize(builder = MissionPreparation.Builder.class)
abstract class MissionPreparationMixin {
  @JsonProperty("remoteSupportSince") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> remoteSupportSince();

  @JsonProperty("preMissionInterview") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> preMissionInterview();

  @JsonProperty("institutionalContactsPrepared") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<String> institutionalContactsPrepared();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link MissionPreparation.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("remoteSupportSince") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin remoteSupportSince(LocalDate remoteSupportSince);

    @JsonProperty("preMissionInterview") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin preMissionInterview(LocalDate preMissionInterview);

    @JsonProperty("institutionalContactsPrepared")
    abstract BuilderMixin addInstitutionalContactsPrepared(String... institutionalContactsPrepared);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

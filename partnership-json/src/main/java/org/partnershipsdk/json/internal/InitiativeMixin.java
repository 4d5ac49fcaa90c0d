package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.results.ResultsFramework;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Initiative}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"id", "title", "summary", "programme", "partnership", "participants", "designMode", "traits",
    "territories", "territoryToTerritory", "fieldsOfAction", "sdgs", "beneficiaries", "budget", "coFinancing",
    "period", "cycle", "resultsFramework", "evaluations", "followUpContacts", "lessonsLearned"})
@JsonDeserialize(builder = Initiative.Builder.class)
abstract class InitiativeMixin {
  @JsonProperty("id") abstract InitiativeId id();

  @JsonProperty("title") abstract String title();

  @JsonProperty("summary") abstract Optional<String> summary();

  @JsonProperty("programme") abstract Optional<ProgrammeId> programme();

  @JsonProperty("partnership") abstract Optional<PartnershipId> partnership();

  @JsonProperty("participants") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Participant> participants();

  @JsonProperty("designMode") abstract DesignMode designMode();

  @JsonProperty("traits") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract Set<InitiativeTrait> traits();

  @JsonProperty("territories") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Territory> territories();

  @JsonProperty("territoryToTerritory") abstract boolean territoryToTerritory();

  @JsonProperty("fieldsOfAction") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract Set<FieldOfAction> fieldsOfAction();

  @JsonProperty("sdgs") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract Set<Sdg> sdgs();

  @JsonProperty("beneficiaries") abstract Beneficiaries beneficiaries();

  @JsonProperty("budget") abstract Optional<Money> budget();

  @JsonProperty("coFinancing") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<CoFinancing> coFinancing();

  @JsonProperty("period") abstract Period period();

  @JsonProperty("cycle") abstract ProjectCycle cycle();

  @JsonProperty("resultsFramework") abstract ResultsFramework resultsFramework();

  @JsonProperty("evaluations") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<Evaluation> evaluations();

  @JsonProperty("followUpContacts") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<FollowUpContact> followUpContacts();

  @JsonProperty("lessonsLearned") @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract List<String> lessonsLearned();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Initiative.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("id") abstract BuilderMixin id(InitiativeId id);

    @JsonProperty("title") abstract BuilderMixin title(String title);

    @JsonProperty("summary") abstract BuilderMixin summary(String summary);

    @JsonProperty("programme") abstract BuilderMixin programme(ProgrammeId programme);

    @JsonProperty("partnership") abstract BuilderMixin partnership(PartnershipId partnership);

    @JsonProperty("participants") abstract BuilderMixin addParticipants(Participant... participants);

    @JsonProperty("designMode") abstract BuilderMixin designMode(DesignMode designMode);

    @JsonProperty("traits") abstract BuilderMixin addTraits(InitiativeTrait... traits);

    @JsonProperty("territories") abstract BuilderMixin addTerritories(Territory... territories);

    @JsonProperty("territoryToTerritory")
    abstract BuilderMixin territoryToTerritory(boolean territoryToTerritory);

    @JsonProperty("fieldsOfAction") abstract BuilderMixin addFieldsOfAction(FieldOfAction... fieldsOfAction);

    @JsonProperty("sdgs") abstract BuilderMixin addSdgs(Sdg... sdgs);

    @JsonProperty("beneficiaries") abstract BuilderMixin beneficiaries(Beneficiaries beneficiaries);

    @JsonProperty("budget") abstract BuilderMixin budget(Money budget);

    @JsonProperty("coFinancing") abstract BuilderMixin addCoFinancing(CoFinancing... coFinancing);

    @JsonProperty("period") abstract BuilderMixin period(Period period);

    @JsonProperty("cycle") abstract BuilderMixin cycle(ProjectCycle cycle);

    @JsonProperty("resultsFramework") abstract BuilderMixin resultsFramework(ResultsFramework resultsFramework);

    @JsonProperty("evaluations") abstract BuilderMixin addEvaluations(Evaluation... evaluations);

    @JsonProperty("followUpContacts")
    abstract BuilderMixin addFollowUpContacts(FollowUpContact... followUpContacts);

    @JsonProperty("lessonsLearned") abstract BuilderMixin addLessonsLearned(String... lessonsLearned);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * The one table of the binding: every model type and how it is written and read. Extending the
 * binding to a new model type is one line here (and its mixin). Not for public use.
 */
public final class Bindings {
  private final List<ObjectBinding> objects = new ArrayList<>();
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  private final SimpleValueInstantiators builders = new SimpleValueInstantiators();

  private Bindings() {
    register();
  }

  /**
   * Registers the whole binding on a mapper being built.
   *
   * @param context the module's setup context
   */
  public static void setUp(JacksonModule.SetupContext context) {
    Bindings bindings = new Bindings();
    for (ObjectBinding object : bindings.objects) {
      context.setMixIn(object.type(), object.mixin());
      context.setMixIn(object.builder(), object.builderMixin());
    }
    context.addSerializers(bindings.serializers);
    context.addDeserializers(bindings.deserializers);
    context.addValueInstantiators(bindings.builders);
    // Closed code lists: every enum implementing Coded, as its stable code.
    context.addSerializers(new CodedSerializers());
    context.addDeserializers(new CodedDeserializers());
  }

  private void register() {
    // Model objects: written through the abstract type's mixin, read through its builder.
    object(Territory.class, TerritoryMixin.class, Territory.Builder.class, TerritoryMixin.BuilderMixin.class,
        Territory::builder);
    object(Period.class, PeriodMixin.class, Period.Builder.class, PeriodMixin.BuilderMixin.class, Period::builder);
    object(Organisation.class, OrganisationMixin.class, Organisation.Builder.class,
        OrganisationMixin.BuilderMixin.class, Organisation::builder);
    object(ContactPerson.class, ContactPersonMixin.class, ContactPerson.Builder.class,
        ContactPersonMixin.BuilderMixin.class, ContactPerson::builder);
    object(Partnership.class, PartnershipMixin.class, Partnership.Builder.class, PartnershipMixin.BuilderMixin.class,
        Partnership::builder);
    object(ProgrammeOfficer.class, ProgrammeOfficerMixin.class, ProgrammeOfficer.Builder.class,
        ProgrammeOfficerMixin.BuilderMixin.class, ProgrammeOfficer::builder);
    object(Programme.class, ProgrammeMixin.class, Programme.Builder.class, ProgrammeMixin.BuilderMixin.class,
        Programme::builder);
    object(ProgrammePhase.class, ProgrammePhaseMixin.class, ProgrammePhase.Builder.class,
        ProgrammePhaseMixin.BuilderMixin.class, ProgrammePhase::builder);
    object(Initiative.class, InitiativeMixin.class, Initiative.Builder.class, InitiativeMixin.BuilderMixin.class,
        Initiative::builder);
    object(Participant.class, ParticipantMixin.class, Participant.Builder.class, ParticipantMixin.BuilderMixin.class,
        Participant::builder);
    object(Beneficiaries.class, BeneficiariesMixin.class, Beneficiaries.Builder.class,
        BeneficiariesMixin.BuilderMixin.class, Beneficiaries::builder);
    object(CoFinancing.class, CoFinancingMixin.class, CoFinancing.Builder.class, CoFinancingMixin.BuilderMixin.class,
        CoFinancing::builder);
    object(Evaluation.class, EvaluationMixin.class, Evaluation.Builder.class, EvaluationMixin.BuilderMixin.class,
        Evaluation::builder);
    object(FollowUpContact.class, FollowUpContactMixin.class, FollowUpContact.Builder.class,
        FollowUpContactMixin.BuilderMixin.class, FollowUpContact::builder);
    object(ProjectCycle.class, ProjectCycleMixin.class, ProjectCycle.Builder.class,
        ProjectCycleMixin.BuilderMixin.class, ProjectCycle::builder);
    object(StageEntry.class, StageEntryMixin.class, StageEntry.Builder.class, StageEntryMixin.BuilderMixin.class,
        StageEntry::builder);
    object(ResultsFramework.class, ResultsFrameworkMixin.class, ResultsFramework.Builder.class,
        ResultsFrameworkMixin.BuilderMixin.class, ResultsFramework::builder);
    object(OverallObjective.class, OverallObjectiveMixin.class, OverallObjective.Builder.class,
        OverallObjectiveMixin.BuilderMixin.class, OverallObjective::builder);
    object(SpecificObjective.class, SpecificObjectiveMixin.class, SpecificObjective.Builder.class,
        SpecificObjectiveMixin.BuilderMixin.class, SpecificObjective::builder);
    object(ExpectedResult.class, ExpectedResultMixin.class, ExpectedResult.Builder.class,
        ExpectedResultMixin.BuilderMixin.class, ExpectedResult::builder);
    object(Activity.class, ActivityMixin.class, Activity.Builder.class, ActivityMixin.BuilderMixin.class,
        Activity::builder);
    object(Indicator.class, IndicatorMixin.class, Indicator.Builder.class, IndicatorMixin.BuilderMixin.class,
        Indicator::builder);
    object(IndicatorValue.class, IndicatorValueMixin.class, IndicatorValue.Builder.class,
        IndicatorValueMixin.BuilderMixin.class, IndicatorValue::builder);
    object(VolunteerMission.class, VolunteerMissionMixin.class, VolunteerMission.Builder.class,
        VolunteerMissionMixin.BuilderMixin.class, VolunteerMission::builder);
    object(MissionZone.class, MissionZoneMixin.class, MissionZone.Builder.class, MissionZoneMixin.BuilderMixin.class,
        MissionZone::builder);
    object(Volunteer.class, VolunteerMixin.class, Volunteer.Builder.class, VolunteerMixin.BuilderMixin.class,
        Volunteer::builder);
    object(MissionPreparation.class, MissionPreparationMixin.class, MissionPreparation.Builder.class,
        MissionPreparationMixin.BuilderMixin.class, MissionPreparation::builder);
    object(MissionReturn.class, MissionReturnMixin.class, MissionReturn.Builder.class,
        MissionReturnMixin.BuilderMixin.class, MissionReturn::builder);
    object(Achievement.class, AchievementMixin.class, Achievement.Builder.class, AchievementMixin.BuilderMixin.class,
        Achievement::builder);
    object(ReciprocityAssessment.class, ReciprocityAssessmentMixin.class, ReciprocityAssessment.Builder.class,
        ReciprocityAssessmentMixin.BuilderMixin.class, ReciprocityAssessment::builder);
    object(CriteriaSet.class, CriteriaSetMixin.class, CriteriaSet.Builder.class, CriteriaSetMixin.BuilderMixin.class,
        CriteriaSet::builder);
    object(Criterion.class, CriterionMixin.class, Criterion.Builder.class, CriterionMixin.BuilderMixin.class,
        Criterion::builder);
    object(Scale.class, ScaleMixin.class, Scale.Builder.class, ScaleMixin.BuilderMixin.class, Scale::builder);
    object(Response.class, ResponseMixin.class, Response.Builder.class, ResponseMixin.BuilderMixin.class,
        Response::builder);
    object(Answer.class, AnswerMixin.class, Answer.Builder.class, AnswerMixin.BuilderMixin.class, Answer::builder);
    object(Portfolio.class, PortfolioMixin.class, Portfolio.Builder.class, PortfolioMixin.BuilderMixin.class,
        Portfolio::builder);

    // Closed values with a fixed shape.
    serializers.addSerializer(Money.class, new MoneySerializer());
    deserializers.addDeserializer(Money.class, new MoneyDeserializer());
    serializers.addSerializer(Label.class, new LabelSerializer());
    deserializers.addDeserializer(Label.class, new LabelDeserializer());

    // A year: a JSON integer.
    serializers.addSerializer(Year.class, new YearSerializer());
    deserializers.addDeserializer(Year.class, new YearDeserializer());

    // Typed identifiers: plain JSON strings.
    text(OrganisationId.class, OrganisationId::value, OrganisationId::of, "json.value.invalid.identifier");
    text(PartnershipId.class, PartnershipId::value, PartnershipId::of, "json.value.invalid.identifier");
    text(ProgrammeId.class, ProgrammeId::value, ProgrammeId::of, "json.value.invalid.identifier");
    text(InitiativeId.class, InitiativeId::value, InitiativeId::of, "json.value.invalid.identifier");
    text(MissionId.class, MissionId::value, MissionId::of, "json.value.invalid.identifier");
    text(AssessmentId.class, AssessmentId::value, AssessmentId::of, "json.value.invalid.identifier");

    // ISO codes: plain JSON strings; validation, not reading, flags unassigned codes.
    text(CountryCode.class, CountryCode::value, CountryCode::of, "json.value.invalid");
    text(CurrencyCode.class, CurrencyCode::value, CurrencyCode::of, "json.value.invalid");

    // Web addresses: plain JSON strings, any URI (RFC 3986); validation checks what kind of address.
    text(URI.class, URI::toString, URI::create, "json.value.invalid.uri");
  }

  /**
   * @param type a model type written as an object
   * @return its properties, in the order they are written (unknown properties come after them)
   * @throws IllegalArgumentException if the type is not bound as an object
   */
  public static List<String> propertyOrder(Class<?> type) {
    for (ObjectBinding object : objects()) {
      if (object.type() == type) {
        return List.of(object.mixin().getAnnotation(JsonPropertyOrder.class).value());
      }
    }
    throw new IllegalArgumentException("Not a model object: " + type.getName());
  }

  /** @return every model type written as an object, with its mixins, in the order registered */
  static List<ObjectBinding> objects() {
    return List.copyOf(new Bindings().objects);
  }

  private <T, B> void object(Class<T> type, Class<?> mixin, Class<B> builder, Class<?> builderMixin,
      Supplier<B> factory) {
    objects.add(new ObjectBinding(type, mixin, builder, builderMixin));
    builders.addValueInstantiator(builder, new BuilderInstantiator(builder, factory));
  }

  private <T> void text(Class<T> type, Function<T, String> toText, Function<String, T> fromText, String invalidKey) {
    serializers.addSerializer(type, new TextValueSerializer<>(type, toText));
    deserializers.addDeserializer(type, new TextValueDeserializer<>(type, fromText, invalidKey));
  }

  /**
   * A model type written as an object.
   *
   * @param type the public abstract model type
   * @param mixin its mixin
   * @param builder its builder
   * @param builderMixin the builder's mixin
   */
  record ObjectBinding(Class<?> type, Class<?> mixin, Class<?> builder, Class<?> builderMixin) {}
}

package org.partnershipsdk.json.internal;

import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Signatory;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.Transaction;
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
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.ParameterSetting;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.module.SimpleValueInstantiators;

/**
 * The one table of the binding: every model type and how it is written and read. A model object is
 * one line, its properties named once, in the order they are written; a typed identifier is one
 * line too. Not for public use.
 */
public final class Bindings {
  private static final Bindings TABLE = new Bindings();

  private final List<ObjectBinding> objects = new ArrayList<>();
  private final SimpleSerializers serializers = new SimpleSerializers();
  private final SimpleDeserializers deserializers = new SimpleDeserializers();
  /** The model's own types in the table, objects and closed values: not the JDK's. */
  private final List<Class<?>> modelTypes = new ArrayList<>();

  private Bindings() {
    register();
  }

  /**
   * Registers the whole binding on a mapper being built.
   *
   * @param context the module's setup context
   */
  public static void setUp(JacksonModule.SetupContext context) {
    bindObjects(context, TABLE.objects);
    context.addSerializers(TABLE.serializers);
    context.addDeserializers(TABLE.deserializers);
    // Closed code lists: every enum implementing Coded, as its stable code.
    context.addSerializers(new CodedSerializers());
    context.addDeserializers(new CodedDeserializers());
  }

  /**
   * Registers model objects on a mapper being built: written through their accessors and read
   * through their builders, as the table says.
   *
   * @param context the module's setup context
   * @param objects the model objects
   */
  static void bindObjects(JacksonModule.SetupContext context, List<ObjectBinding> objects) {
    SimpleValueInstantiators builders = new SimpleValueInstantiators();
    for (ObjectBinding object : objects) {
      context.setMixIn(object.type(), ExtensibleMixin.class);
      context.setMixIn(object.builder(), ExtensibleMixin.BuilderMixin.class);
      builders.addValueInstantiator(object.builder(), new BuilderInstantiator(object.builder(), object.factory()));
    }
    context.addValueInstantiators(builders);
    context.insertAnnotationIntrospector(new ModelIntrospector(objects));
  }

  private void register() {
    // Model objects: their properties in the order written; each is written through the model
    // type's accessor of that name and read through the builder's setter (see ObjectBinding).
    object(Territory.class, Territory::builder, "country", "level", "name");
    object(Period.class, Period::builder, "start", "end");
    object(Organisation.class, Organisation::builder, "id", "name", "acronym", "registeredIdentifier", "nature",
        "otherNature", "country", "territories", "fieldsOfAction", "otherFieldOfAction", "website", "contactPersons",
        "description", "documents");
    object(ContactPerson.class, ContactPerson::builder, "name", "role", "email", "phone");
    object(Partnership.class, Partnership::builder, "id", "supportingOrganisation", "partner", "since", "sinceYear",
        "until", "status", "programmeOfficer", "officers", "supportKinds", "programmes", "agreement");
    object(ProgrammeOfficer.class, ProgrammeOfficer::builder, "name", "focus", "area", "period");
    object(Programme.class, Programme::builder, "id", "name", "acronym", "operator", "since", "phases", "regions",
        "description", "aggregateResults", "profile", "cycle");
    object(ProgrammePhase.class, ProgrammePhase::builder, "name", "period");
    object(Initiative.class, Initiative::builder, "id", "title", "summary", "programme", "partnership",
        "participants", "designMode", "traits", "territories", "territoryToTerritory", "fieldsOfAction", "otherFieldOfAction", "sdgs",
        "beneficiaries", "budget", "budgetLines", "coFinancing", "period", "cycle", "resultsFramework", "evaluations",
        "followUpContacts", "lessonsLearned", "documents");
    object(Participant.class, Participant::builder, "organisation", "roles", "carriesLegalResponsibility");
    object(Beneficiaries.class, Beneficiaries::builder, "direct", "indirect", "description");
    object(CoFinancing.class, CoFinancing::builder, "ref", "funder", "amount", "rateToBudgetCurrency", "status",
        "agreement");
    object(Evaluation.class, Evaluation::builder, "ref", "kind", "timing", "ledBy", "period", "termsOfReferenceDraftedBy", "consultantChosenBy",
        "consultant", "findings", "recommendations", "documents");
    object(FollowUpContact.class, FollowUpContact::builder, "ref", "date", "kind", "by", "summary");
    object(ProjectCycle.class, ProjectCycle::builder, "entries");
    object(StageEntry.class, StageEntry::builder, "ref", "stage", "date", "reason");
    object(ResultsFramework.class, ResultsFramework::builder, "overallObjective", "specificObjectives");
    object(OverallObjective.class, OverallObjective::builder, "ref", "statement", "indicators", "assumptions");
    object(SpecificObjective.class, SpecificObjective::builder, "ref", "statement", "indicators", "assumptions",
        "expectedResults");
    object(ExpectedResult.class, ExpectedResult::builder, "ref", "statement", "indicators", "assumptions", "activities");
    object(Activity.class, Activity::builder, "ref", "statement", "indicators", "assumptions", "means", "cost",
        "schedule", "responsible");
    object(Indicator.class, Indicator::builder, "ref", "name", "measure", "unit", "ascending", "baseline",
        "baselineYear", "targets", "measurements", "periods", "disaggregation", "disaggregations", "sdgTargets");
    object(IndicatorPeriod.class, IndicatorPeriod::builder, "ref", "period", "target", "actual", "comment");
    object(Disaggregation.class, Disaggregation::builder, "name", "groups");
    object(Dimension.class, Dimension::builder, "name", "group");
    object(DisaggregatedValue.class, DisaggregatedValue::builder, "dimensions", "number");
    object(IndicatorValue.class, IndicatorValue::builder, "ref", "number", "flag", "text", "date",
        "sourceOfVerification", "disaggregationKey", "breakdown");
    object(VolunteerMission.class, VolunteerMission::builder, "id", "title", "programme", "initiative", "type",
        "types", "direction", "zone", "holder", "localPartner", "volunteersStructure", "volunteers", "period",
        "durationDays", "objectives", "achievements", "preparation", "missionReturn", "documents", "status");
    object(MissionZone.class, MissionZone::builder, "country", "territories");
    object(Volunteer.class, Volunteer::builder, "ref", "name", "skills", "role");
    object(MissionPreparation.class, MissionPreparation::builder, "remoteSupportSince", "preMissionInterview",
        "institutionalContactsPrepared");
    object(MissionReturn.class, MissionReturn::builder, "returnInterview", "reportDelivered", "impactOnProject",
        "impactOnPractices", "difficulties", "localResourcesFound", "adaptations");
    object(Achievement.class, Achievement::builder, "ref", "description", "deliverable", "handedOver");
    object(ReciprocityAssessment.class, ReciprocityAssessment::builder, "id", "partnership", "date", "criteriaSet",
        "responses");
    object(CriteriaSet.class, CriteriaSet::builder, "id", "version", "scale", "criteria");
    object(Criterion.class, Criterion::builder, "code", "wording", "question");
    object(Scale.class, Scale::builder, "min", "max");
    object(Response.class, Response::builder, "respondent", "side", "answeredOn", "answers");
    object(Answer.class, Answer::builder, "criterion", "score", "comment");
    object(Portfolio.class, Portfolio::builder, "description", "organisations", "programmes", "partnerships", "initiatives",
        "missions", "assessments", "agreements", "transactions");
    // Since schema version 1.1: money, obligations and documents.
    object(DocumentLink.class, DocumentLink::builder, "title", "url", "storeReference", "category", "language", "date");
    object(BudgetLine.class, BudgetLine::builder, "ref", "category", "otherCategory", "label", "amount", "revisedAmount",
        "period");
    object(FundingAgreement.class, FundingAgreement::builder, "id", "title", "description", "funder", "recipient",
        "initiatives", "amount", "period", "status", "signedOn", "signatories", "conditions", "tranches", "reports",
        "documents");
    object(Signatory.class, Signatory::builder, "name", "function", "organisation", "signedOn");
    object(Tranche.class, Tranche::builder, "ref", "number", "plannedOn", "amount", "condition", "afterReport", "status",
        "paidOn", "paidAmount");
    object(ReportingObligation.class, ReportingObligation::builder, "number", "kind", "period", "dueOn",
        "submittedOn", "acceptedOn", "documents");
    object(Transaction.class, Transaction::builder, "id", "kind", "date", "amount", "provider", "receiver",
        "initiative", "agreement", "tranche", "description", "documents");
    // Since schema version 1.2: programmes drive the cycle and the rules.
    object(ProfileSettings.class, ProfileSettings::builder, "name", "parameters", "disabledRules", "enabledRules");
    object(ParameterSetting.class, ParameterSetting::builder, "rule", "parameter", "value");
    object(CycleModel.class, CycleModel::builder, "name", "path", "optionalStages", "moves", "guards");
    object(CycleMove.class, CycleMove::builder, "from", "to", "reasonRequired");
    object(CycleGuard.class, CycleGuard::builder, "stage", "rule");

    // Since schema version 1.2: a programme's aggregate results.
    object(AggregateResult.class, AggregateResult::builder, "ref", "description", "number", "qualifier", "unit",
        "period", "source");

    // Closed values with a fixed shape.
    modelTypes.addAll(List.of(Money.class, Label.class));
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
    text(AgreementId.class, AgreementId::value, AgreementId::of, "json.value.invalid.identifier");
    text(TransactionId.class, TransactionId::value, TransactionId::of, "json.value.invalid.identifier");

    // ISO codes: plain JSON strings; validation, not reading, flags unassigned codes.
    text(CountryCode.class, CountryCode::value, CountryCode::of, "json.value.invalid");
    text(CurrencyCode.class, CurrencyCode::value, CurrencyCode::of, "json.value.invalid");
    text(OrganisationIdentifier.class, OrganisationIdentifier::value, OrganisationIdentifier::of, "json.value.invalid");

    // SDG targets: plain JSON strings, such as "2.3"; validation flags a target the 2030 Agenda does not have.
    text(SdgTarget.class, SdgTarget::value, SdgTarget::of, "json.value.invalid");

    // Web addresses: plain JSON strings, any URI (RFC 3986); validation checks what kind of address.
    text(URI.class, URI::toString, URI::create, "json.value.invalid.uri");
  }

  /**
   * @param type a model type written as an object
   * @return its properties, in the order they are written (unknown properties come after them)
   * @throws IllegalArgumentException if the type is not bound as an object
   */
  public static List<String> propertyOrder(Class<?> type) {
    for (ObjectBinding object : TABLE.objects) {
      if (object.type() == type) {
        return object.names();
      }
    }
    throw new IllegalArgumentException("Not a model object: " + type.getName());
  }

  /**
   * The model type a class is bound as, for a binding on another mapper (partnership-json-jackson2)
   * that hands the model's values to this one: a model object (the class or a subclass of it, such
   * as the generated {@code ImmutableInitiative}), a closed value (money, a label, an identifier, an
   * ISO code) or a closed code list. The JDK's types the table binds too ({@code URI}, {@code Year})
   * are not model types: they are bound here only for the mapper that has the module.
   *
   * @param type a class
   * @return the model type it is bound as, or empty if the binding does not own it
   */
  public static Optional<Class<?>> modelTypeOf(Class<?> type) {
    if (CodedSerializers.isCodedEnum(type)) {
      return Optional.of(type.isEnum() ? type : type.getSuperclass());
    }
    for (Class<?> bound : TABLE.modelTypes) {
      if (bound.isAssignableFrom(type)) {
        return Optional.of(bound);
      }
    }
    return Optional.empty();
  }

  /** @return every model type written as an object, in the order registered */
  static List<ObjectBinding> objects() {
    return List.copyOf(TABLE.objects);
  }

  private void object(Class<?> type, Supplier<?> factory, String... properties) {
    objects.add(ObjectBinding.of(type, factory, properties));
    modelTypes.add(type);
  }

  private <T> void text(Class<T> type, Function<T, String> toText, Function<String, T> fromText, String invalidKey) {
    if (!type.getPackageName().startsWith("java.")) {
      modelTypes.add(type);
    }
    serializers.addSerializer(type, new TextValueSerializer<>(type, toText));
    deserializers.addDeserializer(type, new TextValueDeserializer<>(type, fromText, invalidKey));
  }
}

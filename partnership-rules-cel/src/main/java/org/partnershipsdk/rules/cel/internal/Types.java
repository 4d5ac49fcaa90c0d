package org.partnershipsdk.rules.cel.internal;

import dev.cel.common.types.OpaqueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.TrancheStatus;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionPreparation;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.RelationStart;
import org.partnershipsdk.core.partnership.PartnershipStatus;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Subject;

/**
 * The model as expressions see it: one CEL struct type per model type, with the fields a rule
 * reads. Identifiers are strings, code-list values their codes (such as {@code "implementation"}),
 * whole numbers ints, amounts and rates doubles, days {@link #DATE dates}. Not for public use; the
 * reference in {@code docs/rule-files.md} is generated from these declarations.
 */
public final class Types {
  /** Days, as {@link java.time.LocalDate}: compared with {@code <}, {@code ==}..., built with {@code date("2024-03-31")}. */
  public static final OpaqueType DATE = OpaqueType.create("date");

  /** An amount in a currency. */
  public static final StructDef<Money> MONEY = StructDef.of("Money", Money.class, "An amount in a currency.")
      .decimal("amount", Money::amount, "the amount")
      .string("currency", m -> m.currency().value(), "its ISO 4217 currency code, such as \"EUR\"");

  /** From a day to a day, either end possibly unknown. */
  public static final StructDef<Period> PERIOD = StructDef.of("Period", Period.class,
      "From a first day to a last day, both included; either may be unknown.")
      .optionalDate("start", Period::start, "the first day")
      .optionalDate("end", Period::end, "the last day")
      .optionalInt("days", Period::days, "the number of days, both ends counted, when both are known");

  /** A territory. */
  public static final StructDef<Territory> TERRITORY = StructDef.of("Territory", Territory.class,
      "A territory: a country or a place within one.")
      .string("name", Territory::name, "its name")
      .string("country", t -> t.country().value(), "its country's ISO 3166-1 alpha-2 code, such as \"SV\"")
      .code("level", TerritoryLevel.class, Territory::level, "its level (TerritoryLevel code)")
      .bool("inFrance", Territory::isInFrance, "whether it is in France");

  /** A participant of an initiative. */
  public static final StructDef<Participant> PARTICIPANT = StructDef.of("Participant", Participant.class,
      "An organisation taking part in an initiative, with its roles.")
      .string("organisation", p -> p.organisation().value(), "the organisation's identifier")
      .codes("roles", Participant::roles, "its roles (ParticipantRole codes, such as \"holder\", \"local-partner\")")
      .bool("carriesLegalResponsibility", Participant::carriesLegalResponsibility,
          "whether it carries the legal responsibility");

  /** An entry of a stage history. */
  public static final StructDef<StageEntry> STAGE_ENTRY = StructDef.of("StageEntry", StageEntry.class,
      "A stage of the project cycle and the day it was entered.")
      .code("stage", Stage.class, StageEntry::stage, "the stage (Stage code, such as \"implementation\")")
      .date("date", StageEntry::date, "the day it was entered")
      .optionalString("reason", StageEntry::reason, "why, for a suspension, resumption or cancellation");

  /** A project cycle. */
  public static final StructDef<ProjectCycle> CYCLE = StructDef.of("Cycle", ProjectCycle.class,
      "The stage history of an initiative.")
      .list("entries", STAGE_ENTRY, ProjectCycle::entries, "the stages entered, in order")
      .optionalStruct("current", STAGE_ENTRY, ProjectCycle::current, "the last entry")
      .optionalCode("currentStage", Stage.class, ProjectCycle::currentStage, "the stage of the last entry");

  /** A co-financing share. */
  public static final StructDef<CoFinancing> CO_FINANCING = StructDef.of("CoFinancing", CoFinancing.class,
      "A funder's share of an initiative's budget.")
      .string("funder", c -> c.funder().value(), "the funder's organisation identifier")
      .struct("amount", MONEY, CoFinancing::amount, "the amount")
      .optionalDecimal("rateToBudgetCurrency", CoFinancing::rateToBudgetCurrency,
          "how many units of the budget's currency one unit of this amount's currency is worth, when stated");

  /** An evaluation. */
  public static final StructDef<Evaluation> EVALUATION = StructDef.of("Evaluation", Evaluation.class,
      "An evaluation of an initiative.")
      .optionalCode("kind", EvaluationKind.class, Evaluation::kind, "its kind (EvaluationKind code)")
      .struct("period", PERIOD, Evaluation::period, "when it took place")
      .strings("termsOfReferenceDraftedBy", e -> ids(e.termsOfReferenceDraftedBy()),
          "the organisations that drafted its terms of reference")
      .strings("consultantChosenBy", e -> ids(e.consultantChosenBy()), "the organisations that chose the consultant")
      .optionalString("consultant", Evaluation::consultant, "the consultant");

  /** A follow-up contact. */
  public static final StructDef<FollowUpContact> FOLLOW_UP_CONTACT = StructDef.of("FollowUpContact",
      FollowUpContact.class, "A follow-up contact with an initiative's partner.")
      .optionalDate("date", FollowUpContact::date, "its day")
      .optionalCode("kind", FollowUpContactKind.class, FollowUpContact::kind, "its kind (FollowUpContactKind code)")
      .optionalString("by", c -> c.by().map(OrganisationId::value), "the organisation that made it");

  /** An initiative. */
  public static final StructDef<Initiative> INITIATIVE = StructDef.of("Initiative", Initiative.class,
      "An initiative (initiative terrain): the variable initiative of a rule whose subject is initiative.")
      .string("id", i -> i.id().value(), "its identifier")
      .string("title", Initiative::title, "its title")
      .optionalString("summary", Initiative::summary, "its summary")
      .optionalString("programme", i -> i.programme().map(ProgrammeId::value), "its programme's identifier")
      .optionalString("partnership", i -> i.partnership().map(PartnershipId::value), "its partnership's identifier")
      .list("participants", PARTICIPANT, Initiative::participants, "who takes part, with their roles")
      .code("designMode", DesignMode.class, Initiative::designMode, "how it was designed (DesignMode code)")
      .bool("coConstructed", Initiative::isCoConstructed, "whether its design was co-constructed")
      .codes("traits", Initiative::traits, "its traits (InitiativeTrait codes, such as \"innovative\")")
      .bool("territoryToTerritory", Initiative::territoryToTerritory, "whether it is territory-to-territory")
      .list("territories", TERRITORY, Initiative::territories, "where it takes place")
      .codes("fieldsOfAction", Initiative::fieldsOfAction, "its fields of action (FieldOfAction codes)")
      .ints("sdgs", i -> numbers(i.sdgs()),
          "the numbers, 1 to 17, of the Sustainable Development Goals it names")
      .optionalStruct("budget", MONEY, Initiative::budget, "its budget")
      .list("coFinancing", CO_FINANCING, Initiative::coFinancing, "its co-financing shares")
      .struct("period", PERIOD, Initiative::period, "when it takes place")
      .struct("cycle", CYCLE, Initiative::cycle, "its stage history")
      .list("evaluations", EVALUATION, Initiative::evaluations, "its evaluations")
      .list("followUpContacts", FOLLOW_UP_CONTACT, Initiative::followUpContacts, "its follow-up contacts")
      .optionalStruct("lastFollowUp", FOLLOW_UP_CONTACT, Initiative::lastFollowUp,
          "its latest follow-up contact by date");

  /** A mission's preparation. */
  public static final StructDef<MissionPreparation> PREPARATION = StructDef.of("Preparation",
      MissionPreparation.class, "How a volunteer mission was prepared.")
      .optionalDate("remoteSupportSince", MissionPreparation::remoteSupportSince,
          "the day remote support began")
      .optionalDate("preMissionInterview", MissionPreparation::preMissionInterview, "the day of the pre-mission interview")
      .strings("institutionalContactsPrepared", MissionPreparation::institutionalContactsPrepared,
          "the institutional contacts made before leaving")
      .bool("hasInstitutionalContacts", MissionPreparation::hasInstitutionalContacts,
          "whether any institutional contact was made before leaving");

  /** What came back from a mission. */
  public static final StructDef<MissionReturn> RETURN = StructDef.of("Return", MissionReturn.class,
      "What came back from a volunteer mission.")
      .optionalDate("returnInterview", MissionReturn::returnInterview, "the day of the return interview")
      .optionalDate("reportDelivered", MissionReturn::reportDelivered, "the day the report was handed in")
      .codes("adaptations", MissionReturn::adaptations, "what was adapted (MissionAdaptation codes)");

  /** An achievement of a mission. */
  public static final StructDef<Achievement> ACHIEVEMENT = StructDef.of("Achievement", Achievement.class,
      "Something a volunteer mission achieved.")
      .string("description", Achievement::description, "what it is")
      .bool("deliverable", Achievement::deliverable, "whether it is a deliverable")
      .bool("handedOver", Achievement::handedOver, "whether it was handed over");

  /** A volunteer mission. */
  public static final StructDef<VolunteerMission> MISSION = StructDef.of("Mission", VolunteerMission.class,
      "A short volunteer mission: the variable mission of a rule whose subject is mission.")
      .string("id", m -> m.id().value(), "its identifier")
      .string("title", VolunteerMission::title, "its title (may be blank in a draft)")
      .optionalString("programme", m -> m.programme().map(ProgrammeId::value), "its programme's identifier")
      .optionalString("initiative", m -> m.initiative().map(InitiativeId::value), "the initiative it supports")
      .optionalCode("type", MissionType.class, VolunteerMission::type, "its type (MissionType code)")
      .optionalCode("status", MissionStatus.class, VolunteerMission::status,
          "where it stands (MissionStatus code): planned, held, postponed or cancelled")
      .bool("calledOff", m -> m.status().filter(MissionStatus::isCalledOff).isPresent(),
          "whether it is postponed or cancelled: no preparation for its dates, nothing after them, is expected")
      .optionalString("holder", m -> m.holder().map(OrganisationId::value), "the project holder's identifier")
      .optionalString("localPartner", m -> m.localPartner().map(OrganisationId::value),
          "the partner on site's identifier")
      .optionalString("volunteersStructure", m -> m.volunteersStructure().map(OrganisationId::value),
          "the volunteers' structure's identifier")
      .struct("period", PERIOD, VolunteerMission::period, "its dates")
      .optionalSmallInt("durationDays", VolunteerMission::durationDays, "its declared duration, in days")
      .optionalInt("effectiveDurationDays", VolunteerMission::effectiveDurationDays,
          "its duration: the declared one, or else the one its dates give")
      .optionalDate("lastDay", VolunteerMission::lastDay, "its last day")
      .optionalInt("remotePreparationDays", VolunteerMission::remotePreparationDays,
          "days of remote support before departure")
      .strings("objectives", VolunteerMission::objectives, "its objectives")
      .struct("preparation", PREPARATION, VolunteerMission::preparation, "how it was prepared")
      .optionalStruct("missionReturn", RETURN, VolunteerMission::missionReturn, "what came back from it")
      .list("achievements", ACHIEVEMENT, VolunteerMission::achievements, "what it achieved");

  /** When a partnership began. */
  public static final StructDef<RelationStart> START = StructDef.of("Start", RelationStart.class,
      "When a relation began, as precisely as it is known; a message shows it as \"on January 5, 2015\" or"
          + " \"in 2005\".")
      .optionalDate("day", RelationStart::day, "the day it began, when known")
      .integer("year", s -> (long) s.year().getValue(), "the year it began");

  /** A partnership. */
  public static final StructDef<Partnership> PARTNERSHIP = StructDef.of("Partnership", Partnership.class,
      "A partnership between a supporting organisation and a partner: the variable partnership.")
      .string("id", p -> p.id().value(), "its identifier")
      .string("supportingOrganisation", p -> p.supportingOrganisation().value(),
          "the supporting organisation's identifier")
      .string("partner", p -> p.partner().value(), "the partner's identifier")
      .optionalDate("since", Partnership::since, "the day the relation began")
      .optionalStruct("start", START, Partnership::start,
          "when the relation began: its day, or its year when only the year is known")
      .optionalDate("until", Partnership::until, "the day the relation ended or ends")
      .optionalCode("status", PartnershipStatus.class, Partnership::status,
          "where it stands (PartnershipStatus code): active, suspended or ended")
      .codes("supportKinds", Partnership::supportKinds, "the kinds of support (SupportKind codes)")
      .strings("programmes", p -> p.programmes().stream().map(ProgrammeId::value).toList(),
          "its programmes' identifiers")
      .optionalString("agreement", Partnership::agreement, "its agreement");

  /** An organisation. */
  public static final StructDef<Organisation> ORGANISATION = StructDef.of("Organisation", Organisation.class,
      "An organisation or partner: the variable organisation, and what organisation(id) gives.")
      .string("id", o -> o.id().value(), "its identifier")
      .string("name", Organisation::name, "its name")
      .optionalString("acronym", Organisation::acronym, "its acronym")
      .optionalCode("nature", OrganisationNature.class, Organisation::nature, "its nature (OrganisationNature code)")
      .optionalString("otherNature", Organisation::otherNature, "its nature in its own words, for \"other\"")
      .optionalString("country", o -> o.country().map(CountryCode::value), "its country's ISO 3166-1 alpha-2 code")
      .bool("inFrance", Organisation::isInFrance, "whether it is in France")
      .codes("fieldsOfAction", Organisation::fieldsOfAction, "its fields of action (FieldOfAction codes)");

  /** A programme. */
  public static final StructDef<Programme> PROGRAMME = StructDef.of("Programme", Programme.class,
      "A programme (dispositif), such as CAAC or EXPLOR: the variable programme.")
      .string("id", p -> p.id().value(), "its identifier")
      .string("name", Programme::name, "its name")
      .optionalString("acronym", Programme::acronym, "its acronym")
      .optionalString("operator", p -> p.operator().map(OrganisationId::value), "its operator's identifier")
      .optionalInt("since", p -> p.since().map(y -> OptionalLong.of(y.getValue())).orElse(OptionalLong.empty()),
          "the year it began");

  /** A reciprocity assessment. */
  public static final StructDef<ReciprocityAssessment> ASSESSMENT = StructDef.of("Assessment",
      ReciprocityAssessment.class, "A reciprocity assessment (baromètre de la réciprocité): the variable assessment.")
      .string("id", a -> a.id().value(), "its identifier")
      .string("partnership", a -> a.partnership().value(), "its partnership's identifier")
      .optionalDate("date", ReciprocityAssessment::date, "its day")
      .codes("respondingSides", ReciprocityAssessment::respondingSides, "the sides that answered (Side codes)");

  /** A tranche of a funding agreement. */
  public static final StructDef<Tranche> TRANCHE = StructDef.of("Tranche", Tranche.class,
      "A planned payment of a funding agreement.")
      .optionalInt("number", t -> OptionalLong.of(t.number()), "its number in the agreement")
      .optionalDate("plannedOn", Tranche::plannedOn, "the day it is planned")
      .optionalStruct("amount", MONEY, Tranche::amount, "its amount")
      .optionalString("condition", Tranche::condition, "the condition it waits for, in words")
      .optionalSmallInt("afterReport", Tranche::afterReport, "the number of the report it waits for")
      .code("status", TrancheStatus.class, Tranche::status, "its status (TrancheStatus code)")
      .bool("paid", Tranche::isPaid, "whether it was paid")
      .optionalDate("paidOn", Tranche::paidOn, "the day it was paid");

  /** A reporting obligation of a funding agreement. */
  public static final StructDef<ReportingObligation> REPORT = StructDef.of("Report", ReportingObligation.class,
      "A report a funding agreement requires.")
      .optionalInt("number", r -> OptionalLong.of(r.number()), "its number in the agreement")
      .optionalCode("kind", ReportKind.class, ReportingObligation::kind, "its kind (ReportKind code)")
      .optionalDate("dueOn", ReportingObligation::dueOn, "the day it is due")
      .optionalDate("submittedOn", ReportingObligation::submittedOn, "the day it was submitted")
      .optionalDate("acceptedOn", ReportingObligation::acceptedOn, "the day it was accepted")
      .bool("submitted", ReportingObligation::isSubmitted, "whether it was submitted");

  /** A funding agreement. */
  public static final StructDef<FundingAgreement> AGREEMENT = StructDef.of("Agreement", FundingAgreement.class,
      "A funding agreement (convention de financement): the variable agreement.")
      .string("id", a -> a.id().value(), "its identifier")
      .string("title", FundingAgreement::title, "its title")
      .optionalString("funder", a -> a.funder().map(OrganisationId::value), "the funder's identifier")
      .optionalString("recipient", a -> a.recipient().map(OrganisationId::value), "the recipient's identifier")
      .strings("initiatives", a -> a.initiatives().stream().map(InitiativeId::value).toList(),
          "the identifiers of the initiatives it funds")
      .optionalStruct("amount", MONEY, FundingAgreement::amount, "the amount committed")
      .struct("period", PERIOD, FundingAgreement::period, "the period it covers")
      .code("status", AgreementStatus.class, FundingAgreement::status, "its status (AgreementStatus code)")
      .bool("signed", FundingAgreement::isSigned, "whether it is signed")
      .optionalDate("signedOn", FundingAgreement::signedOn, "the day it was signed")
      .strings("conditions", FundingAgreement::conditions, "the conditions it sets, in words")
      .list("tranches", TRANCHE, FundingAgreement::tranches, "its tranches")
      .list("reports", REPORT, FundingAgreement::reports, "the reports it requires");

  /** A transaction. */
  public static final StructDef<Transaction> TRANSACTION = StructDef.of("Transaction", Transaction.class,
      "A transaction (commitment, disbursement, expenditure...): the variable transaction.")
      .string("id", t -> t.id().value(), "its identifier")
      .optionalCode("kind", TransactionKind.class, Transaction::kind, "its kind (TransactionKind code)")
      .optionalDate("date", Transaction::date, "its day")
      .optionalStruct("amount", MONEY, Transaction::amount, "its amount")
      .optionalString("provider", t -> t.provider().map(OrganisationId::value), "the provider's identifier")
      .optionalString("receiver", t -> t.receiver().map(OrganisationId::value), "the receiver's identifier")
      .optionalString("initiative", t -> t.initiative().map(InitiativeId::value), "the initiative it is for")
      .optionalString("agreement", t -> t.agreement().map(AgreementId::value), "the agreement it is made under")
      .optionalSmallInt("tranche", Transaction::tranche, "the number of the tranche it pays")
      .optionalString("description", Transaction::description, "what it is, in words");

  private static final Map<String, StructDef<?>> BY_SUBJECT = Map.of(
      Subject.ORGANISATION.code(), ORGANISATION, Subject.PROGRAMME.code(), PROGRAMME,
      Subject.PARTNERSHIP.code(), PARTNERSHIP, Subject.INITIATIVE.code(), INITIATIVE,
      Subject.MISSION.code(), MISSION, Subject.ASSESSMENT.code(), ASSESSMENT,
      Subject.AGREEMENT.code(), AGREEMENT, Subject.TRANSACTION.code(), TRANSACTION);

  /** Every struct type, in the order the reference documents them. */
  public static final List<StructDef<?>> ALL = List.of(INITIATIVE, PARTICIPANT, TERRITORY, MONEY, CO_FINANCING,
      PERIOD, CYCLE, STAGE_ENTRY, EVALUATION, FOLLOW_UP_CONTACT, MISSION, PREPARATION, RETURN, ACHIEVEMENT,
      PARTNERSHIP, START, ASSESSMENT, ORGANISATION, PROGRAMME, AGREEMENT, TRANCHE, REPORT, TRANSACTION);

  private Types() {}

  /**
   * @param subject a kind of element
   * @param <S> the elements' type
   * @return its struct type, the type of the variable named after it
   */
  @SuppressWarnings("unchecked")
  public static <S> StructDef<S> of(Subject<S> subject) {
    return (StructDef<S>) BY_SUBJECT.get(subject.code());
  }

  /**
   * @param name a struct type's name
   * @return the struct type
   */
  public static Optional<StructDef<?>> named(String name) {
    return ALL.stream().filter(def -> def.name().equals(name)).findFirst();
  }

  private static final Map<Class<?>, Optional<StructDef<?>>> BY_CLASS = new ConcurrentHashMap<>();

  /**
   * @param value any value
   * @return the value as expressions see it when it is a model value of a struct type (the
   *     generated implementation classes of the model are found by their model type), else empty
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Optional<Object> wrapIfModel(Object value) {
    Optional<StructDef<?>> def = BY_CLASS.computeIfAbsent(value.getClass(),
        type -> ALL.stream().filter(d -> d.type().isAssignableFrom(type)).findFirst());
    return def.map(d -> ((StructDef) d).wrap(value));
  }

  private static List<Long> numbers(java.util.Set<Sdg> sdgs) {
    Long[] numbers = new Long[sdgs.size()];
    int i = 0;
    for (Sdg sdg : sdgs) {
      numbers[i++] = (long) sdg.number();
    }
    return java.util.Arrays.asList(numbers);
  }

  private static List<String> ids(java.util.Set<OrganisationId> ids) {
    return ids.stream().map(OrganisationId::value).toList();
  }

}

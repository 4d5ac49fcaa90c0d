package org.partnershipsdk.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The baseline of the JSON benchmarks: hand-written Java records of the same shape as the SDK's
 * wire format, for plain Jackson 3 databind. Codes are strings, dates {@link LocalDate}s, decimals
 * {@link BigDecimal}s written as strings; an absent value is {@code null} and is not written. They
 * know nothing of the model: no code lists, no builders, no unknown properties, no limits. That is
 * the fastest thing a user could write instead of the SDK's binding (tested to read and write the
 * same JSON).
 */
public final class WireRecords {
  private WireRecords() {}

  /** An initiative document. */
  public record InitiativeDocument(String type, String schemaVersion, Initiative data) {}

  /** A portfolio document. */
  public record PortfolioDocument(String type, String schemaVersion, Portfolio data) {}

  /** A portfolio without missions, assessments, agreements or transactions. */
  public record Portfolio(String description, List<Organisation> organisations, List<Programme> programmes,
      List<Partnership> partnerships, List<Initiative> initiatives) {}

  /** An organisation. */
  public record Organisation(String id, String name, String acronym, String registeredIdentifier, String nature,
      String otherNature, String country, List<Territory> territories, List<String> fieldsOfAction,
      String otherFieldOfAction, String website,
      List<ContactPerson> contactPersons, String description, List<Document> documents) {}

  /** A contact person. */
  public record ContactPerson(String name, String role, String email, String phone) {}

  /** A programme. */
  public record Programme(String id, String name, String acronym, String operator, Integer since,
      List<Phase> phases, List<Territory> regions, String description, List<AggregateResult> aggregateResults,
      ProfileSettings profile, CycleModel cycle) {}

  /** A programme's aggregate result. */
  public record AggregateResult(String ref, String description,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal number, String qualifier, String unit, Period period,
      String source) {}

  /** The profile a programme names and what it changes in it. */
  public record ProfileSettings(String name, List<ParameterSetting> parameters, List<String> disabledRules,
      List<String> enabledRules) {}

  /** A parameter value a programme sets. */
  public record ParameterSetting(String rule, String parameter,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {}

  /** A programme's cycle model. */
  public record CycleModel(String name, List<String> path, List<String> optionalStages, List<CycleMove> moves,
      List<CycleGuard> guards) {}

  /** A move a cycle model allows. */
  public record CycleMove(String from, String to, boolean reasonRequired) {}

  /** A guard on entering a stage. */
  public record CycleGuard(String stage, String rule) {}

  /** A programme's phase. */
  public record Phase(String name, Period period) {}

  /** A partnership. */
  public record Partnership(String id, String supportingOrganisation, String partner, LocalDate since,
      Integer sinceYear, LocalDate until, String status, Officer programmeOfficer, List<Officer> officers,
      List<String> supportKinds, List<String> programmes, String agreement) {}

  /** A programme officer. */
  public record Officer(String name, String focus, String area, Period period) {}

  /** An initiative. */
  public record Initiative(String id, String title, String summary, String programme, String partnership,
      List<Participant> participants, String designMode, List<String> traits, List<Territory> territories,
      boolean territoryToTerritory, List<String> fieldsOfAction, String otherFieldOfAction, List<String> sdgs, Beneficiaries beneficiaries,
      Money budget, List<BudgetLine> budgetLines, List<CoFinancing> coFinancing, Period period, Cycle cycle,
      ResultsFramework resultsFramework, List<Evaluation> evaluations, List<FollowUpContact> followUpContacts,
      List<String> lessonsLearned, List<Document> documents) {}

  /** A participant. */
  public record Participant(String organisation, List<String> roles, boolean carriesLegalResponsibility) {}

  /** A territory. */
  public record Territory(String country, String level, String name) {}

  /** Beneficiaries. */
  public record Beneficiaries(Long direct, Long indirect, String description) {}

  /** An amount of money. */
  public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {}

  /** A co-financing share. */
  public record CoFinancing(String ref, String funder, Money amount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rateToBudgetCurrency, String status, String agreement) {}

  /** A budget line. */
  public record BudgetLine(String ref, String category, String otherCategory, String label, Money amount, Money revisedAmount,
      Period period) {}

  /** A link to a document. */
  public record Document(String title, String url, String storeReference, String category, String language,
      LocalDate date) {}

  /** A period. */
  public record Period(LocalDate start, LocalDate end) {}

  /** A project cycle. */
  public record Cycle(List<StageEntry> entries) {}

  /** A stage entered. */
  public record StageEntry(String ref, String stage, LocalDate date, String reason) {}

  /** A results framework. */
  public record ResultsFramework(Level overallObjective, List<Level> specificObjectives) {}

  /**
   * Any level of a results framework: the overall objective, a specific objective, an expected
   * result or an activity, each with the properties of its level only.
   */
  public record Level(String ref, String statement, List<Indicator> indicators, List<String> assumptions,
      List<Level> expectedResults, List<Level> activities, String means, Money cost, Period schedule,
      String responsible) {}

  /** An indicator. */
  public record Indicator(String ref, String name, String measure, String unit, Boolean ascending, Value baseline,
      Integer baselineYear, List<Value> targets, List<Value> measurements, List<ReportingPeriod> periods,
      String disaggregation, List<Disaggregation> disaggregations, List<String> sdgTargets) {}

  /** A reporting period of an indicator. */
  public record ReportingPeriod(String ref, Period period, Value target, Value actual, String comment) {}

  /** A dimension of breakdown an indicator declares. */
  public record Disaggregation(String name, List<String> groups) {}

  /** A group of one dimension. */
  public record Dimension(String name, String group) {}

  /** A part of a broken-down value. */
  public record Part(List<Dimension> dimensions, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal number) {}

  /** A value of an indicator. */
  public record Value(String ref, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal number, Boolean flag,
      String text, LocalDate date, String sourceOfVerification, String disaggregationKey, List<Part> breakdown) {}

  /** An evaluation. */
  public record Evaluation(String ref, String kind, String timing, String ledBy, Period period, List<String> termsOfReferenceDraftedBy,
      List<String> consultantChosenBy, String consultant, List<String> findings, List<String> recommendations,
      List<Document> documents) {}

  /** A follow-up contact. */
  public record FollowUpContact(String ref, LocalDate date, String kind, String by, String summary) {}
}

package org.partnershipsdk.benchmarks.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.funding.AgreementStatus;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportKind;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionStatus;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.CriterionGap;
import org.partnershipsdk.core.reciprocity.ReciprocityAnalysis;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.ReciprocityTrend;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.reciprocity.TrendDirection;
import org.partnershipsdk.core.reciprocity.UnanalysableAssessmentException;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.ResultsLevel;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * The baseline of the rules benchmarks: the checks of the {@code default} and {@code caac}
 * profiles written as one hand-written pass over a portfolio, the fastest thing a user could write
 * instead of the rules engine. Each check reports what the built-in rule reports (rule id, subject
 * and path: the equivalence is tested), but as a bare {@link Hit}: no message, no arguments, no
 * sorting, no per-rule isolation of failures. It uses the model's own methods where the rule does
 * (the cycle model of the initiative's programme, the reciprocity analysis, a mission's duration),
 * as a user would.
 */
public final class HandWrittenRules {
  private static final BigDecimal DROP_POINTS = BigDecimal.TEN;
  private static final int REPORT_GRACE_DAYS = 15;
  private static final int DAYS_BEFORE_END = 60;
  private static final BigDecimal WRONG_DIRECTION_PERCENT = BigDecimal.TEN;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * What a check found.
   *
   * @param rule the id of the built-in rule that reports the same
   * @param subject the element's identifier
   * @param path the path within it
   */
  public record Hit(String rule, String subject, String path) {}

  /**
   * Which checks run and their parameters: the two built-in profiles measured.
   *
   * @param name the profile's name
   * @param sdgs whether an initiative without SDGs is reported
   * @param relationRecent whether a young partnership is reported
   * @param assessmentOverdue whether a partnership without a recent assessment is reported
   * @param missionDuration whether a mission's duration is checked against 1 to 30 days
   * @param missionPreparation whether the three preparation checks run
   * @param returnGraceDays days after a mission before its return is expected
   * @param gapLevels the widest gap, in levels of the assessment's scale, between its sides without a hit
   */
  public record Profile(String name, boolean sdgs, boolean relationRecent, boolean assessmentOverdue,
      boolean missionDuration, boolean missionPreparation, int returnGraceDays, BigDecimal gapLevels) {}

  /** The {@code default} profile's checks. */
  public static final Profile STANDARD = new Profile("default", false, false, false, true, true, 30, BigDecimal.ONE);
  /** The {@code caac} profile's checks. */
  public static final Profile CAAC = new Profile("caac", true, true, true, false, false, 0, BigDecimal.ONE);

  private HandWrittenRules() {}

  /**
   * @param portfolio the portfolio
   * @param profile which checks run
   * @param today the day of the run
   * @return every hit, initiatives first, in no particular order within them
   */
  public static List<Hit> check(Portfolio portfolio, Profile profile, LocalDate today) {
    List<Hit> hits = new ArrayList<>();
    Map<OrganisationId, Organisation> organisations = new HashMap<>();
    for (Organisation organisation : portfolio.organisations()) {
      organisations.putIfAbsent(organisation.id(), organisation);
    }
    Map<AgreementId, FundingAgreement> agreements = new HashMap<>();
    Map<InitiativeId, List<FundingAgreement>> agreementsByInitiative = new HashMap<>();
    for (FundingAgreement agreement : portfolio.agreements()) {
      agreements.putIfAbsent(agreement.id(), agreement);
      for (InitiativeId funded : agreement.initiatives()) {
        agreementsByInitiative.computeIfAbsent(funded, k -> new ArrayList<>()).add(agreement);
      }
    }
    Map<PartnershipId, Partnership> partnerships = new HashMap<>();
    for (Partnership partnership : portfolio.partnerships()) {
      partnerships.putIfAbsent(partnership.id(), partnership);
    }
    Map<ProgrammeId, CycleModel> cycles = new HashMap<>();
    for (Programme programme : portfolio.programmes()) {
      cycles.putIfAbsent(programme.id(), programme.cycleModel());
    }
    for (Initiative initiative : portfolio.initiatives()) {
      CycleModel cycle = initiative.programme().map(cycles::get).orElse(CycleModels.standard());
      initiative(initiative, cycle, organisations, partnerships, profile, today, hits);
      funding(initiative, agreementsByInitiative.getOrDefault(initiative.id(), List.of()), hits);
    }
    for (VolunteerMission mission : portfolio.missions()) {
      mission(mission, organisations, profile, today, hits);
    }
    Map<PartnershipId, List<ReciprocityAssessment>> assessments = new HashMap<>();
    for (ReciprocityAssessment assessment : portfolio.assessments()) {
      assessments.computeIfAbsent(assessment.partnership(), k -> new ArrayList<>()).add(assessment);
    }
    assessments.values().forEach(list -> list.sort(
        Comparator.comparing((ReciprocityAssessment a) -> a.date().orElse(LocalDate.MAX))));
    for (Partnership partnership : portfolio.partnerships()) {
      partnership(partnership, assessments.getOrDefault(partnership.id(), List.of()), profile, today, hits);
    }
    for (ReciprocityAssessment assessment : portfolio.assessments()) {
      assessment(assessment, assessments.get(assessment.partnership()), partnerships.get(assessment.partnership()),
          profile, hits);
    }
    Map<AgreementId, List<Transaction>> transactions = new HashMap<>();
    for (Transaction transaction : portfolio.transactions()) {
      transaction.agreement().ifPresent(a -> transactions.computeIfAbsent(a, k -> new ArrayList<>()).add(transaction));
    }
    for (FundingAgreement agreement : portfolio.agreements()) {
      agreement(agreement, transactions.getOrDefault(agreement.id(), List.of()), today, hits);
    }
    for (Transaction transaction : portfolio.transactions()) {
      FundingAgreement agreement = transaction.agreement().map(agreements::get).orElse(null);
      if (agreement != null && transaction.is(TransactionKind.EXPENDITURE) && transaction.date().isPresent()
          && !agreement.period().contains(transaction.date().get())) {
        hits.add(new Hit("transaction.expenditure.outside-period", transaction.id().value(), "date"));
      }
    }
    return hits;
  }

  /** Budget lines against the total, and what implementation began on: agreements, co-financing. */
  private static void funding(Initiative initiative, List<FundingAgreement> agreements, List<Hit> hits) {
    String id = initiative.id().value();
    Optional<Money> lines = initiative.budgetLinesTotal();
    if (lines.isPresent() && initiative.budget().isPresent() && lines.get().hasSameCurrencyAs(initiative.budget().get())
        && lines.get().amount().compareTo(initiative.budget().get().amount()) != 0) {
      hits.add(new Hit("initiative.budget.lines-mismatch", id, "budgetLines"));
    }
    Optional<LocalDate> started = initiative.cycle().entered(Stage.IMPLEMENTATION);
    if (started.isEmpty()) {
      return;
    }
    boolean signed = agreements.isEmpty();
    for (FundingAgreement agreement : agreements) {
      signed |= agreement.isSigned() && !agreement.signedOn().get().isAfter(started.get());
    }
    if (!signed) {
      hits.add(new Hit("initiative.implementation.agreement-unsigned", id, "cycle"));
    }
    List<CoFinancing> shares = initiative.coFinancing();
    for (int i = 0; i < shares.size(); i++) {
      if (shares.get(i).status().orElse(null) == CoFinancingStatus.REQUESTED) {
        hits.add(new Hit("initiative.implementation.co-financing-not-granted", id, "coFinancing[" + i + "].status"));
      }
    }
    List<StageEntry> entries = initiative.cycle().entries();
    if (entries.isEmpty() || entries.get(entries.size() - 1).stage() != Stage.CLOSURE) {
      return;
    }
    LocalDate closed = entries.get(entries.size() - 1).date();
    for (FundingAgreement agreement : agreements) {
      for (ReportingObligation report : agreement.status() == AgreementStatus.DRAFT ? List.<ReportingObligation>of()
          : agreement.reports()) {
        if (report.kind().orElse(null) == ReportKind.FINAL && (report.submittedOn().isEmpty()
            || report.submittedOn().get().isAfter(closed))) {
          hits.add(new Hit("initiative.closure.final-report-missing", id, "cycle"));
        }
      }
    }
  }

  /** Reports overdue, tranches paid too early, disbursements above the commitment, an end with obligations open. */
  private static void agreement(FundingAgreement agreement, List<Transaction> transactions, LocalDate today,
      List<Hit> hits) {
    String id = agreement.id().value();
    List<ReportingObligation> reports = agreement.reports();
    for (int i = 0; agreement.status() != AgreementStatus.DRAFT && i < reports.size(); i++) {
      ReportingObligation report = reports.get(i);
      if (report.submittedOn().isEmpty() && report.dueOn().isPresent()
          && report.dueOn().get().plusDays(REPORT_GRACE_DAYS).isBefore(today)) {
        hits.add(new Hit("agreement.report.overdue", id, "reports[" + i + "].submittedOn"));
      }
    }
    List<Tranche> tranches = agreement.tranches();
    for (int i = 0; i < tranches.size(); i++) {
      Tranche tranche = tranches.get(i);
      if (tranche.isPaid() && tranche.paidOn().isPresent() && tranche.afterReport().isPresent()) {
        Optional<ReportingObligation> report = agreement.report(tranche.afterReport().getAsInt());
        if (report.isPresent() && !report.get().isAcceptedBy(tranche.paidOn().get())) {
          hits.add(new Hit("agreement.tranche.paid-before-report", id, "tranches[" + i + "].paidOn"));
        }
      }
    }
    disbursements(agreement, transactions, hits);
    LocalDate end = agreement.period().end().orElse(null);
    if ((agreement.status() == AgreementStatus.SIGNED || agreement.status() == AgreementStatus.AMENDED) && end != null
        && !end.isBefore(today) && !end.isAfter(today.plusDays(DAYS_BEFORE_END))
        && (reports.stream().anyMatch(r -> r.acceptedOn().isEmpty()) || tranches.stream().anyMatch(t -> !t.isPaid()))) {
      hits.add(new Hit("agreement.obligations.open-at-end", id, "period.end"));
    }
  }

  private static void disbursements(FundingAgreement agreement, List<Transaction> transactions, List<Hit> hits) {
    if (transactions.isEmpty()) {
      return;
    }
    CurrencyCode currency = agreement.amount().map(Money::currency).orElse(null);
    BigDecimal committed = BigDecimal.ZERO;
    boolean recorded = false;
    for (Transaction transaction : transactions) {
      if (transaction.is(TransactionKind.COMMITMENT) && transaction.amount().isPresent()) {
        currency = currency == null ? transaction.amount().get().currency() : currency;
        recorded = true;
      }
    }
    if (currency == null) {
      return;
    }
    BigDecimal disbursed = BigDecimal.ZERO;
    for (Transaction transaction : transactions) {
      Money amount = transaction.amount().orElse(null);
      if (amount == null || !amount.currency().equals(currency)) {
        continue;
      }
      if (transaction.is(TransactionKind.COMMITMENT)) {
        committed = committed.add(amount.amount());
      } else if (transaction.is(TransactionKind.DISBURSEMENT) || transaction.is(TransactionKind.REIMBURSEMENT)) {
        disbursed = disbursed.add(amount.amount());
      }
    }
    if (!recorded) {
      committed = agreement.amount().get().amount();
    }
    if (disbursed.compareTo(committed) > 0) {
      hits.add(new Hit("agreement.disbursements.exceed-commitment", agreement.id().value(), "amount"));
    }
  }

  private static void initiative(Initiative initiative, CycleModel model, Map<OrganisationId, Organisation> organisations,
      Map<PartnershipId, Partnership> partnerships, Profile profile, LocalDate today, List<Hit> hits) {
    String id = initiative.id().value();
    boolean coConstructed = initiative.isCoConstructed();
    List<Participant> participants = initiative.participants();
    boolean anyLegal = false;
    boolean anyPartner = false;
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      anyLegal |= participant.carriesLegalResponsibility();
      anyPartner |= isPartner(participant);
      if (!coConstructed && participant.hasRole(ParticipantRole.HOLDER)
          && participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION)) {
        hits.add(new Hit("initiative.holder.supporting-organisation", id, "participants[" + i + "].roles"));
      }
    }
    Set<InitiativeTrait> traits = initiative.traits();
    if (!traits.isEmpty() && !coConstructed) {
      hits.add(new Hit("initiative.design.co-construction-expected", id, "designMode"));
    }
    if (coConstructed && !anyLegal
        && (!initiative.coFinancing().isEmpty() || traits.contains(InitiativeTrait.SPECIAL_CO_FINANCING))) {
      hits.add(new Hit("initiative.legal-responsibility.missing", id, "participants"));
    }
    List<Evaluation> evaluations = initiative.evaluations();
    for (int i = 0; anyPartner && i < evaluations.size(); i++) {
      Evaluation evaluation = evaluations.get(i);
      if (!involvesPartner(participants, evaluation.termsOfReferenceDraftedBy())) {
        hits.add(new Hit("initiative.evaluation.terms-of-reference-without-partner", id,
            "evaluations[" + i + "].termsOfReferenceDraftedBy"));
      }
      boolean consultant = evaluation.consultant().isPresent() || !evaluation.consultantChosenBy().isEmpty()
          || evaluation.effectiveLead().filter(EvaluationLead::involvesConsultant).isPresent();
      if (consultant && !involvesPartner(participants, evaluation.consultantChosenBy())) {
        hits.add(new Hit("initiative.evaluation.consultant-without-partner", id,
            "evaluations[" + i + "].consultantChosenBy"));
      }
    }
    cycle(initiative, model, id, today, hits);
    singleNature(initiative, id, organisations, hits);
    if (initiative.territoryToTerritory()) {
      int french = 0;
      for (Territory territory : initiative.territories()) {
        french += territory.isInFrance() ? 1 : 0;
      }
      if (french == 0 || french == initiative.territories().size()) {
        hits.add(new Hit("initiative.territory-to-territory.incomplete", id, "territories"));
      }
    }
    if (profile.sdgs() && initiative.sdgs().isEmpty()) {
      hits.add(new Hit("initiative.sdg.missing", id, "sdgs"));
    }
    money(initiative, id, hits);
    indicators(initiative, id, hits);
    consistency(initiative, id, partnerships, hits);
  }

  /** The territory-to-territory flag against the places, the supporting organisation and the funders against roles. */
  private static void consistency(Initiative initiative, String id, Map<PartnershipId, Partnership> partnerships,
      List<Hit> hits) {
    if (!initiative.territoryToTerritory() && initiative.linksFrenchAndForeignTerritories()) {
      hits.add(new Hit("initiative.territory-to-territory.undeclared", id, "territoryToTerritory"));
    }
    List<Participant> participants = initiative.participants();
    Partnership partnership = initiative.partnership().map(partnerships::get).orElse(null);
    for (int i = 0; partnership != null && i < participants.size(); i++) {
      if (participants.get(i).hasRole(ParticipantRole.SUPPORTING_ORGANISATION)
          && !participants.get(i).organisation().equals(partnership.supportingOrganisation())) {
        hits.add(new Hit("initiative.supporting-organisation.outside-partnership", id, "participants[" + i + "].roles"));
      }
    }
    List<CoFinancing> shares = initiative.coFinancing();
    for (int i = 0; i < shares.size(); i++) {
      boolean listed = false;
      for (Participant participant : participants) {
        listed |= participant.organisation().equals(shares.get(i).funder())
            && (participant.hasRole(ParticipantRole.FUNDER) || participant.hasRole(ParticipantRole.CO_FUNDER));
      }
      if (!listed) {
        hits.add(new Hit("initiative.co-financing.funder-without-role", id, "coFinancing[" + i + "].funder"));
      }
    }
  }

  private static boolean isPartner(Participant participant) {
    return (participant.hasRole(ParticipantRole.HOLDER) || participant.hasRole(ParticipantRole.LOCAL_PARTNER))
        && !participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION);
  }

  private static boolean involvesPartner(List<Participant> participants, Set<OrganisationId> organisations) {
    for (Participant participant : participants) {
      if (isPartner(participant) && organisations.contains(participant.organisation())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Order and skipped stages in the cycle model of the initiative's programme, and dates in the
   * future, replaying only a history that is not plainly forward along the model's path.
   */
  private static void cycle(Initiative initiative, CycleModel model, String id, LocalDate today, List<Hit> hits) {
    List<StageEntry> entries = initiative.cycle().entries();
    List<Stage> path = model.path();
    int position = -1;
    LocalDate last = LocalDate.MIN;
    boolean plain = true;
    for (int i = 0; i < entries.size(); i++) {
      StageEntry entry = entries.get(i);
      if (entry.date().isAfter(today)) {
        hits.add(new Hit("initiative.cycle.date-in-future", id, "cycle.entries[" + i + "].date"));
      }
      int next = path.indexOf(entry.stage());
      for (int skipped = position + 1; plain && skipped < next; skipped++) {
        plain = model.optionalStages().contains(path.get(skipped));
      }
      if (next <= position || entry.date().isBefore(last)) {
        plain = false;
      }
      position = next;
      last = entry.date();
    }
    for (int i = 0; !plain && i < entries.size(); i++) {
      StageEntry entry = entries.get(i);
      for (TransitionRefusal refusal : model.refusals(entries.subList(0, i), entry)) {
        String code = refusal.code();
        if (code.equals("cycle.stage.skipped")) {
          hits.add(new Hit("initiative.cycle.stage-skipped", id, "cycle.entries[" + i + "].stage"));
        } else if (!code.equals("cycle.reason.missing") || !entry.stage().requiresReason()) {
          hits.add(new Hit("initiative.cycle.out-of-order", id, "cycle.entries[" + i + "]." + refusal.attribute()));
        }
      }
    }
    if (!entries.isEmpty() && entries.get(entries.size() - 1).stage() == Stage.IMPLEMENTATION) {
      LocalDate since = entries.get(entries.size() - 1).date();
      for (FollowUpContact contact : initiative.followUpContacts()) {
        if (contact.date().isPresent() && contact.date().get().isAfter(since)) {
          since = contact.date().get();
        }
      }
      if (since.plusMonths(6).isBefore(today)) {
        hits.add(new Hit("initiative.follow-up.overdue", id, "followUpContacts"));
      }
    }
  }

  private static void singleNature(Initiative initiative, String id, Map<OrganisationId, Organisation> organisations,
      List<Hit> hits) {
    Object first = null;
    int known = 0;
    for (Participant participant : initiative.participants()) {
      Organisation organisation = organisations.get(participant.organisation());
      if (organisation == null || organisation.nature().isEmpty()) {
        continue;
      }
      OrganisationNature nature = organisation.nature().get();
      Object key = nature == OrganisationNature.OTHER
          ? organisation.otherNature().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("")
          : nature;
      if (first == null) {
        first = key;
      } else if (!first.equals(key)) {
        return;
      }
      known++;
    }
    if (known >= 3) {
      hits.add(new Hit("initiative.participants.single-nature", id, "participants"));
    }
  }

  private static void money(Initiative initiative, String id, List<Hit> hits) {
    if (initiative.budget().isEmpty()) {
      return;
    }
    Money budget = initiative.budget().get();
    List<CoFinancing> shares = initiative.coFinancing();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      CoFinancing share = shares.get(i);
      if (share.amount().hasSameCurrencyAs(budget)) {
        total = share.isRefused() ? total : total.add(share.amount().amount());
      } else if (share.rateToBudgetCurrency().isEmpty()) {
        hits.add(new Hit("initiative.co-financing.rate-missing", id, "coFinancing[" + i + "].rateToBudgetCurrency"));
      } else if (!share.isRefused()) {
        total = total.add(share.in(budget.currency()).orElseThrow().amount());
      }
    }
    if (!shares.isEmpty() && budget.amount().signum() >= 0 && total.compareTo(budget.amount()) > 0) {
      hits.add(new Hit("initiative.co-financing.exceeds-budget", id, "coFinancing"));
    }
  }

  /** Baselines, targets, measurements and reporting periods, walking the results framework by index. */
  private static void indicators(Initiative initiative, String id, List<Hit> hits) {
    ResultsFramework framework = initiative.resultsFramework();
    if (framework.overallObjective().isEmpty() && framework.specificObjectives().isEmpty()) {
      for (Stage stage : Stage.values()) {
        if (stage.isOrdered() && stage.compareTo(Stage.DESIGN) > 0 && initiative.cycle().entered(stage).isPresent()) {
          hits.add(new Hit("initiative.results.empty-after-design", id, "resultsFramework"));
          return;
        }
      }
      return;
    }
    List<StageEntry> entries = initiative.cycle().entries();
    boolean implementation = !entries.isEmpty() && entries.get(entries.size() - 1).stage() == Stage.IMPLEMENTATION;
    Period period = initiative.period();
    boolean dated = period.start().isPresent() || period.end().isPresent();
    framework.overallObjective().ifPresent(o -> level(o, "resultsFramework.overallObjective", id,
        implementation, dated ? period : null, hits));
    List<SpecificObjective> objectives = framework.specificObjectives();
    for (int s = 0; s < objectives.size(); s++) {
      SpecificObjective objective = objectives.get(s);
      String objectivePath = "resultsFramework.specificObjectives[" + s + "]";
      level(objective, objectivePath, id, implementation, dated ? period : null, hits);
      List<ExpectedResult> results = objective.expectedResults();
      for (int r = 0; r < results.size(); r++) {
        ExpectedResult result = results.get(r);
        String resultPath = objectivePath + ".expectedResults[" + r + "]";
        level(result, resultPath, id, implementation, dated ? period : null, hits);
        for (int a = 0; a < result.activities().size(); a++) {
          level(result.activities().get(a), resultPath + ".activities[" + a + "]", id, implementation,
              dated ? period : null, hits);
        }
      }
    }
  }

  private static void level(ResultsLevel level, String levelPath, String id, boolean implementation, Period period,
      List<Hit> hits) {
    List<Indicator> indicators = level.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      results(indicator, levelPath + ".indicators[" + i + "]", id, hits);
      if (implementation && indicator.isQuantitative()) {
        if (indicator.baseline().flatMap(IndicatorValue::number).isEmpty()) {
          hits.add(new Hit("initiative.indicator.baseline-missing", id,
              levelPath + ".indicators[" + i + "].baseline"));
        }
        boolean target = false;
        for (IndicatorValue value : indicator.targets()) {
          target |= value.number().isPresent();
        }
        for (IndicatorPeriod reporting : indicator.periods()) {
          target |= reporting.target().flatMap(IndicatorValue::number).isPresent();
        }
        if (!target) {
          hits.add(new Hit("initiative.indicator.target-missing", id, levelPath + ".indicators[" + i + "].targets"));
        }
      }
      List<IndicatorValue> measurements = indicator.measurements();
      for (int j = 0; period != null && j < measurements.size(); j++) {
        Optional<LocalDate> date = measurements.get(j).date();
        if (date.isPresent() && !period.contains(date.get())) {
          hits.add(new Hit("initiative.indicator.measurement-outside-period", id,
              levelPath + ".indicators[" + i + "].measurements[" + j + "].date"));
        }
      }
    }
  }

  /** The results rules of one indicator: its periods, its breakdowns, its direction. */
  private static void results(Indicator indicator, String path, String id, List<Hit> hits) {
    List<IndicatorPeriod> periods = indicator.periods();
    for (int p = 0; p < periods.size(); p++) {
      IndicatorPeriod reporting = periods.get(p);
      if (reporting.target().flatMap(IndicatorValue::kind).isEmpty()) {
        hits.add(new Hit("initiative.indicator.period-target-missing", id, path + ".periods[" + p + "].target"));
      }
      Optional<LocalDate> date = reporting.actual().flatMap(IndicatorValue::date);
      if (date.isPresent() && !reporting.period().contains(date.get())) {
        hits.add(new Hit("initiative.indicator.actual-outside-period", id, path + ".periods[" + p + "].actual.date"));
      }
    }
    if (indicator.measure().orElse(null) == IndicatorMeasure.NUMBER) {
      indicator.baseline().ifPresent(b -> breakdown(b, path + ".baseline", id, hits));
      for (int t = 0; t < indicator.targets().size(); t++) {
        breakdown(indicator.targets().get(t), path + ".targets[" + t + "]", id, hits);
      }
      for (int m = 0; m < indicator.measurements().size(); m++) {
        breakdown(indicator.measurements().get(m), path + ".measurements[" + m + "]", id, hits);
      }
      for (int p = 0; p < periods.size(); p++) {
        String at = path + ".periods[" + p + "]";
        periods.get(p).target().ifPresent(t -> breakdown(t, at + ".target", id, hits));
        periods.get(p).actual().ifPresent(a -> breakdown(a, at + ".actual", id, hits));
      }
    }
    BigDecimal baseline = indicator.baseline().flatMap(IndicatorValue::number).orElse(null);
    if (!indicator.isQuantitative() || baseline == null) {
      return;
    }
    String latestPath = null;
    BigDecimal latest = null;
    for (int p = periods.size() - 1; latest == null && p >= 0; p--) {
      Optional<BigDecimal> actual = periods.get(p).actual().flatMap(IndicatorValue::number);
      if (actual.isPresent()) {
        latest = actual.get();
        latestPath = path + ".periods[" + p + "].actual";
      }
    }
    List<IndicatorValue> measurements = indicator.measurements();
    for (int m = measurements.size() - 1; latest == null && m >= 0; m--) {
      if (measurements.get(m).number().isPresent()) {
        latest = measurements.get(m).number().get();
        latestPath = path + ".measurements[" + m + "]";
      }
    }
    if (latest == null) {
      return;
    }
    BigDecimal wrongWay = indicator.isAscending() ? baseline.subtract(latest) : latest.subtract(baseline);
    BigDecimal allowed = baseline.abs().multiply(WRONG_DIRECTION_PERCENT).divide(HUNDRED, 10, RoundingMode.HALF_UP);
    if (wrongWay.signum() > 0 && wrongWay.compareTo(allowed) > 0) {
      hits.add(new Hit("initiative.indicator.wrong-direction", id, latestPath + ".number"));
    }
  }

  /** The parts of a number, summed for each set of dimensions, against the whole. */
  private static void breakdown(IndicatorValue value, String path, String id, List<Hit> hits) {
    if (value.number().isEmpty() || value.breakdown().isEmpty()) {
      return;
    }
    Map<Set<String>, BigDecimal> sums = new TreeMap<>(Comparator.comparing(Set::toString));
    for (DisaggregatedValue part : value.breakdown()) {
      if (part.number().isEmpty() || part.dimensions().isEmpty()) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      for (Dimension dimension : part.dimensions()) {
        names.add(dimension.name());
      }
      sums.merge(names, part.number().get(), BigDecimal::add);
    }
    for (BigDecimal sum : sums.values()) {
      if (sum.compareTo(value.number().get()) > 0) {
        hits.add(new Hit("initiative.indicator.breakdown-exceeds-total", id, path + ".breakdown"));
      }
    }
  }

  private static void mission(VolunteerMission mission, Map<OrganisationId, Organisation> organisations,
      Profile profile, LocalDate today, List<Hit> hits) {
    String id = mission.id().value();
    Optional<CountryCode> from = mission.volunteersStructure().map(organisations::get).flatMap(Organisation::country);
    Optional<CountryCode> to = mission.zone().country();
    if (mission.direction().isPresent() && from.isPresent() && to.isPresent()
        && !MissionDirection.between(from.get(), to.get()).equals(mission.direction())) {
      hits.add(new Hit("mission.direction.contradicts-places", id, "direction"));
    }
    if (mission.holder().isEmpty()) {
      hits.add(new Hit("mission.parties.holder-missing", id, "holder"));
    }
    if (mission.localPartner().isEmpty()) {
      hits.add(new Hit("mission.parties.local-partner-missing", id, "localPartner"));
    }
    if (mission.volunteersStructure().isEmpty()) {
      hits.add(new Hit("mission.parties.volunteers-structure-missing", id, "volunteersStructure"));
    }
    if (profile.missionDuration() && mission.effectiveDurationDays().isPresent()) {
      long days = mission.effectiveDurationDays().getAsLong();
      if (days < 1 || days > 30) {
        hits.add(new Hit("mission.duration.out-of-bounds", id,
            mission.durationDays().isPresent() ? "durationDays" : "period"));
      }
    }
    boolean calledOff = mission.status().filter(MissionStatus::isCalledOff).isPresent();
    if (profile.missionPreparation() && !calledOff) {
      if (mission.period().start().isPresent() && Math.max(0L, mission.remotePreparationDays().orElse(0L)) < 56) {
        hits.add(new Hit("mission.preparation.remote-too-short", id, "preparation.remoteSupportSince"));
      }
      if (!mission.preparation().hasInstitutionalContacts()) {
        hits.add(new Hit("mission.preparation.institutional-contact-missing", id,
            "preparation.institutionalContactsPrepared"));
      }
      if (mission.preparation().preMissionInterview().isEmpty()) {
        hits.add(new Hit("mission.preparation.interview-missing", id, "preparation.preMissionInterview"));
      }
    }
    Optional<LocalDate> last = mission.lastDay();
    if (calledOff || last.isEmpty() || !today.isAfter(last.get().plus(profile.returnGraceDays(), ChronoUnit.DAYS))) {
      return;
    }
    Optional<MissionReturn> back = mission.missionReturn();
    if (back.flatMap(MissionReturn::returnInterview).isEmpty()) {
      hits.add(new Hit("mission.return.interview-missing", id,
          back.isPresent() ? "missionReturn.returnInterview" : "missionReturn"));
    }
    if (back.flatMap(MissionReturn::reportDelivered).isEmpty()) {
      hits.add(new Hit("mission.return.report-missing", id,
          back.isPresent() ? "missionReturn.reportDelivered" : "missionReturn"));
    }
    List<Achievement> achievements = mission.achievements();
    for (int i = 0; i < achievements.size(); i++) {
      if (achievements.get(i).deliverable() && !achievements.get(i).handedOver()) {
        hits.add(new Hit("mission.return.deliverable-not-handed-over", id, "achievements[" + i + "]"));
      }
    }
  }

  private static void partnership(Partnership partnership, List<ReciprocityAssessment> oldestFirst, Profile profile,
      LocalDate today, List<Hit> hits) {
    String id = partnership.id().value();
    if (partnership.isEndedOn(today)) {
      return;
    }
    Optional<LocalDate> from = partnership.since().isPresent() ? partnership.since()
        : partnership.sinceYear().map(year -> year.atMonth(12).atEndOfMonth());
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      if (oldestFirst.get(i).date().isPresent()) {
        from = oldestFirst.get(i).date();
        break;
      }
    }
    if (profile.assessmentOverdue() && from.isPresent() && today.isAfter(from.get().plusMonths(24))) {
      hits.add(new Hit("partnership.assessment.overdue", id, ""));
    }
    if (profile.relationRecent() && partnership.since().isPresent()
        && !partnership.since().get().isAfter(today) && partnership.since().get().plusYears(2).isAfter(today)) {
      hits.add(new Hit("partnership.relation.recent", id, "since"));
    }
    if (profile.relationRecent() && partnership.since().isEmpty() && partnership.sinceYear().isPresent()
        && today.getYear() - partnership.sinceYear().get().getValue() < 2
        && !partnership.sinceYear().get().atDay(1).isAfter(today)) {
      hits.add(new Hit("partnership.relation.recent", id, "sinceYear"));
    }
  }

  private static void assessment(ReciprocityAssessment assessment, List<ReciprocityAssessment> oldestFirst,
      Partnership partnership, Profile profile, List<Hit> hits) {
    String id = assessment.id().value();
    List<Response> responses = assessment.responses();
    for (int i = 0; partnership != null && i < responses.size(); i++) {
      OrganisationId respondent = responses.get(i).respondent();
      Side own = respondent.equals(partnership.supportingOrganisation()) ? Side.SUPPORTING_ORGANISATION
          : respondent.equals(partnership.partner()) ? Side.PARTNER : null;
      if (own != responses.get(i).side()) {
        hits.add(new Hit("assessment.respondent.side-mismatch", id, "responses[" + i + "].side"));
      }
    }
    ReciprocityAnalysis analysis = analyse(assessment);
    if (analysis == null) {
      return;
    }
    Set<Side> answered = analysis.answeredSides();
    if (answered.contains(Side.SUPPORTING_ORGANISATION) != answered.contains(Side.PARTNER)) {
      hits.add(new Hit("assessment.responses.one-side-only", id, "responses"));
    }
    List<String> codes = assessment.criteriaSet().codes();
    Scale scale = assessment.criteriaSet().scale();
    BigDecimal points = profile.gapLevels().multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf((long) scale.max() - scale.min()), 2, RoundingMode.HALF_EVEN);
    for (CriterionGap gap : analysis.gap().widerThan(points)) {
      hits.add(new Hit("assessment.gap.too-wide", id, "criteriaSet.criteria[" + codes.indexOf(gap.criterion()) + "]"));
    }
    int at = oldestFirst.indexOf(assessment);
    if (assessment.date().isEmpty() || at < 1) {
      return;
    }
    ReciprocityAnalysis earlier = analyse(oldestFirst.get(at - 1));
    if (earlier != null && ReciprocityTrend.between(earlier, analysis, DROP_POINTS).overall().direction()
        .orElse(null) == TrendDirection.WORSENED) {
      hits.add(new Hit("assessment.index.dropped", id, ""));
    }
  }

  private static ReciprocityAnalysis analyse(ReciprocityAssessment assessment) {
    try {
      return ReciprocityAnalysis.of(assessment);
    } catch (UnanalysableAssessmentException e) {
      return null;
    }
  }
}

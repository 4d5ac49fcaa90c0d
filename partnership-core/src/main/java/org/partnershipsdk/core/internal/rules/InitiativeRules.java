package org.partnershipsdk.core.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.internal.CodedText;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.LocatedIndicator;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.rules.Findings;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules about initiatives (initiatives terrain): who holds them and how they were
 * designed, how their evaluations involved the partner, their stage history and follow-up, who takes
 * part and where, their Sustainable Development Goals, their money and their indicators. The
 * practices come from CCFD 2011 (CCFD-Terre Solidaire, "L'appui aux actions"), Fonda 2020 and Fonda
 * n.d. (the CFSI's CAAC programme) and IATI 2018 (the IATI Standard 2.03), as docs/sources.md
 * cites them. Their texts are in {@code texts/rules-initiative_en|fr.properties}. Not for public use: see {@code BuiltInRules}.
 *
 * <p>"The partner" of an initiative, for these rules, is its holders and local partners that are
 * not also its supporting organisation.
 */
public final class InitiativeRules {
  /** Id of {@link #HOLDER_SUPPORTING_ORGANISATION}. */
  public static final String HOLDER_SUPPORTING_ORGANISATION_ID = "initiative.holder.supporting-organisation";
  /** Id of {@link #CO_CONSTRUCTION_EXPECTED}. */
  public static final String CO_CONSTRUCTION_EXPECTED_ID = "initiative.design.co-construction-expected";
  /** Id of {@link #LEGAL_RESPONSIBILITY_MISSING}. */
  public static final String LEGAL_RESPONSIBILITY_MISSING_ID = "initiative.legal-responsibility.missing";
  /** Id of {@link #TERMS_OF_REFERENCE_WITHOUT_PARTNER}. */
  public static final String TERMS_OF_REFERENCE_WITHOUT_PARTNER_ID =
      "initiative.evaluation.terms-of-reference-without-partner";
  /** Id of {@link #CONSULTANT_WITHOUT_PARTNER}. */
  public static final String CONSULTANT_WITHOUT_PARTNER_ID = "initiative.evaluation.consultant-without-partner";
  /** Id of {@link #CYCLE_OUT_OF_ORDER}. */
  public static final String CYCLE_OUT_OF_ORDER_ID = "initiative.cycle.out-of-order";
  /** Id of {@link #CYCLE_STAGE_SKIPPED}. */
  public static final String CYCLE_STAGE_SKIPPED_ID = "initiative.cycle.stage-skipped";
  /** Id of {@link #CYCLE_DATE_IN_FUTURE}. */
  public static final String CYCLE_DATE_IN_FUTURE_ID = "initiative.cycle.date-in-future";
  /** Id of {@link #FOLLOW_UP_OVERDUE}. */
  public static final String FOLLOW_UP_OVERDUE_ID = "initiative.follow-up.overdue";
  /** Id of {@link #SINGLE_NATURE}. */
  public static final String SINGLE_NATURE_ID = "initiative.participants.single-nature";
  /** Id of {@link #TERRITORY_TO_TERRITORY_INCOMPLETE}. */
  public static final String TERRITORY_TO_TERRITORY_INCOMPLETE_ID = "initiative.territory-to-territory.incomplete";
  /** Id of {@link #SDG_MISSING}. */
  public static final String SDG_MISSING_ID = "initiative.sdg.missing";
  /** Id of {@link #CO_FINANCING_EXCEEDS_BUDGET}; the same code as the validation of an initiative. */
  public static final String CO_FINANCING_EXCEEDS_BUDGET_ID = "initiative.co-financing.exceeds-budget";
  /** Id of {@link #CO_FINANCING_RATE_MISSING}. */
  public static final String CO_FINANCING_RATE_MISSING_ID = "initiative.co-financing.rate-missing";
  /** Id of {@link #RESULTS_FRAMEWORK_MISSING}. */
  public static final String RESULTS_FRAMEWORK_MISSING_ID = "initiative.results-framework.missing";
  /** Id of {@link #BASELINE_MISSING}. */
  public static final String BASELINE_MISSING_ID = "initiative.indicator.baseline-missing";
  /** Id of {@link #TARGET_MISSING}. */
  public static final String TARGET_MISSING_ID = "initiative.indicator.target-missing";
  /** Id of {@link #MEASUREMENT_OUTSIDE_PERIOD}. */
  public static final String MEASUREMENT_OUTSIDE_PERIOD_ID = "initiative.indicator.measurement-outside-period";

  /** Of {@link #FOLLOW_UP_OVERDUE}: how many months without a follow-up contact are too many. */
  public static final Parameter<Integer> FOLLOW_UP_MONTHS = Parameter.ofInt("months", 6,
      "Months without a follow-up contact, during implementation, after which the rule reports",
      "Nombre de mois sans contact de suivi, pendant la mise en œuvre, au-delà duquel la règle signale");

  /** Of {@link #SINGLE_NATURE}: from how many participants an initiative counts as multi-actor. */
  public static final Parameter<Integer> MULTI_ACTOR_PARTICIPANTS = Parameter.ofInt("participants", 3,
      "Participants of known nature from which an initiative counts as multi-actor (at least 2)",
      "Nombre de participants de nature connue à partir duquel une initiative est pluri-acteurs (au moins 2)");

  private static final String RESULTS_FRAMEWORK = "resultsFramework.";

  /**
   * The holder is the supporting organisation although the design was not co-constructed (CCFD 2011
   * : the initiative emanates from the partner, who holds it; the supporting NGO becomes the
   * holder in co-construction). Warning, at {@code participants[i].roles}.
   */
  public static final Rule<Initiative> HOLDER_SUPPORTING_ORGANISATION = BuiltIn.rule(Subject.INITIATIVE,
      HOLDER_SUPPORTING_ORGANISATION_ID, Severity.WARNING,
      "[CCFD 2011] identification, design and implementation rest on the partner, who holds the project; the "
          + "supporting NGO becomes the holder only in co-construction",
      (initiative, context, findings) -> {
        if (initiative.isCoConstructed()) {
          return;
        }
        List<Participant> participants = initiative.participants();
        for (int i = 0; i < participants.size(); i++) {
          Participant participant = participants.get(i);
          if (participant.hasRole(ParticipantRole.HOLDER)
              && participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION)) {
            findings.report(indexed("participants", i) + ".roles", "organisation",
                name(context, participant.organisation()));
          }
        }
      });

  /**
   * An innovative, complex or specially co-financed initiative whose design was not co-constructed
   * (CCFD 2011: co-construction of the design when the action is particularly innovative, complex,
   * or a co-financing with special procedures). Warning, at {@code designMode}.
   */
  public static final Rule<Initiative> CO_CONSTRUCTION_EXPECTED = BuiltIn.rule(Subject.INITIATIVE,
      CO_CONSTRUCTION_EXPECTED_ID, Severity.WARNING,
      "[CCFD 2011] the design may be co-constructed when the action is particularly innovative, complex, or "
          + "co-financed with special procedures",
      (initiative, context, findings) -> {
        if (!initiative.traits().isEmpty() && !initiative.isCoConstructed()) {
          findings.report("designMode", "traits", new LabelList(initiative.traits()));
        }
      });

  /**
   * A co-constructed, co-financed initiative where nobody is recorded as carrying the legal
   * responsibility (CCFD 2011: in a co-financing, the supporting NGO is often the holder and so
   * commits its legal responsibility). Co-financed means a co-financing share is recorded or the
   * initiative has the {@link InitiativeTrait#SPECIAL_CO_FINANCING} trait. Error, at
   * {@code participants}.
   */
  public static final Rule<Initiative> LEGAL_RESPONSIBILITY_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      LEGAL_RESPONSIBILITY_MISSING_ID, Severity.ERROR,
      "[CCFD 2011] in a co-constructed, co-financed project the supporting NGO is often the holder and commits "
          + "its legal responsibility; who carries it is stated",
      (initiative, context, findings) -> {
        boolean coFinanced = !initiative.coFinancing().isEmpty()
            || initiative.traits().contains(InitiativeTrait.SPECIAL_CO_FINANCING);
        if (initiative.isCoConstructed() && coFinanced
            && initiative.participants().stream().noneMatch(Participant::carriesLegalResponsibility)) {
          findings.report("participants", "participants", initiative.participants().size());
        }
      });

  /**
   * An evaluation whose terms of reference do not name the partner among their drafters, including
   * when no drafter is recorded (CCFD 2011: terms of reference drafted jointly with the partner).
   * Silent when the initiative has no partner to involve. Warning, at
   * {@code evaluations[i].termsOfReferenceDraftedBy}.
   */
  public static final Rule<Initiative> TERMS_OF_REFERENCE_WITHOUT_PARTNER = BuiltIn.rule(Subject.INITIATIVE,
      TERMS_OF_REFERENCE_WITHOUT_PARTNER_ID, Severity.WARNING,
      "[CCFD 2011] evaluations help the partner progress; their terms of reference are drafted jointly with it",
      (initiative, context, findings) -> {
        List<Evaluation> evaluations = initiative.evaluations();
        for (int i = 0; i < evaluations.size(); i++) {
          if (!involvesPartner(initiative, evaluations.get(i).termsOfReferenceDraftedBy())) {
            reportWithoutPartner(initiative, context, findings, i, "termsOfReferenceDraftedBy");
          }
        }
      });

  /**
   * An evaluation with a consultant (named, chosen by someone, or an external or joint evaluation) whose
   * choosers do not include the partner (CCFD 2011: consultants selected jointly with the partner).
   * Silent when the initiative has no partner to involve. Warning, at
   * {@code evaluations[i].consultantChosenBy}.
   */
  public static final Rule<Initiative> CONSULTANT_WITHOUT_PARTNER = BuiltIn.rule(Subject.INITIATIVE,
      CONSULTANT_WITHOUT_PARTNER_ID, Severity.WARNING,
      "[CCFD 2011] evaluations help the partner progress; their consultants are selected jointly with it",
      (initiative, context, findings) -> {
        List<Evaluation> evaluations = initiative.evaluations();
        for (int i = 0; i < evaluations.size(); i++) {
          Evaluation evaluation = evaluations.get(i);
          boolean hasConsultant = evaluation.consultant().isPresent() || !evaluation.consultantChosenBy().isEmpty()
              || evaluation.effectiveLead().filter(EvaluationLead::involvesConsultant).isPresent();
          if (hasConsultant && !involvesPartner(initiative, evaluation.consultantChosenBy())) {
            reportWithoutPartner(initiative, context, findings, i, "consultantChosenBy");
          }
        }
      });

  /**
   * An entry of the stage history that could not have followed the entries before it in the cycle
   * model of the initiative's programme ({@link RuleContext#cycleOf}): going back or reopening where
   * the model allows no such move, or without the reason it requires, repeating a stage, a stage
   * the model does not use, a date before the last one (CCFD 2011: the cycle's stages follow one
   * another). The history is replayed move by move with the model; skipped stages are
   * {@link #CYCLE_STAGE_SKIPPED}'s, and a suspension or cancellation without a reason is left to
   * validation. Error, at {@code cycle.entries[i].stage}, {@code .date} or {@code .reason}.
   */
  public static final Rule<Initiative> CYCLE_OUT_OF_ORDER = BuiltIn.rule(Subject.INITIATIVE,
      CYCLE_OUT_OF_ORDER_ID, Severity.ERROR,
      "[CCFD 2011] identification, design and implementation follow one another in the project cycle",
      (initiative, context, findings) -> replay(context.cycleOf(initiative), initiative.cycle(), (index, entry, refusal) -> {
        String code = refusal.code();
        if (!code.equals("cycle.stage.skipped") && !(code.equals("cycle.reason.missing") && entry.stage().requiresReason())) {
          findings.report(indexed("cycle.entries", index) + "." + refusal.attribute(), Map.of("number", index + 1,
              "stage", entry.stage(), "date", entry.date(), "reason",
              new CodedText(refusal.code(), refusal, refusal::message)));
        }
      }));

  /**
   * A stage of the path entered without a required one before it, in the cycle model of the
   * initiative's programme (CCFD 2011: identification, design and implementation follow one
   * another; the evaluation, frequent but not systematic, is optional in the built-in models).
   * Error, at {@code cycle.entries[i].stage}.
   */
  public static final Rule<Initiative> CYCLE_STAGE_SKIPPED = BuiltIn.rule(Subject.INITIATIVE,
      CYCLE_STAGE_SKIPPED_ID, Severity.ERROR,
      "[CCFD 2011] identification, design and implementation follow one another in the project cycle",
      (initiative, context, findings) -> replay(context.cycleOf(initiative), initiative.cycle(), (index, entry, refusal) -> {
        if (refusal.code().equals("cycle.stage.skipped")) {
          findings.report(indexed("cycle.entries", index) + ".stage", Map.of("stage", entry.stage(),
              "date", entry.date(), "expected", refusal.arguments().get("expected")));
        }
      }));

  /**
   * A stage recorded as entered after the day of the run (CCFD 2011: the history records the
   * cycle as it happened). Error, at {@code cycle.entries[i].date}.
   */
  public static final Rule<Initiative> CYCLE_DATE_IN_FUTURE = BuiltIn.rule(Subject.INITIATIVE,
      CYCLE_DATE_IN_FUTURE_ID, Severity.ERROR,
      "[CCFD 2011] the stage history records the stages of the project cycle as they were entered",
      (initiative, context, findings) -> {
        List<StageEntry> entries = initiative.cycle().entries();
        LocalDate today = context.today();
        for (int i = 0; i < entries.size(); i++) {
          StageEntry entry = entries.get(i);
          if (entry.date().isAfter(today)) {
            findings.report(indexed("cycle.entries", i) + ".date",
                Map.of("stage", entry.stage(), "date", entry.date(), "today", today));
          }
        }
      });

  /**
   * An initiative in implementation with no follow-up contact for more than {@link #FOLLOW_UP_MONTHS}
   * months, counted from the later of its last dated follow-up contact and the day it entered
   * implementation (or resumed it) (CCFD 2011: the exchange is continual, through field follow-up
   * missions and mails). Warning, at {@code followUpContacts}.
   */
  public static final Rule<Initiative> FOLLOW_UP_OVERDUE = BuiltIn.rule(Subject.INITIATIVE,
      FOLLOW_UP_OVERDUE_ID, Severity.WARNING,
      "[CCFD 2011] throughout the cycle the partner's sovereignty is respected, but the exchange is continual "
          + "(field follow-up missions, mails)",
      (initiative, context, findings) -> {
        Optional<StageEntry> current = initiative.cycle().current();
        if (current.isEmpty() || current.get().stage() != Stage.IMPLEMENTATION) {
          return;
        }
        LocalDate since = current.get().date();
        Optional<LocalDate> last = initiative.lastFollowUp().flatMap(FollowUpContact::date);
        if (last.isPresent() && last.get().isAfter(since)) {
          since = last.get();
        }
        int months = context.parameter(FOLLOW_UP_MONTHS);
        if (since.plusMonths(months).isBefore(context.today())) {
          findings.report("followUpContacts", "since", since, "months", months);
        }
      }, FOLLOW_UP_MONTHS);

  /**
   * A multi-actor initiative (at least {@link #MULTI_ACTOR_PARTICIPANTS} participants whose
   * organisation and nature are known, and never fewer than two) whose participants are all of one
   * nature (Fonda 2020 and Fonda n.d.: associating actors of different natures brings horizontal
   * cooperation and mutual learning). Participants whose organisation is not in the portfolio, or
   * has no nature, are ignored; two organisations of nature "other" differ when they name their
   * nature differently. Warning, at {@code participants}.
   */
  public static final Rule<Initiative> SINGLE_NATURE = BuiltIn.rule(Subject.INITIATIVE,
      SINGLE_NATURE_ID, Severity.WARNING,
      "[Fonda 2020] [Fonda n.d.] associating actors of different natures takes the partnership out of a bilateral "
          + "relation and puts mutual learning at its heart",
      (initiative, context, findings) -> {
        Organisation first = null;
        Object firstNature = null;
        int known = 0;
        for (Participant participant : initiative.participants()) {
          Optional<Organisation> organisation = context.organisation(participant.organisation());
          if (organisation.isEmpty() || organisation.get().nature().isEmpty()) {
            continue;
          }
          Object nature = natureKey(organisation.get());
          if (first == null) {
            first = organisation.get();
            firstNature = nature;
          } else if (!firstNature.equals(nature)) {
            return;
          }
          known++;
        }
        if (first != null && known >= Math.max(2, context.parameter(MULTI_ACTOR_PARTICIPANTS))) {
          findings.report("participants", "count", known, "nature", natureShown(first));
        }
      }, MULTI_ACTOR_PARTICIPANTS);

  /**
   * A territory-to-territory initiative without at least one territory in France and one abroad
   * (Fonda 2020 and Fonda n.d.: cooperation between a French territory and another abroad). Error, at
   * {@code territories}.
   */
  public static final Rule<Initiative> TERRITORY_TO_TERRITORY_INCOMPLETE = BuiltIn.rule(Subject.INITIATIVE,
      TERRITORY_TO_TERRITORY_INCOMPLETE_ID, Severity.ERROR,
      "[Fonda 2020] [Fonda n.d.] territory-to-territory cooperation links a French territory with one abroad",
      (initiative, context, findings) -> {
        if (!initiative.territoryToTerritory()) {
          return;
        }
        int french = 0;
        for (Territory territory : initiative.territories()) {
          if (territory.isInFrance()) {
            french++;
          }
        }
        int foreign = initiative.territories().size() - french;
        if (french == 0 || foreign == 0) {
          findings.report("territories", "french", french, "foreign", foreign);
        }
      });

  /**
   * An initiative that names no Sustainable Development Goal (Fonda 2020: the CAAC programme puts the
   * SDGs at the heart of its commitments). It fires on any initiative: profiles enable it where a
   * programme asks for SDGs, such as CAAC. Warning, at {@code sdgs}.
   */
  public static final Rule<Initiative> SDG_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      SDG_MISSING_ID, Severity.WARNING,
      "[Fonda 2020] from its 2019 phase the CAAC programme puts the Sustainable Development Goals at the heart "
          + "of its commitments",
      (initiative, context, findings) -> {
        if (initiative.sdgs().isEmpty()) {
          findings.report("sdgs", "title", initiative.title());
        }
      });

  /**
   * Co-financing that adds up to more than the budget, counting the shares in the budget's currency
   * or with a stated rate and not refused, as validation does (IATI 2018). Error, at
   * {@code coFinancing}.
   */
  public static final Rule<Initiative> CO_FINANCING_EXCEEDS_BUDGET = BuiltIn.rule(Subject.INITIATIVE,
      CO_FINANCING_EXCEEDS_BUDGET_ID, Severity.ERROR,
      "[IATI 2018] an activity's finances are reported as a budget and its parts; shares of one budget cannot add up to more than it (an arithmetic check of the SDK)",
      (initiative, context, findings) -> {
        if (initiative.budget().isEmpty() || initiative.coFinancing().isEmpty()) {
          return;
        }
        Money budget = initiative.budget().get();
        if (budget.amount().signum() < 0) {
          return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (CoFinancing share : initiative.coFinancing()) {
          Optional<Money> converted = share.isRefused() ? Optional.empty() : share.in(budget.currency());
          if (converted.isPresent()) {
            total = total.add(converted.get().amount());
          }
        }
        if (total.compareTo(budget.amount()) > 0) {
          findings.report("coFinancing", "total", Money.of(total, budget.currency()), "budget", budget);
        }
      });

  /**
   * A co-financing share in another currency than the budget with no exchange rate stated (a
   * IATI 2018: amounts are added up at the agreement's rate). Error, at
   * {@code coFinancing[i].rateToBudgetCurrency}.
   */
  public static final Rule<Initiative> CO_FINANCING_RATE_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      CO_FINANCING_RATE_MISSING_ID, Severity.ERROR,
      "[IATI 2018] every amount carries the date that fixes its exchange rate; an amount in another currency is counted at the rate the agreement states",
      (initiative, context, findings) -> {
        if (initiative.budget().isEmpty()) {
          return;
        }
        Money budget = initiative.budget().get();
        List<CoFinancing> shares = initiative.coFinancing();
        for (int i = 0; i < shares.size(); i++) {
          CoFinancing share = shares.get(i);
          if (!share.amount().hasSameCurrencyAs(budget) && share.rateToBudgetCurrency().isEmpty()) {
            findings.report(indexed("coFinancing", i) + ".rateToBudgetCurrency", Map.of(
                "funder", name(context, share.funder()), "currency", share.amount().currency(),
                "budgetCurrency", budget.currency()));
          }
        }
      });

  /**
   * An initiative that has gone past design (into instruction, decision, implementation or a later
   * stage of the path, even if suspended or cancelled since) without a results framework: neither
   * an overall nor a specific objective (a common funder requirement beyond IATI 2018, which
   * reports results against such a framework: the design stage produces the framework that
   * follow-up and evaluation measure against). The partners' own practice texts do not ask for
   * one, so the built-in profiles leave it off; the funder's cycle model
   * ({@code CycleModels.funder()}) uses it as the guard of instruction. Warning, at
   * {@code resultsFramework}.
   */
  public static final Rule<Initiative> RESULTS_FRAMEWORK_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      RESULTS_FRAMEWORK_MISSING_ID, Severity.WARNING,
      "[IATI 2018] an activity reports its results against objectives and indicators; a common funder requirement"
          + " beyond the standard: the design stage produces the results framework (logframe) that follow-up and"
          + " evaluation measure against",
      (initiative, context, findings) -> {
        Optional<Stage> reached = initiative.cycle().lastOrderedStage();
        if (reached.isPresent() && reached.get().compareTo(Stage.DESIGN) > 0
            && isEmpty(initiative.resultsFramework())) {
          findings.report("resultsFramework", "title", initiative.title(), "stage", reached.get());
        }
      });

  /**
   * A quantitative indicator without a baseline figure while the initiative is in implementation
   * (IATI 2018). Warning, at {@code resultsFramework.<indicator>.baseline}.
   */
  public static final Rule<Initiative> BASELINE_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      BASELINE_MISSING_ID, Severity.WARNING,
      "[IATI 2018] a quantitative indicator's baseline must have a value (ruleset 8.8.1): progress is measured from it",
      (initiative, context, findings) -> {
        if (!inImplementation(initiative) || isEmpty(initiative.resultsFramework())) {
          return;
        }
        for (LocatedIndicator located : initiative.resultsFramework().quantitativeIndicators()) {
          if (located.indicator().baseline().flatMap(IndicatorValue::number).isEmpty()) {
            findings.report(RESULTS_FRAMEWORK + located.path() + ".baseline", "indicator", located.indicator().name());
          }
        }
      });

  /**
   * A quantitative indicator without a target figure, neither among its targets nor in a reporting
   * period, while the initiative is in implementation (IATI 2018). Warning, at
   * {@code resultsFramework.<indicator>.targets}.
   */
  public static final Rule<Initiative> TARGET_MISSING = BuiltIn.rule(Subject.INITIATIVE,
      TARGET_MISSING_ID, Severity.WARNING,
      "[IATI 2018] a quantitative indicator's targets must have a value (ruleset 8.9.1): results are measured against them",
      (initiative, context, findings) -> {
        if (!inImplementation(initiative) || isEmpty(initiative.resultsFramework())) {
          return;
        }
        for (LocatedIndicator located : initiative.resultsFramework().quantitativeIndicators()) {
          if (located.indicator().targets().stream().allMatch(t -> t.number().isEmpty())
              && located.indicator().periods().stream().allMatch(p -> p.target().flatMap(IndicatorValue::number).isEmpty())) {
            findings.report(RESULTS_FRAMEWORK + located.path() + ".targets", "indicator", located.indicator().name());
          }
        }
      });

  /**
   * A measured value of any indicator dated outside the known ends of the initiative's period (a
   * IATI 2018). Warning, at
   * {@code resultsFramework.<indicator>.measurements[j].date}.
   */
  public static final Rule<Initiative> MEASUREMENT_OUTSIDE_PERIOD = BuiltIn.rule(Subject.INITIATIVE,
      MEASUREMENT_OUTSIDE_PERIOD_ID, Severity.WARNING,
      "[IATI 2018] indicator values are reported for periods with a start and an end (ruleset 8.6.1); a value measured outside the initiative's period does not measure it",
      (initiative, context, findings) -> {
        Period period = initiative.period();
        if ((period.start().isEmpty() && period.end().isEmpty()) || isEmpty(initiative.resultsFramework())) {
          return;
        }
        for (LocatedIndicator located : initiative.resultsFramework().indicators()) {
          List<IndicatorValue> measurements = located.indicator().measurements();
          for (int j = 0; j < measurements.size(); j++) {
            Optional<LocalDate> date = measurements.get(j).date();
            if (date.isPresent() && !period.contains(date.get())) {
              findings.report(RESULTS_FRAMEWORK + located.path() + "." + indexed("measurements", j) + ".date",
                  Map.of("indicator", located.indicator().name(), "date", date.get(),
                      "period", new ShownPeriod(period)));
            }
          }
        }
      });

  private static final List<Rule<?>> ALL = BuiltIn.concat(List.of(
      HOLDER_SUPPORTING_ORGANISATION, CO_CONSTRUCTION_EXPECTED, LEGAL_RESPONSIBILITY_MISSING,
      TERMS_OF_REFERENCE_WITHOUT_PARTNER, CONSULTANT_WITHOUT_PARTNER,
      CYCLE_OUT_OF_ORDER, CYCLE_STAGE_SKIPPED, CYCLE_DATE_IN_FUTURE, FOLLOW_UP_OVERDUE,
      SINGLE_NATURE, TERRITORY_TO_TERRITORY_INCOMPLETE, SDG_MISSING,
      CO_FINANCING_EXCEEDS_BUDGET, CO_FINANCING_RATE_MISSING,
      BASELINE_MISSING, TARGET_MISSING, MEASUREMENT_OUTSIDE_PERIOD, RESULTS_FRAMEWORK_MISSING), ResultsRules.all(),
      ConsistencyRules.initiatives());

  private InitiativeRules() {}

  /**
   * @return every rule of the family, in order: holding and design, evaluations, project cycle and
   *     follow-up, participants and territories, SDGs, money, indicators, then the results rules of
   *     {@link ResultsRules} and the initiative rules of {@link ConsistencyRules}
   */
  public static List<Rule<?>> all() {
    return ALL;
  }

  private static String indexed(String property, int index) {
    return property + "[" + index + "]";
  }

  /** @return the organisation's name, or its identifier when the portfolio does not name it */
  private static String name(RuleContext context, OrganisationId id) {
    return context.organisation(id).map(Organisation::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  private static boolean isPartner(Participant participant) {
    return (participant.hasRole(ParticipantRole.HOLDER) || participant.hasRole(ParticipantRole.LOCAL_PARTNER))
        && !participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION);
  }

  /** @return whether one of the partner's organisations is among the given ones */
  private static boolean involvesPartner(Initiative initiative, Set<OrganisationId> organisations) {
    for (Participant participant : initiative.participants()) {
      if (isPartner(participant) && organisations.contains(participant.organisation())) {
        return true;
      }
    }
    return false;
  }

  /** Reports an evaluation that did not involve the partner, naming it; silent if there is none. */
  private static void reportWithoutPartner(Initiative initiative, RuleContext context, Findings findings,
      int evaluation, String property) {
    StringJoiner partners = new StringJoiner(", ");
    for (Participant participant : initiative.participants()) {
      if (isPartner(participant)) {
        partners.add(name(context, participant.organisation()));
      }
    }
    if (partners.length() > 0) {
      findings.report(indexed("evaluations", evaluation) + "." + property,
          "number", evaluation + 1, "partners", partners.toString());
    }
  }

  /** Receives each reason an entry of a history could not have followed the entries before it. */
  @FunctionalInterface
  private interface RefusalSink {
    void refused(int index, StageEntry entry, TransitionRefusal refusal);
  }

  /**
   * Replays a stage history move by move with a cycle model. An entry that is refused is kept all
   * the same, so that each wrong entry is reported once, as validation does.
   */
  private static void replay(CycleModel model, ProjectCycle cycle, RefusalSink sink) {
    List<StageEntry> entries = cycle.entries();
    if (plainlyInOrder(model, entries)) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      for (TransitionRefusal refusal : model.refusals(entries.subList(0, i), entries.get(i))) {
        sink.refused(i, entries.get(i), refusal);
      }
    }
  }

  /**
   * Whether the history goes forward along the model's path from its start, passing over optional
   * stages only, with dates that never go back: the common case, which the model accepts, told
   * without allocating.
   */
  private static boolean plainlyInOrder(CycleModel model, List<StageEntry> entries) {
    List<Stage> path = model.path();
    int position = -1;
    LocalDate last = LocalDate.MIN;
    for (StageEntry entry : entries) {
      int next = path.indexOf(entry.stage());
      if (next <= position || entry.date().isBefore(last)) {
        return false;
      }
      for (int skipped = position + 1; skipped < next; skipped++) {
        if (!model.optionalStages().contains(path.get(skipped))) {
          return false;
        }
      }
      position = next;
      last = entry.date();
    }
    return true;
  }

  private static boolean inImplementation(Initiative initiative) {
    return initiative.cycle().currentStage().filter(s -> s == Stage.IMPLEMENTATION).isPresent();
  }

  private static boolean isEmpty(ResultsFramework framework) {
    return framework.overallObjective().isEmpty() && framework.specificObjectives().isEmpty();
  }

  /** Two natures are the same when their codes are, or for "other", when their own words are. */
  private static Object natureKey(Organisation organisation) {
    OrganisationNature nature = organisation.nature().orElseThrow();
    return nature == OrganisationNature.OTHER
        ? organisation.otherNature().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("")
        : nature;
  }

  /** The nature as a message shows it: its label, or the organisation's own words for "other". */
  private static Object natureShown(Organisation organisation) {
    OrganisationNature nature = organisation.nature().orElseThrow();
    Optional<String> ownWords = organisation.otherNature().filter(s -> !s.isBlank());
    return nature == OrganisationNature.OTHER && ownWords.isPresent() ? ownWords.get().strip() : nature;
  }

  /** Labels of code-list values, quoted and joined, in the reader's language. */
  private record LabelList(Set<? extends Coded> values) implements Coded {
    @Override
    public String code() {
      StringJoiner codes = new StringJoiner(",");
      values.forEach(v -> codes.add(v.code()));
      return codes.toString();
    }

    @Override
    public String label(Locale locale) {
      boolean guillemets = Texts.isFrench(locale) || locale != null && "es".equals(locale.getLanguage());
      String open = Texts.isFrench(locale) ? "« " : guillemets ? "«" : "“";
      String close = Texts.isFrench(locale) ? " »" : guillemets ? "»" : "”";
      StringJoiner labels = new StringJoiner(", ");
      values.forEach(v -> labels.add(open + v.label(locale) + close));
      return labels.toString();
    }

    @Override
    public String toString() {
      return code();
    }
  }
}

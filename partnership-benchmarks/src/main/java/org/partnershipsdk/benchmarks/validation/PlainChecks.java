package org.partnershipsdk.benchmarks.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.funding.BudgetCategory;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.results.Activity;
import org.partnershipsdk.core.results.Dimension;
import org.partnershipsdk.core.results.DisaggregatedValue;
import org.partnershipsdk.core.results.Disaggregation;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorPeriod;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.IndicatorValueKind;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.ResultsLevel;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * The baseline of the validation benchmarks: the constraints that {@code ModelValidator} checks on
 * an initiative and on a portfolio of organisations, programmes, partnerships and initiatives,
 * written as plain Java: the fastest thing a user could write instead. Each problem has the code
 * and path of the violation validation reports (the equivalence is tested), but no message, no
 * arguments and no rendered value. Paths are kept on a stack and only written out when a problem is
 * found, so a clean value allocates nothing for them.
 *
 * <p>Not covered: missions and reciprocity assessments (the benchmarked portfolio holds none).
 * E-mail addresses are checked with a simplified version of Hibernate Validator's rule (local part
 * and domain characters), which agrees with it on the testkit's addresses.
 */
public final class PlainChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern REF = Pattern.compile(Referable.PATTERN);

  /**
   * A problem found.
   *
   * @param code the violation code validation reports for it
   * @param path the path validation reports for it
   */
  public record Problem(String code, String path) {}

  private final List<Problem> problems = new ArrayList<>();
  private final String[] names = new String[16];
  private final int[] indexes = new int[16];
  private int depth;

  private PlainChecks() {}

  /**
   * @param value an initiative, organisation, programme, partnership, indicator, or a portfolio
   *     without missions, assessments, agreements or transactions
   * @return its problems
   * @throws IllegalArgumentException for another type, or a portfolio with missions, assessments,
   *     agreements or transactions
   */
  public static List<Problem> of(Object value) {
    PlainChecks checks = new PlainChecks();
    if (value instanceof Initiative initiative) {
      checks.check(initiative);
    } else if (value instanceof Portfolio portfolio) {
      if (!portfolio.missions().isEmpty() || !portfolio.assessments().isEmpty() || !portfolio.agreements().isEmpty()
          || !portfolio.transactions().isEmpty()) {
        throw new IllegalArgumentException("the plain checks do not cover missions, assessments, agreements and"
            + " transactions");
      }
      checks.check(portfolio);
    } else if (value instanceof Organisation organisation) {
      checks.check(organisation);
    } else if (value instanceof Programme programme) {
      checks.check(programme);
    } else if (value instanceof Partnership partnership) {
      checks.check(partnership);
    } else if (value instanceof Indicator indicator) {
      checks.check(indicator);
    } else {
      throw new IllegalArgumentException("no plain checks for " + value.getClass().getName());
    }
    return checks.problems;
  }

  // The path stack: a name, with an index when the element is in a list.

  private void push(String name) {
    names[depth] = name;
    indexes[depth++] = -1;
  }

  private void push(String name, int index) {
    names[depth] = name;
    indexes[depth++] = index;
  }

  private void pop() {
    depth--;
  }

  private void report(String code, String property) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      path.append(i == 0 ? "" : ".").append(names[i]);
      if (indexes[i] >= 0) {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    if (property != null) {
      path.append(path.length() == 0 ? "" : ".").append(property);
    }
    problems.add(new Problem(code, path.toString()));
  }

  private void report(String code, String list, int index, String property) {
    push(list, index);
    report(code, property);
    pop();
  }

  private void notBlank(String value, String property) {
    if (value.trim().isEmpty()) {
      report("value.blank", property);
    }
  }

  private void required(Optional<?> value, String property) {
    if (value.isEmpty()) {
      report("value.required", property);
    }
  }

  private void positiveOrZero(OptionalLong value, String property) {
    if (value.isPresent() && value.getAsLong() < 0) {
      report("value.positive-or-zero", property);
    }
  }

  /** An element's stable reference, when it has one, is of the checked form. */
  private void ref(Referable element) {
    if (element.ref().isPresent() && !REF.matcher(element.ref().get()).matches()) {
      report("ref.invalid", "ref");
    }
  }

  /** No two elements of a list carry the same reference. */
  private void uniqueRefs(List<? extends Referable> elements, String list) {
    if (elements.size() < 2) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < elements.size(); i++) {
      Optional<String> ref = elements.get(i).ref();
      if (ref.isPresent() && !seen.add(ref.get())) {
        report("ref.duplicate", list, i, "ref");
      }
    }
  }

  private void fieldOfAction(Set<FieldOfAction> fields, Optional<String> other) {
    if (fields.contains(FieldOfAction.OTHER) && other.filter(s -> !s.isBlank()).isEmpty()) {
      report("field-of-action.other-unnamed", "otherFieldOfAction");
    }
  }

  private void check(Portfolio portfolio) {
    List<Organisation> organisations = portfolio.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      push("organisations", i);
      check(organisations.get(i));
      pop();
    }
    List<Programme> programmes = portfolio.programmes();
    for (int i = 0; i < programmes.size(); i++) {
      push("programmes", i);
      check(programmes.get(i));
      pop();
    }
    List<Partnership> partnerships = portfolio.partnerships();
    for (int i = 0; i < partnerships.size(); i++) {
      push("partnerships", i);
      check(partnerships.get(i));
      pop();
    }
    List<Initiative> initiatives = portfolio.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      push("initiatives", i);
      check(initiatives.get(i));
      pop();
    }
    references(portfolio);
  }

  private void references(Portfolio portfolio) {
    Set<Object> organisations = ids("organisations", portfolio.organisations().stream().map(o -> (Object) o.id()).toList());
    Set<Object> programmes = ids("programmes", portfolio.programmes().stream().map(p -> (Object) p.id()).toList());
    Set<Object> partnerships = ids("partnerships", portfolio.partnerships().stream().map(p -> (Object) p.id()).toList());
    ids("initiatives", portfolio.initiatives().stream().map(i -> (Object) i.id()).toList());
    for (int p = 0; p < portfolio.programmes().size(); p++) {
      Optional<OrganisationId> operator = portfolio.programmes().get(p).operator();
      if (operator.isPresent() && !organisations.contains(operator.get())) {
        report("portfolio.reference.unknown", "programmes", p, "operator");
      }
    }
    for (int p = 0; p < portfolio.partnerships().size(); p++) {
      Partnership partnership = portfolio.partnerships().get(p);
      known(organisations, partnership.supportingOrganisation(), "partnerships", p, "supportingOrganisation");
      known(organisations, partnership.partner(), "partnerships", p, "partner");
      for (int i = 0; i < partnership.programmes().size(); i++) {
        if (!programmes.contains(partnership.programmes().get(i))) {
          push("partnerships", p);
          report("portfolio.reference.unknown", "programmes", i, null);
          pop();
        }
      }
    }
    List<Initiative> initiatives = portfolio.initiatives();
    for (int n = 0; n < initiatives.size(); n++) {
      Initiative initiative = initiatives.get(n);
      push("initiatives", n);
      if (initiative.programme().isPresent() && !programmes.contains(initiative.programme().get())) {
        report("portfolio.reference.unknown", "programme");
      }
      if (initiative.partnership().isPresent() && !partnerships.contains(initiative.partnership().get())) {
        report("portfolio.reference.unknown", "partnership");
      }
      for (int i = 0; i < initiative.participants().size(); i++) {
        known(organisations, initiative.participants().get(i).organisation(), "participants", i, "organisation");
      }
      for (int i = 0; i < initiative.coFinancing().size(); i++) {
        known(organisations, initiative.coFinancing().get(i).funder(), "coFinancing", i, "funder");
        // the portfolios checked here hold no agreements: any agreement named is unknown
        if (initiative.coFinancing().get(i).agreement().isPresent()) {
          report("portfolio.reference.unknown", "coFinancing", i, "agreement");
        }
      }
      for (int e = 0; e < initiative.evaluations().size(); e++) {
        Evaluation evaluation = initiative.evaluations().get(e);
        for (OrganisationId id : evaluation.termsOfReferenceDraftedBy()) {
          known(organisations, id, "evaluations", e, "termsOfReferenceDraftedBy");
        }
        for (OrganisationId id : evaluation.consultantChosenBy()) {
          known(organisations, id, "evaluations", e, "consultantChosenBy");
        }
      }
      for (int f = 0; f < initiative.followUpContacts().size(); f++) {
        Optional<OrganisationId> by = initiative.followUpContacts().get(f).by();
        if (by.isPresent()) {
          known(organisations, by.get(), "followUpContacts", f, "by");
        }
      }
      pop();
    }
  }

  private Set<Object> ids(String list, List<Object> ids) {
    Set<Object> seen = new HashSet<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        report("portfolio.id.duplicate", list, i, "id");
      }
    }
    return seen;
  }

  private void known(Set<Object> ids, Object id, String list, int index, String property) {
    if (!ids.contains(id)) {
      report("portfolio.reference.unknown", list, index, property);
    }
  }

  private void check(Organisation organisation) {
    notBlank(organisation.name(), "name");
    required(organisation.nature(), "nature");
    if (organisation.nature().orElse(null) == OrganisationNature.OTHER
        && organisation.otherNature().filter(s -> !s.isBlank()).isEmpty()) {
      report("organisation.nature.other-label", "otherNature");
    }
    if (organisation.country().isEmpty()) {
      report("value.required", "country");
    } else {
      country(organisation.country().get(), "country");
    }
    List<Territory> territories = organisation.territories();
    for (int i = 0; i < territories.size(); i++) {
      Territory territory = territories.get(i);
      if (organisation.country().isPresent() && !territory.country().equals(organisation.country().get())) {
        report("organisation.territory.other-country", "territories", i, "country");
      }
      push("territories", i);
      check(territory);
      pop();
    }
    if (organisation.registeredIdentifier().isPresent() && !organisation.registeredIdentifier().get().isRegistered()) {
      report(identifierProblem(organisation.registeredIdentifier().get()), "registeredIdentifier");
    }
    if (organisation.website().isPresent() && !isWebAddress(organisation.website().get())) {
      report("organisation.website.invalid", "website");
    }
    List<ContactPerson> contacts = organisation.contactPersons();
    for (int i = 0; i < contacts.size(); i++) {
      push("contactPersons", i);
      notBlank(contacts.get(i).name(), "name");
      if (contacts.get(i).email().isPresent() && !isEmail(contacts.get(i).email().get())) {
        report("value.email", "email");
      }
      pop();
    }
    fieldOfAction(organisation.fieldsOfAction(), organisation.otherFieldOfAction());
    documents(organisation.documents());
  }

  private static String identifierProblem(OrganisationIdentifier identifier) {
    if (identifier.agency().isEmpty()) {
      return "organisation-identifier.malformed";
    }
    return OrganisationIdentifier.agencyStatus(identifier.agency().get()).isPresent()
        ? "organisation-identifier.agency-withdrawn" : "organisation-identifier.agency-unknown";
  }

  private void check(Programme programme) {
    notBlank(programme.name(), "name");
    List<AggregateResult> aggregates = programme.aggregateResults();
    for (int i = 0; i < aggregates.size(); i++) {
      push("aggregateResults", i);
      ref(aggregates.get(i));
      notBlank(aggregates.get(i).description(), "description");
      required(aggregates.get(i).number(), "number");
      aggregates.get(i).period().ifPresent(period -> period(period, "period"));
      pop();
    }
    uniqueRefs(aggregates, "aggregateResults");
    List<ProgrammePhase> phases = programme.phases();
    for (int i = 0; i < phases.size(); i++) {
      push("phases", i);
      notBlank(phases.get(i).name(), "name");
      period(phases.get(i).period(), "period");
      pop();
    }
    for (int later = 1; later < phases.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        Period before = phases.get(earlier).period();
        Period after = phases.get(later).period();
        Optional<LocalDate> last = before.end().or(before::start);
        Optional<LocalDate> first = after.start().or(after::end);
        if (last.isPresent() && first.isPresent() && !first.get().isAfter(last.get())) {
          report("programme.phases.overlap", "phases", later, "period");
          break;
        }
      }
    }
    territories(programme.regions(), "regions");
    if (programme.profile().isPresent()) {
      push("profile");
      profile(programme.profile().get());
      pop();
    }
    if (programme.cycle().isPresent()) {
      push("cycle");
      cycleModel(programme.cycle().get());
      pop();
    }
  }

  private void profile(ProfileSettings settings) {
    notBlank(settings.name(), "name");
    for (int i = 0; i < settings.parameters().size(); i++) {
      push("parameters", i);
      notBlank(settings.parameters().get(i).rule(), "rule");
      notBlank(settings.parameters().get(i).parameter(), "parameter");
      pop();
    }
    for (int i = 0; i < settings.disabledRules().size(); i++) {
      if (settings.disabledRules().get(i).trim().isEmpty()) {
        report("value.blank", "disabledRules", i, null);
      }
    }
    for (int i = 0; i < settings.enabledRules().size(); i++) {
      if (settings.enabledRules().get(i).trim().isEmpty()) {
        report("value.blank", "enabledRules", i, null);
      }
    }
  }

  private void cycleModel(CycleModel model) {
    notBlank(model.name(), "name");
    List<Stage> path = model.path();
    if (path.isEmpty()) {
      report("cycle.model.path.empty", "path");
    }
    for (int i = 0; i < path.size(); i++) {
      if (!path.get(i).isOrdered()) {
        report("cycle.model.stage.not-on-path", "path", i, null);
      } else if (path.indexOf(path.get(i)) < i) {
        report("cycle.model.stage.repeated", "path", i, null);
      }
    }
    for (Stage optional : model.optionalStages()) {
      if (!path.contains(optional)) {
        report("cycle.model.stage.unknown", "optionalStages");
      } else if (path.get(0) == optional || path.get(path.size() - 1) == optional) {
        report("cycle.model.optional.end", "optionalStages");
      }
    }
    for (int i = 0; i < model.moves().size(); i++) {
      CycleMove move = model.moves().get(i);
      if (!path.contains(move.from()) && move.from() != Stage.CANCELLED) {
        report("cycle.model.stage.unknown", "moves", i, "from");
      }
      if (!path.contains(move.to())) {
        report("cycle.model.stage.unknown", "moves", i, "to");
      } else if (move.from() == move.to()) {
        report("cycle.model.move.same", "moves", i, "to");
      }
    }
    for (int i = 0; i < model.guards().size(); i++) {
      push("guards", i);
      if (!path.contains(model.guards().get(i).stage())) {
        report("cycle.model.stage.unknown", "stage");
      }
      notBlank(model.guards().get(i).rule(), "rule");
      pop();
    }
  }

  private void check(Partnership partnership) {
    if (partnership.since().isEmpty() && partnership.sinceYear().isEmpty()) {
      report("value.required", "since");
    } else if (partnership.since().isPresent() && partnership.sinceYear().isPresent()
        && partnership.sinceYear().get().getValue() != partnership.since().get().getYear()) {
      report("partnership.since.year-mismatch", "sinceYear");
    }
    if (partnership.programmeOfficer().isPresent()) {
      push("programmeOfficer");
      officer(partnership.programmeOfficer().get());
      pop();
    }
    for (int i = 0; i < partnership.officers().size(); i++) {
      push("officers", i);
      officer(partnership.officers().get(i));
      pop();
    }
    if (partnership.partner().equals(partnership.supportingOrganisation())) {
      report("partnership.same-organisation", "partner");
    }
    if (partnership.since().isPresent() && partnership.until().isPresent()
        && partnership.until().get().isBefore(partnership.since().get())) {
      report("partnership.until.before-since", "until");
    }
  }

  private void officer(ProgrammeOfficer officer) {
    notBlank(officer.name(), "name");
    required(officer.focus(), "focus");
    officer.period().ifPresent(p -> period(p, "period"));
  }

  private void check(Initiative initiative) {
    notBlank(initiative.title(), "title");
    List<Participant> participants = initiative.participants();
    Map<OrganisationId, Integer> seen = participants.size() > 1 ? new HashMap<>() : Map.of();
    boolean holder = false;
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      if (participant.roles().isEmpty()) {
        report("value.empty", "participants", i, "roles");
      }
      if (participants.size() > 1 && seen.putIfAbsent(participant.organisation(), i) != null) {
        report("initiative.participant.duplicate", "participants", i, "organisation");
      }
      if (participant.hasRole(ParticipantRole.HOLDER)) {
        if (holder) {
          report("initiative.holder.multiple", "participants", i, "roles");
        }
        holder = true;
      }
    }
    territories(initiative.territories(), "territories");
    fieldOfAction(initiative.fieldsOfAction(), initiative.otherFieldOfAction());
    positiveOrZero(initiative.beneficiaries().direct(), "beneficiaries.direct");
    positiveOrZero(initiative.beneficiaries().indirect(), "beneficiaries.indirect");
    if (initiative.budget().isPresent()) {
      money(initiative.budget().get(), "budget");
    }
    coFinancing(initiative);
    budgetLines(initiative);
    period(initiative.period(), "period");
    cycle(initiative.cycle());
    resultsFramework(initiative.resultsFramework());
    responsibles(initiative);
    List<Evaluation> evaluations = initiative.evaluations();
    for (int i = 0; i < evaluations.size(); i++) {
      push("evaluations", i);
      ref(evaluations.get(i));
      evaluation(evaluations.get(i));
      period(evaluations.get(i).period(), "period");
      documents(evaluations.get(i).documents());
      pop();
    }
    uniqueRefs(evaluations, "evaluations");
    List<FollowUpContact> contacts = initiative.followUpContacts();
    for (int i = 0; i < contacts.size(); i++) {
      push("followUpContacts", i);
      ref(contacts.get(i));
      required(contacts.get(i).date(), "date");
      required(contacts.get(i).kind(), "kind");
      pop();
    }
    uniqueRefs(contacts, "followUpContacts");
    documents(initiative.documents());
  }

  /** When and who, or the 1.1 kind that says one of them, without contradicting it. */
  private void evaluation(Evaluation evaluation) {
    if (evaluation.kind().isEmpty()) {
      if (evaluation.timing().isEmpty() && evaluation.ledBy().isEmpty()) {
        report("value.required", "timing");
      }
      return;
    }
    EvaluationKind kind = evaluation.kind().get();
    Optional<?> said = kind.timing().isPresent() ? evaluation.timing() : evaluation.ledBy();
    Optional<?> implied = kind.timing().isPresent() ? kind.timing() : kind.lead();
    if (said.isPresent() && !said.equals(implied)) {
      report("evaluation.kind.contradiction", "kind");
    }
  }

  /** The organisation responsible for an activity takes part in the initiative. */
  private void responsibles(Initiative initiative) {
    Set<OrganisationId> participants = null;
    List<SpecificObjective> objectives = initiative.resultsFramework().specificObjectives();
    for (int s = 0; s < objectives.size(); s++) {
      List<ExpectedResult> results = objectives.get(s).expectedResults();
      for (int r = 0; r < results.size(); r++) {
        List<Activity> activities = results.get(r).activities();
        for (int a = 0; a < activities.size(); a++) {
          Optional<OrganisationId> responsible = activities.get(a).responsible();
          if (responsible.isEmpty()) {
            continue;
          }
          if (participants == null) {
            participants = new HashSet<>();
            for (Participant participant : initiative.participants()) {
              participants.add(participant.organisation());
            }
          }
          if (!participants.contains(responsible.get())) {
            push("resultsFramework");
            push("specificObjectives", s);
            push("expectedResults", r);
            report("results.activity.responsible-not-participant", "activities", a, "responsible");
            pop();
            pop();
            pop();
          }
        }
      }
    }
  }

  /** Each line's amounts and category, and every original amount in the budget's currency. */
  private void budgetLines(Initiative initiative) {
    List<BudgetLine> lines = initiative.budgetLines();
    CurrencyCode currency = initiative.budget().map(Money::currency).orElse(null);
    for (int i = 0; currency == null && i < lines.size(); i++) {
      currency = lines.get(i).amount().map(Money::currency).orElse(null);
    }
    uniqueRefs(lines, "budgetLines");
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      push("budgetLines", i);
      ref(line);
      required(line.category(), "category");
      notBlank(line.label(), "label");
      line.amount().ifPresent(amount -> money(amount, "amount"));
      line.revisedAmount().ifPresent(amount -> money(amount, "revisedAmount"));
      if (line.amount().isEmpty() && line.revisedAmount().isEmpty()) {
        report("budget.line.amount-missing", "amount");
      } else if (line.revisedAmount().isPresent() && line.amount().isEmpty()) {
        report("budget.line.revised-without-original", "revisedAmount");
      } else if (line.revisedAmount().isPresent() && !line.revisedAmount().get().hasSameCurrencyAs(line.amount().get())) {
        report("budget.line.currency-mismatch", "revisedAmount");
      }
      if (line.category().orElse(null) == BudgetCategory.OTHER && line.otherCategory().filter(o -> !o.isBlank()).isEmpty()) {
        report("budget.line.other-category-unnamed", "otherCategory");
      }
      line.period().ifPresent(period -> period(period, "period"));
      if (currency != null && line.amount().isPresent() && !line.amount().get().currency().equals(currency)) {
        report("initiative.budget-lines.currency-mismatch", "amount");
      }
      pop();
    }
  }

  private void documents(List<DocumentLink> documents) {
    for (int i = 0; i < documents.size(); i++) {
      DocumentLink document = documents.get(i);
      push("documents", i);
      notBlank(document.title(), "title");
      required(document.category(), "category");
      if (document.language().isPresent() && !document.language().get().matches("[a-z]{2}")) {
        report("value.pattern", "language");
      }
      if (document.url().isEmpty() && document.storeReference().filter(r -> !r.isBlank()).isEmpty()) {
        report("document.location.missing", "url");
      }
      pop();
    }
  }

  private void coFinancing(Initiative initiative) {
    List<CoFinancing> shares = initiative.coFinancing();
    Money budget = initiative.budget().orElse(null);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      CoFinancing share = shares.get(i);
      push("coFinancing", i);
      ref(share);
      money(share.amount(), "amount");
      if (share.rateToBudgetCurrency().isPresent() && share.rateToBudgetCurrency().get().signum() <= 0) {
        report("value.positive", "rateToBudgetCurrency");
      }
      pop();
      if (budget != null && !share.isRefused()) {
        Optional<Money> counted = share.in(budget.currency());
        if (counted.isPresent()) {
          total = total.add(counted.get().amount());
        }
      }
    }
    if (budget != null && budget.amount().signum() >= 0 && total.compareTo(budget.amount()) > 0) {
      report("initiative.co-financing.exceeds-budget", "coFinancing");
    }
    uniqueRefs(shares, "coFinancing");
  }

  /** What every cycle model requires, judging an entry only when it is not plainly a move along a path. */
  private void cycle(ProjectCycle cycle) {
    List<StageEntry> entries = cycle.entries();
    if (!entries.isEmpty()) {
      push("cycle");
      for (int i = 0; i < entries.size(); i++) {
        push("entries", i);
        ref(entries.get(i));
        pop();
      }
      uniqueRefs(entries, "entries");
      pop();
    }
    for (int i = 0; i < entries.size(); i++) {
      StageEntry entry = entries.get(i);
      StageEntry last = i == 0 ? null : entries.get(i - 1);
      boolean plain = entry.stage().isOrdered() && (last == null
          || last.stage() != entry.stage() && !entry.date().isBefore(last.date()));
      if (plain) {
        continue;
      }
      for (TransitionRefusal refusal : ProjectCycle.invariantRefusals(entries.subList(0, i), entry)) {
        push("cycle");
        report(refusal.code(), "entries", i, refusal.attribute());
        pop();
      }
    }
  }

  private void resultsFramework(ResultsFramework framework) {
    if (framework.overallObjective().isEmpty() && framework.specificObjectives().isEmpty()) {
      return;
    }
    push("resultsFramework");
    if (framework.overallObjective().isPresent()) {
      push("overallObjective");
      level(framework.overallObjective().get());
      pop();
    }
    List<SpecificObjective> objectives = framework.specificObjectives();
    for (int s = 0; s < objectives.size(); s++) {
      push("specificObjectives", s);
      level(objectives.get(s));
      List<ExpectedResult> results = objectives.get(s).expectedResults();
      for (int r = 0; r < results.size(); r++) {
        push("expectedResults", r);
        level(results.get(r));
        List<Activity> activities = results.get(r).activities();
        for (int a = 0; a < activities.size(); a++) {
          push("activities", a);
          level(activities.get(a));
          if (activities.get(a).cost().isPresent()) {
            money(activities.get(a).cost().get(), "cost");
          }
          activities.get(a).schedule().ifPresent(schedule -> period(schedule, "schedule"));
          pop();
        }
        uniqueRefs(activities, "activities");
        pop();
      }
      uniqueRefs(results, "expectedResults");
      pop();
    }
    uniqueRefs(objectives, "specificObjectives");
    pop();
  }

  private void level(ResultsLevel level) {
    ref(level);
    notBlank(level.statement(), "statement");
    List<Indicator> indicators = level.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      push("indicators", i);
      check(indicators.get(i));
      pop();
    }
    uniqueRefs(indicators, "indicators");
    List<String> assumptions = level.assumptions();
    for (int i = 0; i < assumptions.size(); i++) {
      if (assumptions.get(i).trim().isEmpty()) {
        report("value.blank", "assumptions", i, null);
      }
    }
  }

  private void check(Indicator indicator) {
    ref(indicator);
    notBlank(indicator.name(), "name");
    required(indicator.measure(), "measure");
    IndicatorMeasure measure = indicator.measure().orElse(null);
    boolean disaggregated = indicator.disaggregation().filter(d -> !d.isBlank()).isPresent();
    disaggregations(indicator.disaggregations());
    if (indicator.baseline().isPresent()) {
      value(indicator, indicator.baseline().get(), "baseline", -1, measure, disaggregated);
      Optional<LocalDate> date = indicator.baseline().get().date();
      if (indicator.baselineYear().isPresent() && date.isPresent()
          && date.get().getYear() != indicator.baselineYear().get().getValue()) {
        report("results.baseline.year-mismatch", "baselineYear");
      }
    }
    for (int i = 0; i < indicator.targets().size(); i++) {
      value(indicator, indicator.targets().get(i), "targets", i, measure, disaggregated);
    }
    uniqueRefs(indicator.targets(), "targets");
    uniqueRefs(indicator.measurements(), "measurements");
    List<IndicatorPeriod> periods = indicator.periods();
    for (int i = 0; i < periods.size(); i++) {
      IndicatorPeriod reporting = periods.get(i);
      push("periods", i);
      ref(reporting);
      period(reporting.period(), "period");
      if (reporting.target().isPresent()) {
        value(indicator, reporting.target().get(), "target", -1, measure, disaggregated);
      }
      if (reporting.actual().isPresent()) {
        value(indicator, reporting.actual().get(), "actual", -1, measure, disaggregated);
      }
      pop();
    }
    uniqueRefs(periods, "periods");
    List<SdgTarget> targets = indicator.sdgTargets();
    for (int i = 0; i < targets.size(); i++) {
      if (!targets.get(i).isKnown()) {
        report("sdg.target.unknown", "sdgTargets", i, null);
      }
    }
    LocalDate previous = null;
    List<IndicatorValue> measurements = indicator.measurements();
    for (int i = 0; i < measurements.size(); i++) {
      value(indicator, measurements.get(i), "measurements", i, measure, disaggregated);
      LocalDate date = measurements.get(i).date().orElse(null);
      if (date != null && previous != null && date.isBefore(previous)) {
        report("results.measurements.order", "measurements", i, "date");
      } else if (date != null) {
        previous = date;
      }
    }
  }

  /** Each dimension declared once, named, with named groups. */
  private void disaggregations(List<Disaggregation> declared) {
    Set<String> names = new HashSet<>();
    for (int d = 0; d < declared.size(); d++) {
      String name = declared.get(d).name();
      push("disaggregations", d);
      notBlank(name, "name");
      List<String> groups = declared.get(d).groups();
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).trim().isEmpty()) {
          report("value.blank", "groups", g, null);
        }
      }
      if (!name.isBlank() && !names.add(name)) {
        report("results.disaggregation.duplicate", "name");
      }
      pop();
    }
  }

  /** A value's breakdown: its parts named, declared, each group once, within range for a percentage. */
  private void breakdown(Indicator indicator, IndicatorValue value, IndicatorMeasure measure) {
    List<DisaggregatedValue> parts = value.breakdown();
    for (int k = 0; k < parts.size(); k++) {
      push("breakdown", k);
      List<Dimension> dimensions = parts.get(k).dimensions();
      if (dimensions.isEmpty()) {
        report("value.empty", "dimensions");
      }
      required(parts.get(k).number(), "number");
      for (int c = 0; c < dimensions.size(); c++) {
        push("dimensions", c);
        notBlank(dimensions.get(c).name(), "name");
        notBlank(dimensions.get(c).group(), "group");
        pop();
      }
      if (measure == IndicatorMeasure.PERCENTAGE && parts.get(k).number().isPresent()
          && (parts.get(k).number().get().signum() < 0 || parts.get(k).number().get().compareTo(HUNDRED) > 0)) {
        report("results.value.percentage-range", "number");
      }
      pop();
    }
    if (parts.isEmpty()) {
      return;
    }
    boolean quantitative = measure != null ? measure.valueKind() == IndicatorValueKind.NUMBER
        : value.kind().orElse(null) == IndicatorValueKind.NUMBER;
    if (!quantitative) {
      report("results.breakdown.not-quantitative", "breakdown");
      return;
    }
    Map<Map<String, String>, Integer> groups = new HashMap<>();
    for (int k = 0; k < parts.size(); k++) {
      Map<String, String> group = new TreeMap<>();
      List<Dimension> dimensions = parts.get(k).dimensions();
      for (int c = 0; c < dimensions.size(); c++) {
        Dimension dimension = dimensions.get(c);
        if (dimension.name().isBlank() || dimension.group().isBlank()) {
          continue;
        }
        Optional<Disaggregation> declared = indicator.disaggregation(dimension.name());
        if (declared.isEmpty()
            || !declared.get().groups().isEmpty() && !declared.get().groups().contains(dimension.group())) {
          push("breakdown", k);
          report("results.breakdown.undeclared", "dimensions", c, null);
          pop();
        } else if (group.putIfAbsent(dimension.name(), dimension.group()) != null) {
          push("breakdown", k);
          report("results.breakdown.dimension-repeated", "dimensions", c, null);
          pop();
        }
      }
      if (!group.isEmpty() && groups.putIfAbsent(group, k) != null) {
        report("results.breakdown.duplicate", "breakdown", k, null);
      }
    }
  }

  /** The indicator's checks on one of its values, and the value's own. */
  private void value(Indicator indicator, IndicatorValue value, String property, int index, IndicatorMeasure measure,
      boolean disaggregated) {
    push(property, index);
    ref(value);
    breakdown(indicator, value, measure);
    Optional<IndicatorValueKind> kind = value.kind();
    if (kind.isEmpty()) {
      report("results.value.exactly-one", null);
    }
    if (measure != null && kind.isPresent() && kind.get() != measure.valueKind()) {
      report("results.value.kind-mismatch", switch (kind.get()) {
        case NUMBER -> "number";
        case YES_NO -> "flag";
        case TEXT -> "text";
      });
    }
    if (measure == IndicatorMeasure.PERCENTAGE && value.number().isPresent()
        && (value.number().get().signum() < 0 || value.number().get().compareTo(HUNDRED) > 0)) {
      report("results.value.percentage-range", "number");
    }
    if (!disaggregated && value.disaggregationKey().isPresent()) {
      report("results.value.disaggregation-undeclared", "disaggregationKey");
    }
    pop();
  }

  private void territories(List<Territory> territories, String list) {
    for (int i = 0; i < territories.size(); i++) {
      push(list, i);
      check(territories.get(i));
      pop();
    }
  }

  private void check(Territory territory) {
    country(territory.country(), "country");
    notBlank(territory.name(), "name");
  }

  private void country(CountryCode country, String property) {
    if (!country.isAssigned()) {
      report("country.unassigned", property);
    }
  }

  private void money(Money money, String property) {
    push(property);
    if (money.amount().signum() < 0) {
      report("value.positive-or-zero", "amount");
    }
    if (!money.currency().isDefined()) {
      report("currency.undefined", "currency");
    }
    pop();
  }

  private void period(Period period, String property) {
    if (period.start().isPresent() && period.end().isPresent() && period.end().get().isBefore(period.start().get())) {
      push(property);
      report("period.order", "end");
      pop();
    }
  }

  private static boolean isWebAddress(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /** A simplified version of Hibernate Validator's e-mail rule: a local part, an at sign, a domain. */
  private static boolean isEmail(String email) {
    if (email.isEmpty()) {
      return true;
    }
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return false;
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c >= 0x80 || "!#$%&'*+/=?^_`{|}~.-".indexOf(c) >= 0)) {
        return false;
      }
    }
    for (String label : domain.split("\\.", -1)) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(Character.isLetterOrDigit(c) || c >= 0x80 || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }
}

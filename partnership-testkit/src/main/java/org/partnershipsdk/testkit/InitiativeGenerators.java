package org.partnershipsdk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.results.ResultsFramework;

/**
 * Generates initiatives and their parts: participants (each organisation once, at most one
 * holder), co-financing within the budget and in its currency, territories, a project cycle,
 * a results framework, evaluations and follow-up contacts.
 */
final class InitiativeGenerators {
  private static final List<ParticipantRole> OTHER_ROLES = List.copyOf(
      EnumSet.complementOf(EnumSet.of(ParticipantRole.HOLDER)));

  private InitiativeGenerators() {}

  static Initiative initiative(GenContext context, Refs refs, InitiativeId id) {
    return initiative(context, refs, id, programme -> CycleModels.standard());
  }

  /**
   * @param cycleOf the cycle model of each programme the initiative may belong to: its history
   *     follows its programme's model, the standard one without a programme
   */
  static Initiative initiative(GenContext context, Refs refs, InitiativeId id,
      Function<ProgrammeId, CycleModel> cycleOf) {
    LocalDate start = context.dateBetween(Draws.EARLIEST, Draws.LATEST_START);
    Period period = Period.of(start, Draws.after(context, start, 180, 4 * 365));
    List<Participant> participants = participants(context, refs);
    List<OrganisationId> taking = participants.stream().map(Participant::organisation).toList();
    CurrencyCode currency = context.pick(Places.BUDGET_CURRENCIES);
    boolean territoryToTerritory = context.chance(0.3);
    String title = context.pick(Vocabulary.INITIATIVE_TITLES);
    Optional<ProgrammeId> programme = refs.programme(context);
    CycleModel model = programme.map(cycleOf).orElseGet(CycleModels::standard);
    Initiative.Builder initiative = Initiative.builder()
        .id(id)
        .title(title)
        .programme(programme)
        .partnership(refs.partnership(context))
        .participants(participants)
        .designMode(context.chance(0.4) ? DesignMode.CO_CONSTRUCTED : DesignMode.PARTNER_ALONE)
        .traits(Draws.enumSet(context, InitiativeTrait.class, 0, 2))
        .territories(territories(context, territoryToTerritory))
        .territoryToTerritory(territoryToTerritory)
        .fieldsOfAction(Draws.enumSet(context, FieldOfAction.class, 0, 3))
        .sdgs(Draws.enumSet(context, Sdg.class, 0, 4))
        .beneficiaries(beneficiaries(context))
        .period(period)
        .cycle(CycleGenerators.cycle(context, start.minusDays(context.intBetween(0, 120)), model))
        .resultsFramework(context.chance(0.7)
            ? ResultsGenerators.framework(context, period, currency)
            : ResultsFramework.empty())
        .evaluations(evaluations(context, refs, taking, period))
        .followUpContacts(followUpContacts(context, refs, period))
        .lessonsLearned(Draws.texts(context, Vocabulary.LESSONS, 0, 2));
    if (context.chance(0.6)) {
      initiative.summary(context.pick(Vocabulary.INITIATIVE_SUMMARIES));
    }
    Money budget = null;
    List<CoFinancing> shares = List.of();
    if (context.chance(0.8)) {
      budget = Money.of(Draws.amount(context, currency, 5_000, 500_000), currency);
      shares = coFinancing(context, refs, budget);
      initiative.budget(budget).coFinancing(shares);
    }
    // Drawn last, so that everything above stays what it was for a seed before money and documents came.
    if (budget != null) {
      initiative.coFinancing(FundingGenerators.withStatuses(context, shares));
      if (context.chance(0.5)) {
        initiative.budgetLines(FundingGenerators.budgetLines(context, budget, period));
      }
    }
    initiative.documents(FundingGenerators.documents(context, 2));
    Initiative built = initiative.build();
    List<Evaluation> evaluations = new ArrayList<>();
    for (Evaluation evaluation : built.evaluations()) {
      evaluations.add(evaluation.withDocuments(FundingGenerators.documents(context, 2)));
    }
    return LaterDetails.initiative(context, built.withEvaluations(evaluations));
  }

  /** @return distinct organisations of the pool, the first one holding the project most often */
  static List<Participant> participants(GenContext context, Refs refs) {
    List<OrganisationId> organisations = Draws.distinct(context, refs.organisations(), Draws.count(context, 0, 6));
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < organisations.size(); i++) {
      Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);
      boolean holder = i == 0 && context.chance(0.85);
      if (holder) {
        roles.add(ParticipantRole.HOLDER);
      }
      roles.addAll(Draws.distinct(context, OTHER_ROLES, context.intBetween(holder ? 0 : 1, 2)));
      participants.add(Participant.builder()
          .organisation(organisations.get(i))
          .roles(roles)
          .carriesLegalResponsibility(holder && context.chance(0.8))
          .build());
    }
    return participants;
  }

  /** @return places of one country, or a French place and one abroad for territory-to-territory cooperation */
  private static List<Territory> territories(GenContext context, boolean territoryToTerritory) {
    if (!territoryToTerritory) {
      return OrganisationGenerators.territoriesIn(context, context.pick(Places.COUNTRIES), 2);
    }
    return List.of(context.pick(Places.in(Places.FRANCE)), context.pick(Places.in(context.pick(Places.ABROAD))));
  }

  private static Beneficiaries beneficiaries(GenContext context) {
    Beneficiaries.Builder beneficiaries = Beneficiaries.builder();
    if (context.chance(0.7)) {
      beneficiaries.direct(context.longBetween(0, 5_000));
    }
    if (context.chance(0.5)) {
      beneficiaries.indirect(context.longBetween(0, 460_000));
    }
    if (context.chance(0.5)) {
      beneficiaries.description(context.pick(Vocabulary.BENEFICIARY_DESCRIPTIONS));
    }
    return beneficiaries.build();
  }

  /** Shares in the budget's currency, each taken from what the previous ones left. */
  private static List<CoFinancing> coFinancing(GenContext context, Refs refs, Money budget) {
    List<OrganisationId> funders = Draws.distinct(context, refs.organisations(), Draws.count(context, 0, 3));
    List<CoFinancing> shares = new ArrayList<>();
    BigDecimal left = budget.amount();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, left.scale()));
    for (OrganisationId funder : funders) {
      long units = left.divide(unit).longValue();
      BigDecimal amount = unit.multiply(BigDecimal.valueOf(context.longBetween(0, units / 2)));
      shares.add(CoFinancing.of(funder, Money.of(amount, budget.currency())));
      left = left.subtract(amount);
    }
    return shares;
  }

  private static List<Evaluation> evaluations(GenContext context, Refs refs, List<OrganisationId> participants,
      Period period) {
    List<OrganisationId> involved = participants.isEmpty() ? refs.organisations() : participants;
    List<Evaluation> evaluations = new ArrayList<>();
    int count = Draws.count(context, 0, 2);
    for (int i = 0; i < count; i++) {
      evaluations.add(evaluation(context, involved, period));
    }
    return evaluations;
  }

  /** @return an evaluation during the period, involving some of the organisations */
  static Evaluation evaluation(GenContext context, List<OrganisationId> involved, Period period) {
    EvaluationKind kind = context.pick(EvaluationKind.class);
    LocalDate start = context.dateBetween(period.start().orElseThrow(), period.end().orElseThrow());
    Evaluation.Builder evaluation = Evaluation.builder()
        .kind(kind)
        .period(Period.of(start, Draws.after(context, start, 5, 60)))
        .termsOfReferenceDraftedBy(Draws.distinct(context, involved, context.intBetween(1, 2)))
        .consultantChosenBy(Draws.distinct(context, involved, context.intBetween(0, 2)))
        .findings(Draws.texts(context, Vocabulary.FINDINGS, 0, 2))
        .recommendations(Draws.texts(context, Vocabulary.RECOMMENDATIONS, 0, 2));
    if (kind != EvaluationKind.SELF_EVALUATION && context.chance(0.8)) {
      evaluation.consultant(context.pick(People.NAMES));
    }
    return evaluation.build();
  }

  /** Contacts in date order, during the period. */
  private static List<FollowUpContact> followUpContacts(GenContext context, Refs refs, Period period) {
    List<FollowUpContact> contacts = new ArrayList<>();
    int count = Draws.count(context, 0, 4);
    for (int i = 0; i < count; i++) {
      contacts.add(followUpContact(context, refs, period));
    }
    contacts.sort(Comparator.comparing(c -> c.date().orElseThrow()));
    return contacts;
  }

  /** @return a contact on a day of the period, by one of the organisations */
  static FollowUpContact followUpContact(GenContext context, Refs refs, Period period) {
    FollowUpContact.Builder contact = FollowUpContact.builder()
        .date(context.dateBetween(period.start().orElseThrow(), period.end().orElseThrow()))
        .kind(context.pick(FollowUpContactKind.class));
    if (context.chance(0.7)) {
      contact.by(refs.organisation(context));
    }
    if (context.chance(0.6)) {
      contact.summary(context.pick(Vocabulary.FOLLOW_UP_SUMMARIES));
    }
    return contact.build();
  }
}

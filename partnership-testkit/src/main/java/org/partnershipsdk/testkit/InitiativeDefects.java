package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.OrganisationDefects.first;
import static org.partnershipsdk.testkit.OrganisationDefects.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationTiming;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

/** Breaks valid initiatives, and their project cycles, in exactly one place each. */
final class InitiativeDefects {
  private InitiativeDefects() {}

  static Initiative initiative(GenContext context, Defect defect) {
    Refs refs = Refs.standalone(context);
    Initiative valid = InitiativeGenerators.initiative(context, refs, refs.initiatives().get(0));
    LocalDate start = valid.period().start().orElseThrow();
    return switch (defect) {
      // The co-financing and budget lines go too: they are in the budget's real currency, which no rate converts.
      case UNKNOWN_CURRENCY -> valid.withBudget(Money.of(BigDecimal.valueOf(context.intBetween(1_000, 90_000)),
          CurrencyCode.of("ZZZ"))).withCoFinancing(List.of()).withBudgetLines(List.of());
      case PERIOD_END_BEFORE_START -> valid.withPeriod(Period.of(start, start.minusDays(context.intBetween(1, 365))));
      case BLANK_INITIATIVE_TITLE -> valid.withTitle(context.pick(List.of("", " ")));
      case DUPLICATE_PARTICIPANT -> {
        Participant firstParticipant = firstParticipant(valid, refs);
        yield valid.withParticipants(first(firstParticipant, first(
            Participant.of(firstParticipant.organisation(), ParticipantRole.ASSOCIATE), rest(valid.participants()))));
      }
      case SECOND_HOLDER -> valid.withParticipants(twoHolders(context, valid, refs));
      case PARTICIPANT_WITHOUT_ROLE -> valid.withParticipants(first(
          firstParticipant(valid, refs).withRoles(Set.of()), rest(valid.participants())));
      case CO_FINANCING_EXCEEDS_BUDGET -> exceeding(context, valid, refs);
      case NEGATIVE_BENEFICIARIES -> valid.withBeneficiaries(
          valid.beneficiaries().withDirect(-context.longBetween(1, 300)));
      case MISSING_EVALUATION_KIND -> valid.withEvaluations(first(
          valid.evaluations().stream().findFirst().orElseGet(() -> Evaluation.builder().build())
              .withKind(Optional.empty()).withTiming(Optional.empty()).withLedBy(Optional.empty()),
          rest(valid.evaluations())));
      case EVALUATION_KIND_CONTRADICTED -> valid.withEvaluations(first(
          valid.evaluations().stream().findFirst().orElseGet(() -> Evaluation.builder().build())
              .withKind(EvaluationKind.EXTERNAL).withLedBy(EvaluationLead.SELF_EVALUATION).withTiming(Optional.empty()),
          rest(valid.evaluations())));
      case DUPLICATE_REF -> {
        Evaluation evaluation = valid.evaluations().stream().findFirst()
            .orElseGet(() -> Evaluation.builder().timing(context.pick(EvaluationTiming.class)).build())
            .withRef("evaluation-" + context.intBetween(1, 9));
        yield valid.withEvaluations(first(evaluation, first(evaluation.withPeriod(Period.unknown()),
            rest(rest(valid.evaluations())).stream().map(e -> e.withRef(Optional.empty())).toList())));
      }
      case ACTIVITY_RESPONSIBLE_OUTSIDE -> valid.withResultsFramework(ResultsDefects.withOutsideResponsible(context,
          valid));
      case MISSING_FOLLOW_UP_DATE -> valid.withFollowUpContacts(first(
          valid.followUpContacts().stream().findFirst()
              .orElseGet(() -> FollowUpContact.of(start, context.pick(FollowUpContactKind.class)))
              .withDate(Optional.empty()),
          rest(valid.followUpContacts())));
      case CYCLE_STAGE_REPEATED -> valid.withCycle(ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, start), StageEntry.of(Stage.IDENTIFICATION, later(context, start)))));
      case CYCLE_DATE_BEFORE_LAST -> valid.withCycle(ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, start),
          StageEntry.of(Stage.DESIGN, start.minusDays(context.intBetween(1, 90))))));
      case CYCLE_REASON_MISSING -> valid.withCycle(ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, start), StageEntry.of(Stage.SUSPENDED, later(context, start)))));
      case CYCLE_NOT_STARTED -> valid.withCycle(ProjectCycle.of(List.of(
          StageEntry.of(context.pick(List.of(Stage.SUSPENDED, Stage.CANCELLED)), start,
              context.pick(Vocabulary.CYCLE_REASONS)))));
      case CYCLE_SUSPENDED_AFTER_CANCELLATION -> {
        LocalDate cancelled = later(context, start);
        yield valid.withCycle(ProjectCycle.of(List.of(StageEntry.of(Stage.IDENTIFICATION, start),
            StageEntry.of(Stage.CANCELLED, cancelled, context.pick(Vocabulary.CYCLE_REASONS)),
            StageEntry.of(Stage.SUSPENDED, later(context, cancelled), context.pick(Vocabulary.CYCLE_REASONS)))));
      }
      case EMPTY_INDICATOR_VALUE -> valid.withResultsFramework(ResultsDefects.withEmptyValue(context, valid));
      case REVISED_WITHOUT_ORIGINAL, BUDGET_LINE_OTHER_UNNAMED, BUDGET_LINE_IN_OTHER_CURRENCY, BUDGET_LINE_WITHOUT_AMOUNT,
          REVISED_IN_OTHER_CURRENCY, DOCUMENT_WITHOUT_LOCATION, DOCUMENT_LANGUAGE_NOT_A_CODE ->
          FundingDefects.initiative(context, valid, defect);
      default -> throw new IllegalArgumentException("Not a defect of an initiative: " + defect);
    };
  }

  private static LocalDate later(GenContext context, LocalDate date) {
    return Draws.after(context, date, 0, 180);
  }

  private static Participant firstParticipant(Initiative initiative, Refs refs) {
    return initiative.participants().stream().findFirst()
        .orElseGet(() -> Participant.of(refs.organisations().get(0), ParticipantRole.HOLDER));
  }

  /** The first participant holds the project, a new one holds it too, the others hold it no more. */
  private static List<Participant> twoHolders(GenContext context, Initiative initiative, Refs refs) {
    Participant holder = firstParticipant(initiative, refs);
    Set<ParticipantRole> roles = EnumSet.of(ParticipantRole.HOLDER);
    roles.addAll(holder.roles());
    List<Participant> others = rest(initiative.participants()).stream().map(p -> {
      Set<ParticipantRole> kept = EnumSet.complementOf(EnumSet.of(ParticipantRole.HOLDER));
      kept.retainAll(p.roles());
      return p.withRoles(kept.isEmpty() ? EnumSet.of(ParticipantRole.ASSOCIATE) : kept);
    }).toList();
    // "-0" never ends a generated identifier, so the second holder is a new organisation.
    OrganisationId newcomer = OrganisationId.of(context.pick(Vocabulary.ORGANISATIONS).slug() + "-0");
    return first(holder.withRoles(roles), first(Participant.of(newcomer, ParticipantRole.HOLDER), others));
  }

  private static Initiative exceeding(GenContext context, Initiative initiative, Refs refs) {
    Money budget = initiative.budget()
        .orElseGet(() -> Money.of(BigDecimal.valueOf(context.intBetween(5_000, 90_000)), CurrencyCode.EUR));
    BigDecimal over = budget.amount().add(BigDecimal.valueOf(context.intBetween(1, 10_000)));
    return initiative.withBudget(budget).withCoFinancing(
        CoFinancing.of(refs.organisations().get(context.intBetween(0, refs.organisations().size() - 1)),
            Money.of(over, budget.currency())));
  }
}

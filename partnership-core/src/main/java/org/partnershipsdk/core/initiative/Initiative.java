package org.partnershipsdk.core.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.validation.constraints.FieldOfActionOtherNamed;
import org.partnershipsdk.core.validation.constraints.InitiativeBudgetInOneCurrency;
import org.partnershipsdk.core.validation.constraints.InitiativeCoFinancingWithinBudget;
import org.partnershipsdk.core.validation.constraints.InitiativeParticipantsDistinct;
import org.partnershipsdk.core.validation.constraints.InitiativeSingleHolder;
import org.partnershipsdk.core.validation.constraints.ResultsActivityResponsibleTakesPart;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * A project that emanates from partners (initiative terrain, projet): who takes part and in which
 * roles, how it was designed, where it happens, what it aims at and for whom, its budget and
 * co-financing, its project cycle, evaluations, follow-up contacts, and what was learned
 * (capitalisation).
 *
 * <p>Moving it through its cycle is a checked operation: {@link #moveTo(Stage, LocalDate)} returns
 * the moved initiative or the reasons it cannot move, and leaves this one unchanged.
 *
 * <pre>{@code
 * Initiative initiative = Initiative.builder()
 *     .id(InitiativeId.of("caac-comasagua-montauban"))
 *     .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
 *     .addParticipant(Participant.of(spf, ParticipantRole.HOLDER))
 *     .addParticipant(Participant.of(canastaCampesina, ParticipantRole.LOCAL_PARTNER))
 *     .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
 *     .addTerritory(Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua"))
 *     .territoryToTerritory(true)
 *     .build();
 * Initiative identified = initiative.moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 5)).orElseThrow();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@FieldOfActionOtherNamed
@InitiativeParticipantsDistinct
@InitiativeSingleHolder
@InitiativeCoFinancingWithinBudget
@InitiativeBudgetInOneCurrency
@ResultsActivityResponsibleTakesPart
public abstract class Initiative implements WithInitiative, Extensible {
  Initiative() {}

  /** @return the identifier */
  public abstract InitiativeId id();

  /** @return the title (intitulé); blank only in a draft */
  @Value.Default
  @NotBlank
  public String title() {
    return "";
  }

  /** @return a short description */
  public abstract Optional<String> summary();

  /** @return the programme (dispositif) that supports it, such as CAAC */
  public abstract Optional<ProgrammeId> programme();

  /** @return the partnership (relation partenariale) it belongs to */
  public abstract Optional<PartnershipId> partnership();

  /** @return the organisations taking part, each listed once, with their roles */
  public abstract List<@Valid Participant> participants();

  /** @return how it was designed; by the partner alone unless stated */
  @Value.Default
  public DesignMode designMode() {
    return DesignMode.PARTNER_ALONE;
  }

  /** @return the traits that make a co-constructed design expected */
  public abstract Set<InitiativeTrait> traits();

  /** @return where it happens */
  public abstract List<@Valid Territory> territories();

  /**
   * @return whether it is declared a territory-to-territory cooperation (coopération de territoire
   *     à territoire), linking a French territory with one abroad, such as Montauban and Comasagua.
   *     What the territories say is {@link #linksFrenchAndForeignTerritories()}; the rules report
   *     when the two disagree
   */
  @Value.Default
  public boolean territoryToTerritory() {
    return false;
  }

  /** @return its fields of action (champs d'action) */
  public abstract Set<FieldOfAction> fieldsOfAction();

  /**
   * @return the field of action in its own words, required when {@link #fieldsOfAction()} holds
   *     {@link FieldOfAction#OTHER} and ignored otherwise
   */
  public abstract Optional<String> otherFieldOfAction();

  /** @return the Sustainable Development Goals it contributes to (ODD) */
  public abstract Set<Sdg> sdgs();

  /** @return who it reaches */
  @Value.Default
  @Valid
  public Beneficiaries beneficiaries() {
    return Beneficiaries.unknown();
  }

  /** @return its total budget */
  public abstract Optional<@Valid Money> budget();

  /**
   * @return the lines of its budget (lignes budgétaires), all in the budget's currency; when they
   *     are given, their current amounts are expected to add up to {@link #budget()}
   */
  @UniqueRefs
  public abstract List<@Valid BudgetLine> budgetLines();

  /** @return the shares of the budget brought by funders (cofinancements) */
  @UniqueRefs
  public abstract List<@Valid CoFinancing> coFinancing();

  /** @return when it runs */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /** @return its project cycle: the dated history of the stages entered */
  @Value.Default
  @Valid
  public ProjectCycle cycle() {
    return ProjectCycle.empty();
  }

  /**
   * @return its results framework (cadre logique): objectives, expected results, activities and
   *     their indicators; empty until the design stage produces it
   */
  @Value.Default
  @Valid
  public ResultsFramework resultsFramework() {
    return ResultsFramework.empty();
  }

  /** @return its evaluations */
  @UniqueRefs
  public abstract List<@Valid Evaluation> evaluations();

  /** @return the exchanges with the partner while following it: field visits, calls, e-mails... */
  @UniqueRefs
  public abstract List<@Valid FollowUpContact> followUpContacts();

  /** @return what was learned (capitalisation), one lesson per element */
  public abstract List<String> lessonsLearned();

  /** @return documents about the initiative: the project document, its budget, reports, photos... */
  public abstract List<@Valid DocumentLink> documents();

  /**
   * @return the total of its budget lines' current amounts, when every line has an amount and all
   *     are in one currency; empty otherwise (and when it has no lines)
   */
  public final Optional<Money> budgetLinesTotal() {
    Money total = null;
    for (BudgetLine line : budgetLines()) {
      Optional<Money> amount = line.currentAmount();
      if (amount.isEmpty() || total != null && !total.hasSameCurrencyAs(amount.get())) {
        return Optional.empty();
      }
      total = total == null ? amount.get() : total.plus(amount.get());
    }
    return Optional.ofNullable(total);
  }

  /**
   * Derives from the territories what {@link #territoryToTerritory()} declares.
   *
   * @return whether its territories include at least one in France and one abroad
   */
  public final boolean linksFrenchAndForeignTerritories() {
    boolean french = false;
    boolean foreign = false;
    for (Territory territory : territories()) {
      french |= territory.isInFrance();
      foreign |= !territory.isInFrance();
    }
    return french && foreign;
  }

  /** @return the participants holding the project (porteurs); one in a valid initiative */
  public final List<Participant> holders() {
    return participantsWith(ParticipantRole.HOLDER);
  }

  /**
   * @param role a role
   * @return the participants playing that role, in the order they are listed
   * @throws IncompleteValueException if {@code role} is null
   */
  public final List<Participant> participantsWith(ParticipantRole role) {
    if (role == null) {
      throw new IncompleteValueException("role");
    }
    return participants().stream().filter(p -> p.hasRole(role)).toList();
  }

  /**
   * @return the participants stated as carrying the legal responsibility for the project; empty
   *     when nobody is recorded, whatever the roles
   */
  public final List<Participant> legallyResponsible() {
    return participants().stream().filter(Participant::carriesLegalResponsibility).toList();
  }

  /** @return whether it was co-constructed (co-construction, co-rédaction) */
  public final boolean isCoConstructed() {
    return designMode() == DesignMode.CO_CONSTRUCTED;
  }

  /** @return the most recent dated follow-up contact; empty when none is dated */
  public final Optional<FollowUpContact> lastFollowUp() {
    return followUpContacts().stream().filter(c -> c.date().isPresent())
        .max(Comparator.comparing(c -> c.date().orElseThrow()));
  }

  /**
   * Asks to move the initiative, in the standard cycle model, to a stage that needs no reason
   * there, with the rules of {@link ProjectCycle#moveTo(Stage, LocalDate)}.
   *
   * @param stage the stage to enter
   * @param date the day it is entered
   * @return the initiative with its cycle moved, or the reasons it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<Initiative> moveTo(Stage stage, LocalDate date) {
    return cycle().moveTo(stage, date).map(this::withCycle);
  }

  /**
   * Asks to move the initiative, in the standard cycle model, giving the reason (required to
   * suspend, cancel, go back or reopen).
   *
   * @param stage the stage to enter
   * @param date the day it is entered
   * @param reason why
   * @return the initiative with its cycle moved, or the reasons it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<Initiative> moveTo(Stage stage, LocalDate date, String reason) {
    return cycle().moveTo(stage, date, reason).map(this::withCycle);
  }

  /**
   * Asks to move the initiative with the moves of a cycle model, such as its programme's (guards
   * aside: they need the portfolio, see {@code org.partnershipsdk.core.rules.CycleMoves}).
   *
   * @param model the cycle model
   * @param entry the stage to enter, its date and reason
   * @return the initiative with its cycle moved, or the reasons it cannot move
   * @throws IncompleteValueException if an argument is null
   */
  public final Transition<Initiative> moveTo(CycleModel model, StageEntry entry) {
    if (model == null) {
      throw new IncompleteValueException("model");
    }
    return model.moveTo(cycle(), entry).map(this::withCycle);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }
}

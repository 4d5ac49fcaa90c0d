package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * What a rule may know beyond the element it checks: the day of the run (from the engine's
 * {@link Clock}, never the system clock), its parameters as the profile sets them, and lookups in
 * the portfolio by identifier, through indexes built once per run.
 */
public interface RuleContext {

  /** @return the clock of the run */
  Clock clock();

  /** @return the day of the run, in the clock's zone */
  default LocalDate today() {
    return LocalDate.now(clock());
  }

  /**
   * @param parameter one of the running rule's parameters
   * @param <T> its type
   * @return its value in the profile, or its default
   */
  <T> T parameter(Parameter<T> parameter);

  /** @return the portfolio being checked */
  Portfolio portfolio();

  /**
   * @param id an organisation's identifier
   * @return the organisation, if the portfolio has it
   */
  Optional<Organisation> organisation(OrganisationId id);

  /**
   * @param id a programme's identifier
   * @return the programme, if the portfolio has it
   */
  Optional<Programme> programme(ProgrammeId id);

  /**
   * @param initiative an initiative
   * @return the cycle model its programme sets, or the {@linkplain CycleModels#standard() standard
   *     one} when it has no programme, its programme is not in the portfolio or sets none
   */
  default CycleModel cycleOf(Initiative initiative) {
    return initiative.programme().flatMap(this::programme).map(Programme::cycleModel).orElse(CycleModels.standard());
  }

  /**
   * @param id a partnership's identifier
   * @return the partnership, if the portfolio has it
   */
  Optional<Partnership> partnership(PartnershipId id);

  /**
   * @param id an initiative's identifier
   * @return the initiative, if the portfolio has it
   */
  Optional<Initiative> initiative(InitiativeId id);

  /**
   * @param id a partnership's identifier
   * @return its reciprocity assessments, oldest first (undated ones last)
   */
  List<ReciprocityAssessment> assessmentsOf(PartnershipId id);

  /**
   * @param id an initiative's identifier
   * @return the volunteer missions attached to it
   */
  List<VolunteerMission> missionsOf(InitiativeId id);

  /**
   * @param id an agreement's identifier
   * @return the funding agreement, if the portfolio has it
   */
  Optional<FundingAgreement> agreement(AgreementId id);

  /**
   * @param id an initiative's identifier
   * @return the funding agreements that fund it, in the portfolio's order
   */
  List<FundingAgreement> agreementsOf(InitiativeId id);

  /**
   * @param id an agreement's identifier
   * @return the transactions made under it, in the portfolio's order
   */
  List<Transaction> transactionsOf(AgreementId id);
}

package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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

/** The context of one rule in one run: shared indexes, the rule's own parameters. */
final class RunContext implements RuleContext {
  private final Clock clock;
  private final Profile profile;
  private final String ruleId;
  private final PortfolioIndex index;

  RunContext(Clock clock, Profile profile, String ruleId, PortfolioIndex index) {
    this.clock = clock;
    this.profile = profile;
    this.ruleId = ruleId;
    this.index = index;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public <T> T parameter(Parameter<T> parameter) {
    return profile.parameter(ruleId, parameter);
  }

  @Override
  public Portfolio portfolio() {
    return index.portfolio();
  }

  @Override
  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(index.organisations.get(id));
  }

  @Override
  public Optional<Programme> programme(ProgrammeId id) {
    return Optional.ofNullable(index.programmes.get(id));
  }

  @Override
  public Optional<Partnership> partnership(PartnershipId id) {
    return Optional.ofNullable(index.partnerships.get(id));
  }

  @Override
  public Optional<Initiative> initiative(InitiativeId id) {
    return Optional.ofNullable(index.initiatives.get(id));
  }

  @Override
  public List<ReciprocityAssessment> assessmentsOf(PartnershipId id) {
    return index.assessmentsByPartnership.getOrDefault(id, List.of());
  }

  @Override
  public List<VolunteerMission> missionsOf(InitiativeId id) {
    return index.missionsByInitiative.getOrDefault(id, List.of());
  }

  @Override
  public Optional<FundingAgreement> agreement(AgreementId id) {
    return Optional.ofNullable(index.agreements.get(id));
  }

  @Override
  public List<FundingAgreement> agreementsOf(InitiativeId id) {
    return index.agreementsByInitiative.getOrDefault(id, List.of());
  }

  @Override
  public List<Transaction> transactionsOf(AgreementId id) {
    return index.transactionsByAgreement.getOrDefault(id, List.of());
  }
}

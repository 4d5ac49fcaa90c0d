package org.partnershipsdk.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/** Lookups by identifier over one portfolio, built once per run. The first of duplicate ids wins. */
final class PortfolioIndex {
  private static final Comparator<ReciprocityAssessment> BY_DATE =
      Comparator.comparing((ReciprocityAssessment a) -> a.date().orElse(LocalDate.MAX));

  private final Portfolio portfolio;
  final Map<OrganisationId, Organisation> organisations;
  final Map<ProgrammeId, Programme> programmes;
  final Map<PartnershipId, Partnership> partnerships;
  final Map<InitiativeId, Initiative> initiatives;
  final Map<PartnershipId, List<ReciprocityAssessment>> assessmentsByPartnership = new HashMap<>();
  final Map<InitiativeId, List<VolunteerMission>> missionsByInitiative = new HashMap<>();
  final Map<AgreementId, FundingAgreement> agreements;
  final Map<InitiativeId, List<FundingAgreement>> agreementsByInitiative = new HashMap<>();
  final Map<AgreementId, List<Transaction>> transactionsByAgreement = new HashMap<>();

  PortfolioIndex(Portfolio portfolio) {
    this.portfolio = portfolio;
    this.organisations = byId(portfolio.organisations(), Organisation::id);
    this.programmes = byId(portfolio.programmes(), Programme::id);
    this.partnerships = byId(portfolio.partnerships(), Partnership::id);
    this.initiatives = byId(portfolio.initiatives(), Initiative::id);
    for (ReciprocityAssessment assessment : portfolio.assessments()) {
      assessmentsByPartnership.computeIfAbsent(assessment.partnership(), k -> new ArrayList<>()).add(assessment);
    }
    assessmentsByPartnership.replaceAll((k, list) -> {
      list.sort(BY_DATE);
      return List.copyOf(list);
    });
    for (VolunteerMission mission : portfolio.missions()) {
      mission.initiative().ifPresent(id -> missionsByInitiative.computeIfAbsent(id, k -> new ArrayList<>()).add(mission));
    }
    missionsByInitiative.replaceAll((k, list) -> List.copyOf(list));
    this.agreements = byId(portfolio.agreements(), FundingAgreement::id);
    for (FundingAgreement agreement : portfolio.agreements()) {
      for (InitiativeId initiative : agreement.initiatives()) {
        agreementsByInitiative.computeIfAbsent(initiative, k -> new ArrayList<>()).add(agreement);
      }
    }
    agreementsByInitiative.replaceAll((k, list) -> List.copyOf(list));
    for (Transaction transaction : portfolio.transactions()) {
      transaction.agreement().ifPresent(id -> transactionsByAgreement.computeIfAbsent(id, k -> new ArrayList<>())
          .add(transaction));
    }
    transactionsByAgreement.replaceAll((k, list) -> List.copyOf(list));
  }

  Portfolio portfolio() {
    return portfolio;
  }

  private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
    Map<K, V> map = new HashMap<>(values.size() * 2);
    for (V value : values) {
      map.putIfAbsent(id.apply(value), value);
    }
    return map;
  }
}

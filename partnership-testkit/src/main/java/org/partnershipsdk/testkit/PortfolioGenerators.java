package org.partnershipsdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * Generates whole portfolios whose references hold together: identifiers are unique within their
 * kind (they end with the element's rank), and every programme, partnership, initiative and
 * organisation referred to is in the portfolio. Assessments are answered by the two organisations
 * of the partnership they assess.
 */
final class PortfolioGenerators {
  private PortfolioGenerators() {}

  /**
   * @param minOrganisations the fewest organisations, whatever the size
   * @param minPartnerships the fewest partnerships, whatever the size (needs two organisations)
   */
  static Portfolio portfolio(GenContext context, int minOrganisations, int minPartnerships) {
    int organisationCount = Math.max(Math.min(2, context.size()), Draws.count(context, minOrganisations, 8));
    List<Vocabulary.OrganisationTemplate> templates = Draws.distinct(context, Vocabulary.ORGANISATIONS, organisationCount);
    List<Organisation> organisations = times(organisationCount, i -> {
      Vocabulary.OrganisationTemplate template = i <= templates.size()
          ? templates.get(i - 1)
          : context.pick(Vocabulary.ORGANISATIONS);
      return OrganisationGenerators.organisation(context, template, OrganisationId.of(template.slug() + "-" + i));
    });
    List<OrganisationId> organisationIds = organisations.stream().map(Organisation::id).toList();

    Refs byOrganisations = new Refs(organisationIds, List.of(), List.of(), List.of());
    List<Vocabulary.ProgrammeTemplate> programmeTemplates =
        Draws.distinct(context, Vocabulary.PROGRAMMES, Draws.count(context, 0, 3));
    List<Programme> programmes = times(programmeTemplates.size(), i -> {
      Vocabulary.ProgrammeTemplate template = programmeTemplates.get(i - 1);
      return PartnershipGenerators.programme(context, byOrganisations, template,
          ProgrammeId.of(template.slug() + "-" + i));
    });
    List<ProgrammeId> programmeIds = programmes.stream().map(Programme::id).toList();

    Refs forPartnerships = new Refs(organisationIds, programmeIds, List.of(), List.of());
    List<List<OrganisationId>> pairs = Draws.distinct(context, pairs(organisationIds),
        Draws.count(context, minPartnerships, 6));
    List<Partnership> partnerships = times(pairs.size(), i -> {
      List<OrganisationId> pair = Draws.distinct(context, pairs.get(i - 1), 2);
      return PartnershipGenerators.partnership(context, forPartnerships, PartnershipId.of("partnership-" + i),
          pair.get(0), pair.get(1));
    });
    List<PartnershipId> partnershipIds = partnerships.stream().map(Partnership::id).toList();

    Refs forInitiatives = new Refs(organisationIds, programmeIds, partnershipIds, List.of());
    List<Initiative> initiatives = times(Draws.count(context, 0, 6), i ->
        InitiativeGenerators.initiative(context, forInitiatives, InitiativeId.of("initiative-" + i),
            programme -> programmes.stream().filter(p -> p.id().equals(programme)).findFirst()
                .flatMap(Programme::cycle).orElseGet(CycleModels::standard)));

    Refs forMissions = new Refs(organisationIds, programmeIds, partnershipIds,
        initiatives.stream().map(Initiative::id).toList());
    List<VolunteerMission> missions = times(Draws.count(context, 0, 6), i ->
        MissionGenerators.mission(context, forMissions, MissionId.of("mission-" + i)));

    List<ReciprocityAssessment> assessments = partnerships.isEmpty() ? List.of()
        : times(Draws.count(context, 0, 6), i -> {
          Partnership assessed = context.pick(partnerships);
          return ReciprocityGenerators.assessment(context, AssessmentId.of("barometre-" + i), assessed.id(),
              assessed.supportingOrganisation(), assessed.partner());
        });

    List<InitiativeId> initiativeIds = initiatives.stream().map(Initiative::id).toList();
    Refs forAgreements = new Refs(organisationIds, programmeIds, partnershipIds, initiativeIds);
    List<FundingAgreement> agreements = organisations.size() < 2 ? List.of()
        : times(Draws.count(context, 0, 3), i -> FundingGenerators.agreement(context, forAgreements,
            AgreementId.of("agreement-" + i)));
    List<Transaction> transactions = FundingGenerators.transactions(context, agreements, Draws.count(context, 0, 8));

    return Portfolio.builder()
        .organisations(organisations)
        .programmes(programmes)
        .partnerships(partnerships)
        .initiatives(grantedByAgreements(context, initiatives, agreements))
        .missions(missions)
        .assessments(assessments)
        .agreements(agreements)
        .transactions(transactions)
        .build();
  }

  /**
   * Links co-financing to the agreements that grant it: for some agreements, the first co-financing
   * share of an initiative it funds becomes the agreement funder's, granted by it.
   */
  private static List<Initiative> grantedByAgreements(GenContext context, List<Initiative> initiatives,
      List<FundingAgreement> agreements) {
    List<Initiative> linked = new ArrayList<>(initiatives);
    for (FundingAgreement agreement : agreements) {
      if (agreement.funder().isEmpty() || agreement.initiatives().isEmpty() || !context.chance(0.5)) {
        continue;
      }
      for (int i = 0; i < linked.size(); i++) {
        Initiative initiative = linked.get(i);
        if (initiative.id().equals(agreement.initiatives().get(0)) && !initiative.coFinancing().isEmpty()) {
          List<CoFinancing> shares = new ArrayList<>(initiative.coFinancing());
          shares.set(0, shares.get(0).withFunder(agreement.funder().get()).withAgreement(agreement.id()));
          linked.set(i, initiative.withCoFinancing(shares));
        }
      }
    }
    return linked;
  }

  /** @return every pair of distinct organisations, each once whatever the order */
  private static List<List<OrganisationId>> pairs(List<OrganisationId> organisations) {
    List<List<OrganisationId>> pairs = new ArrayList<>();
    for (int i = 0; i < organisations.size(); i++) {
      for (int j = i + 1; j < organisations.size(); j++) {
        pairs.add(List.of(organisations.get(i), organisations.get(j)));
      }
    }
    return pairs;
  }

  /** @return the elements made for ranks 1 to {@code count}, in order */
  private static <T> List<T> times(int count, IntFunction<T> make) {
    List<T> elements = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      elements.add(make.apply(i));
    }
    return elements;
  }
}

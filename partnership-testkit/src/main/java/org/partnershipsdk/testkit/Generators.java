package org.partnershipsdk.testkit;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Signatory;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.Volunteer;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.ResultsFramework;

/**
 * Seeded generators of valid values for every type of the model, and of drafts with one chosen
 * {@linkplain Defect defect}. The same seed always gives the same value, so a failure can be
 * replayed; {@link GenContext#size()} bounds every generated collection (participants, phases,
 * indicators, a portfolio's elements...), except the standard criteria set of reciprocity
 * assessments, which always holds its eleven criteria, and their two responses.
 *
 * <p>Values read like the seed cases: organisations, places and programmes come from them
 * (GDCAM in Moulenda, AHPA and CRIPADD in Kpomassé, Canasta Campesina in Comasagua, CAAC, EXPLOR...),
 * in French and English. People are fictitious and drawn from {@link #PERSONAL_NAMES}; every personal
 * value a generator writes is in {@link #PERSONAL_VALUES}, so that a test can check that none
 * appears where it must not, such as in a {@code toString()}.
 *
 * <p>What "valid" means: {@code ModelValidator.create().validate(value)} reports nothing. A value
 * generated alone refers to organisations, programmes or partnerships that exist nowhere; in a
 * generated {@linkplain #portfolios() portfolio}, every reference resolves.
 *
 * <pre>{@code
 * Initiative initiative = Generators.initiatives().generate(GenContext.of(seed));
 * Portfolio small = Generators.portfolios().generate(GenContext.of(seed, 2));
 * }</pre>
 */
public final class Generators {
  /**
   * The fictitious people the generators name: volunteers, contact persons, programme officers,
   * consultants. Each name is distinctive, so that a test can search for it.
   */
  public static final List<String> PERSONAL_NAMES = People.NAMES;

  /**
   * Every personal value the generators may write: names, e-mail addresses (including mistyped
   * ones), telephone numbers, roles and skills of people, programme officers' areas, and
   * respondents' comments. None of them appears in any other text the generators write.
   */
  public static final List<String> PERSONAL_VALUES = People.all();

  private static final Map<Class<?>, BiFunction<GenContext, Defect, Object>> DRAFTS = Map.of(
      Organisation.class, OrganisationDefects::organisation,
      Programme.class, OrganisationDefects::programme,
      Partnership.class, OrganisationDefects::partnership,
      Portfolio.class, OrganisationDefects::portfolio,
      Initiative.class, InitiativeDefects::initiative,
      Indicator.class, ResultsDefects::indicator,
      VolunteerMission.class, MissionDefects::mission,
      ReciprocityAssessment.class, MissionDefects::assessment,
      FundingAgreement.class, FundingDefects::agreement,
      Transaction.class, FundingDefects::transaction);

  private Generators() {}

  /** @return countries of the seed cases: France, Congo, Benin, El Salvador, Senegal, Guinea, Laos... */
  public static Gen<CountryCode> countries() {
    return context -> context.pick(Places.COUNTRIES);
  }

  /** @return the currencies budgets are drawn in, the euro most often */
  public static Gen<CurrencyCode> currencies() {
    return context -> context.pick(Places.BUDGET_CURRENCIES);
  }

  /** @return amounts from zero to 500,000, in the currency's usual minor unit */
  public static Gen<Money> money() {
    return OrganisationGenerators::money;
  }

  /** @return periods with both ends known, from a day to three years long, starting from 2014 */
  public static Gen<Period> periods() {
    return OrganisationGenerators::period;
  }

  /** @return places of the seed cases (Montauban, Comasagua, Kpomassé, Pool...), each in its country */
  public static Gen<Territory> territories() {
    return OrganisationGenerators::territory;
  }

  /** @return contact persons, fictitious, with some of their role, e-mail address and telephone */
  public static Gen<ContactPerson> contactPersons() {
    return OrganisationGenerators::contactPerson;
  }

  /** @return organisations of the seed cases, with territories in their country and contact persons */
  public static Gen<Organisation> organisations() {
    return OrganisationGenerators::organisation;
  }

  /**
   * @return programmes (CAAC, EXPLOR...) with phases in order, each beginning after the previous
   *     ended; most name a built-in profile, with parameter values and rules switched off or on that
   *     the profile has, and some a cycle model
   */
  public static Gen<Programme> programmes() {
    return context -> PartnershipGenerators.programme(context, Refs.standalone(context));
  }

  /** @return programme officers, fictitious, geographic or thematic, some with the period they followed a relation */
  public static Gen<ProgrammeOfficer> programmeOfficers() {
    return PartnershipGenerators::officer;
  }

  /**
   * @return partnerships between two distinct organisations, most followed by a programme officer,
   *     some by several over time, some with a status and a last day after their first
   */
  public static Gen<Partnership> partnerships() {
    return context -> {
      Refs refs = Refs.standalone(context);
      return PartnershipGenerators.partnership(context, refs, refs.partnerships().get(0));
    };
  }

  /**
   * @return project cycles built move by move through {@link ProjectCycle#moveTo}, in the standard
   *     cycle model: the stages of its path, the evaluation sometimes passed over, suspensions with a
   *     reason and resumptions, back-moves and reopenings with a reason, the odd cancellation
   */
  public static Gen<ProjectCycle> projectCycles() {
    return context -> CycleGenerators.cycle(context, context.dateBetween(Draws.EARLIEST, Draws.LATEST_START));
  }

  /**
   * @return cycle models that validate clean: the built-in ones, and variants of their paths with
   *     optional stages, back-moves and reopenings (some without a reason) and built-in guards
   */
  public static Gen<CycleModel> cycleModels() {
    return CycleGenerators::model;
  }

  /**
   * @return programme profile settings naming a built-in profile, with parameter values, rules off
   *     and on that the profile has, so that the rules engine applies them without a problem
   */
  public static Gen<ProfileSettings> profileSettings() {
    return PartnershipGenerators::profileSettings;
  }

  /** @return indicators whose baseline, targets and measurements hold the kind of value their measure expects */
  public static Gen<Indicator> indicators() {
    return context -> {
      Period span = OrganisationGenerators.period(context);
      return LaterDetails.indicator(context, ResultsGenerators.indicator(context, span), span);
    };
  }

  /** @return results frameworks: an overall objective, specific objectives, expected results, activities */
  public static Gen<ResultsFramework> resultsFrameworks() {
    return context -> {
      Period span = OrganisationGenerators.period(context);
      ResultsFramework framework = ResultsGenerators.framework(context, span, context.pick(Places.BUDGET_CURRENCIES));
      return LaterDetails.framework(context, framework, span, List.of());
    };
  }

  /** @return evaluations, their terms of reference drafted and consultant chosen by named organisations */
  public static Gen<Evaluation> evaluations() {
    return context -> LaterDetails.evaluation(context, InitiativeGenerators.evaluation(context,
        Refs.standalone(context).organisations(), OrganisationGenerators.period(context)));
  }

  /** @return follow-up contacts: field visits, calls, e-mails... each dated */
  public static Gen<FollowUpContact> followUpContacts() {
    return context -> InitiativeGenerators.followUpContact(context, Refs.standalone(context),
        OrganisationGenerators.period(context));
  }

  /**
   * @return initiatives with participants and roles, a budget and co-financing in one currency within
   *     it, territories (some linking a French territory with one abroad), a project cycle, a results
   *     framework, evaluations and follow-up contacts
   */
  public static Gen<Initiative> initiatives() {
    return context -> {
      Refs refs = Refs.standalone(context);
      return InitiativeGenerators.initiative(context, refs, refs.initiatives().get(0));
    };
  }

  /** @return volunteers, fictitious, with some of their skills and role */
  public static Gen<Volunteer> volunteers() {
    return MissionGenerators::volunteer;
  }

  /**
   * @return volunteer missions of five to fifteen days whose declared duration matches the dates,
   *     prepared before departure and, for some, with a return after the last day; most with a
   *     status, held when they have a return
   */
  public static Gen<VolunteerMission> missions() {
    return context -> MissionGenerators.mission(context, Refs.standalone(context),
        MissionId.of("explor-mission-" + context.intBetween(1, 999)));
  }

  /**
   * @return reciprocity assessments on the standard criteria set, answered by both sides of the
   *     partnership, with scores within the scale, some criteria left unscored or unanswered
   */
  public static Gen<ReciprocityAssessment> reciprocityAssessments() {
    return context -> ReciprocityGenerators.assessment(context, Refs.standalone(context));
  }

  /** @return links to documents (terms of reference, reports, photos...), on the web or in a document store */
  public static Gen<DocumentLink> documentLinks() {
    return FundingGenerators::document;
  }

  /**
   * @return budget lines of a generated budget that add up to it, some revised (the original kept),
   *     some covering one calendar year
   */
  public static Gen<List<BudgetLine>> budgetLines() {
    return context -> {
      Money budget = OrganisationGenerators.money(context);
      return FundingGenerators.budgetLines(context, budget, OrganisationGenerators.period(context));
    };
  }

  /** @return signatories of agreements, fictitious, with some of their function, organisation and day */
  public static Gen<Signatory> signatories() {
    return context -> FundingGenerators.signatory(context, Refs.standalone(context).organisations(),
        context.dateBetween(Draws.EARLIEST, Draws.LATEST_START));
  }

  /**
   * @return funding agreements between two organisations, signed unless a draft, whose tranches
   *     fall within their period and add up to their amount, and are paid, for some, after the report
   *     they wait for was accepted
   */
  public static Gen<FundingAgreement> agreements() {
    return context -> FundingGenerators.agreement(context, Refs.standalone(context),
        AgreementId.of("agreement-" + context.intBetween(1, 999)));
  }

  /** @return transactions of every kind, some under an agreement and paying one of its tranches */
  public static Gen<Transaction> transactions() {
    return context -> FundingGenerators.transaction(context, Refs.standalone(context));
  }

  /**
   * @return portfolios whose references all resolve and whose identifiers are unique within their
   *     kind; with a size of 2 or more, at least two organisations
   */
  public static Gen<Portfolio> portfolios() {
    return context -> PortfolioGenerators.portfolio(context, 0, 0);
  }

  /**
   * Drafts are otherwise generated as the valid values are, within the context's size, but hold
   * what the defect needs whatever the size: a duplicate participant needs a first one, a portfolio
   * with an unknown reference needs a partnership between two organisations.
   *
   * @param defect the defect the drafts carry
   * @return drafts of the defect's {@linkplain Defect#type() type} carrying that defect and no other,
   *     with the violation validation must report
   * @throws IncompleteValueException if {@code defect} is null
   */
  public static Gen<Broken<?>> withDefect(Defect defect) {
    if (defect == null) {
      throw new IncompleteValueException("defect");
    }
    BiFunction<GenContext, Defect, Object> draft = DRAFTS.get(defect.type());
    return context -> Broken.of(defect, draft.apply(context, defect));
  }

  /** @return drafts carrying one defect, any of them */
  public static Gen<Broken<?>> withAnyDefect() {
    return context -> withDefect(context.pick(Defect.class)).generate(context);
  }
}

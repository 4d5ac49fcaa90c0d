package org.partnershipsdk.testkit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * The real cases of the source documents (docs/sources.md) as model values (cas réels): the
 * organisations, programmes, initiatives, volunteer missions, partnerships and reciprocity
 * assessments that the practice texts
 * of CCFD-Terre Solidaire, the CFSI (CAAC) and Lianes Coopération (EXPLOR) describe, gathered in one
 * {@link #portfolio()} whose references all resolve and which validates clean. Use them as
 * realistic data in tests and examples, and run the rules on them with {@link #clock()}:
 *
 * <pre>{@code
 * RuleReport report = RulesEngine.byProgramme(RealCases.clock()).evaluate(RealCases.portfolio());
 * }</pre>
 *
 * <h2>The sources</h2>
 * <ul>
 *   <li>CCFD-Terre Solidaire, « L'appui aux actions », 2011 (updated 2021): the project cycle, the
 *       partner's sovereignty, co-construction, evaluations; the jam production in Laos;
 *   <li>Grdr, Lianes Coopération and Apes, « ESS et solidarités internationales : regards croisés »,
 *       2023: the EXPLOR programme and its missions;
 *   <li>Fonda, « Coopérer autrement en acteurs du changement », Tribune Fonda n° 247, 2020: the CAAC
 *       programme, its figures, and the Comasagua ↔ Montauban initiative;
 *   <li>Fonda, account of the CAAC programme for the Université du Faire ensemble: the CFDT, Essentiel
 *       and UNSAS initiative, Guinée 44's, and the reciprocity barometer.
 * </ul>
 * <p>Each programme names the built-in profile of its name ({@code caac}, {@code explor}), so one
 * run by programme judges every case by the practice of its programme, and the rest (CCFD-Terre
 * Solidaire's Laos initiative and partnership, Les Anges Gardins ↔ AHPA) by the {@code default}
 * profile. The missions were held ({@link org.partnershipsdk.core.mission.MissionStatus#HELD}).
 *
 * <h2>What it holds</h2>
 * <ul>
 *   <li>Programmes: {@linkplain #caac() CAAC} (CFSI, since 2014, phases CAAC 1, 2 and 3, with its
 *       figures for 2014–2018 as aggregate results: nine initiatives, more than 70 partners, 460,000
 *       people) and {@linkplain #explor() EXPLOR} (Lianes Coopération, since 2021, four regions).
 *   <li>The four EXPLOR missions: the two {@linkplain #moulenda() Moulenda} {@linkplain #moulendaSecond()
 *       missions} the source describes together (Republic of the Congo, Pool; holder GDCAM, local
 *       partner GCADEM, volunteers' structure IKO Power; a feasibility study; one 7-day stay for the two),
 *       {@linkplain #kpomasse() Kpomassé} (Benin, Atlantique; AHPA, CRIPADD, Les Anges Gardins; 8 days;
 *       15 employees trained, a sanitary control plan) and {@linkplain #kpomasseAndOuidah() Kpomassé
 *       and Ouidah} (AHPA, CRIPADD, AEMA; 9 days).
 *   <li>The CAAC initiatives: {@linkplain #comasaguaMontauban() Comasagua ↔ Montauban} (2015–2018,
 *       territory to territory, the Secours populaire français of Tarn-et-Garonne with Canasta
 *       Campesina and their partners, three universities among them; 300 people brought together by
 *       the Montauban solidarity garden), with {@linkplain #comasaguaCrossVisit() one of its cross
 *       missions}; {@linkplain #senegalDriedFish() the CFDT with Essentiel and the UNSAS} for women
 *       selling dried fish in Senegal; {@linkplain #guineeKindia() Guinée 44 with two rural family
 *       training centres} for the young people of Kindia. And CCFD-Terre Solidaire's
 *       {@linkplain #laosJam() jam production in Laos} for a fair-trade brand.
 *   <li>Partnerships: {@linkplain #spfComasagua() the Secours populaire français with the communities
 *       of Comasagua}, since the middle of the 2000s; {@linkplain #spf82CanastaCampesina() SPF 82 ↔
 *       Canasta Campesina} with {@linkplain #comasaguaFirstAssessment() two}
 *       {@linkplain #comasaguaSecondAssessment() reciprocity assessments} answered by both sides;
 *       {@linkplain #ccfdLaosJamProducers() CCFD-Terre Solidaire ↔ the Laos jam producers};
 *       {@linkplain #cfdtUnsas() CFDT ↔ UNSAS} with {@linkplain #cfdtUnsasAssessment() an assessment
 *       only the CFDT has answered}; and {@linkplain #lesAngesGardinsAhpa() Les Anges Gardins ↔ AHPA},
 *       the support continued under a partnership agreement after a mission.
 *   <li>The {@linkplain #organisations() 31 organisations} these refer to, with their natures and
 *       countries.
 *   <li>Money, all illustrative: {@linkplain #comasaguaAgreement() the CAAC agreement} of the CFSI
 *       with the SPF of Tarn-et-Garonne for Comasagua ↔ Montauban, its tranches and reports, and
 *       {@linkplain #comasaguaTransactions() the transactions} under it; and the initiative's budget,
 *       budget lines and CFSI co-financing.
 * </ul>
 *
 * <h2>Facts and illustrative values</h2>
 * <p>Names, places, the natures the sources state, stated durations, objectives, achievements,
 * fields of action, the programmes' years, regions and figures, and the 300 people of the Montauban
 * solidarity garden are the sources' facts. What the sources do not say is left unsaid where the
 * model allows it — no SDG for any initiative, no co-constructed design, nobody stated as carrying
 * the legal responsibility, no total of beneficiaries, no party or return of the cross mission — so
 * that no invented value silences a rule
 * the facts would trigger. Everything else a complete value needs is illustrative, chosen to be
 * plausible and never to contradict the sources, and listed in {@link #ILLUSTRATIVE}, which the
 * portfolio's {@linkplain Portfolio#description() description} carries.
 *
 * <p>Every method builds its value afresh; equal calls give equal values.
 */
public final class RealCases {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** The Fonda's text on the CAAC programme and Comasagua ↔ Montauban, as data cite it. */
  static final String FONDA_2020 =
      "Fonda, « Coopérer autrement en acteurs du changement », Tribune Fonda n° 247, 2020";

  /**
   * What in the real cases is illustrative: the values a complete model needs that the sources do
   * not give, in the words the portfolio's description uses.
   */
  public static final String ILLUSTRATIVE = "The real cases of the partnership SDK, drawn from CCFD-Terre"
      + " Solidaire, « L'appui aux actions », 2011; Grdr, Lianes Coopération and Apes, « ESS et solidarités"
      + " internationales : regards croisés », 2023; " + FONDA_2020 + "; and the Fonda's account of the CAAC"
      + " programme. Names, places, stated natures and durations, objectives, achievements, fields of action, the"
      + " programmes' years, regions and figures, and the 300 people of the Montauban solidarity garden are the"
      + " sources'. Illustrative, because the sources do not give them: every day-precise date (stage histories,"
      + " periods, follow-up contacts, evaluations, missions' preparation and return, partnerships' starts but"
      + " the Secours populaire's support to Comasagua, \"since the middle of the 2000s\", recorded as 2005,"
      + " assessments); the evaluations of Comasagua ↔ Montauban and of the Laos initiative; the reciprocity"
      + " scores; the roles beyond those the sources state (a holder, a local partner, a supporting"
      + " organisation, a technical support); the natures of GCADEM, IKO Power, Les Anges Gardins, GAB 65 and"
      + " the rural family training centres, and the countries of Essentiel, of Médecins pour le droit à la"
      + " santé and of the two universities the sources do not name; the type of the Kpomassé and Ouidah"
      + " mission, typed as the one evaluation mission the source counts without naming it; which Moulenda"
      + " mission achieved what (the source gives the two Moulenda missions one \"Durée : 7 jours\", read as one"
      + " 7-day stay during which both took place, so each has those 7 days and the same dates); which mission"
      + " led to which adaptation; the Comasagua cross mission's 24 days and preparation (its parties and return,"
      + " which the sources do not give, are left out); and all money (budget, budget lines,"
      + " co-financing, the CAAC agreement, its tranches, reports and transactions), which says so in its"
      + " texts. The people (volunteers, the contact person, the programme officer, the consultant) are"
      + " fictitious.";

  private RealCases() {}

  /**
   * The day the time-based rules are run on: the findings pinned in the SDK's tests hold on it.
   *
   * @return 30 June 2024
   */
  public static LocalDate asOf() {
    return AS_OF;
  }

  /** @return a clock fixed at the start of {@link #asOf()}, in UTC, for {@code RulesEngine.of(profile, clock)} */
  public static Clock clock() {
    return Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /**
   * Every real case in one portfolio: organisations, the CAAC and EXPLOR programmes, the
   * partnerships, the initiatives, the missions, the assessments, the agreement and its
   * transactions, each list in the order of this class's documentation.
   *
   * @return the portfolio; it validates clean with {@code ModelValidator}
   */
  public static Portfolio portfolio() {
    return Portfolio.builder()
        .description(ILLUSTRATIVE)
        .addAllOrganisations(organisations())
        .addProgrammes(caac(), explor())
        .addPartnerships(spfComasagua(), spf82CanastaCampesina(), ccfdLaosJamProducers(), cfdtUnsas(),
            lesAngesGardinsAhpa())
        .addInitiatives(comasaguaMontauban(), senegalDriedFish(), guineeKindia(), laosJam())
        .addMissions(moulenda(), moulendaSecond(), kpomasse(), kpomasseAndOuidah(), comasaguaCrossVisit())
        .addAssessments(comasaguaFirstAssessment(), comasaguaSecondAssessment(), cfdtUnsasAssessment())
        .addAgreements(comasaguaAgreement())
        .addAllTransactions(comasaguaTransactions())
        .build();
  }

  /**
   * @return the organisations of the real cases: supporting organisations and networks
   *     (CCFD-Terre Solidaire, the CFSI, Lianes Coopération), then those of the EXPLOR missions, of
   *     Comasagua ↔ Montauban (the Secours populaire français first), of the Senegal and Guinée 44
   *     initiatives, and the Laos jam producers
   */
  public static List<Organisation> organisations() {
    return RealOrganisations.all();
  }

  /**
   * @param id an organisation's identifier, such as {@code gdcam} or {@code spf-82}
   * @return the organisation of the real cases with that identifier, if any
   * @throws IncompleteValueException if {@code id} is null
   */
  public static Optional<Organisation> organisation(OrganisationId id) {
    if (id == null) {
      throw new IncompleteValueException("id");
    }
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** @return CAAC (Coopérer autrement en acteurs du changement), run by the CFSI since 2014 */
  public static Programme caac() {
    return RealProgrammes.caac();
  }

  /** @return EXPLOR, short volunteer missions run by Lianes Coopération since 2021 */
  public static Programme explor() {
    return RealProgrammes.explor();
  }

  /**
   * @return the first of the two EXPLOR missions on the feasibility of a micro hydro-electric plant in
   *     Moulenda (mission ① of the source, whose one "Durée : 7 jours" for missions ① and ② is read as one
   *     7-day stay during which both took place)
   */
  public static VolunteerMission moulenda() {
    return RealMissions.moulenda();
  }

  /**
   * @return the second EXPLOR mission in Moulenda (mission ②), which carries the achievements the
   *     source gives for the two missions
   */
  public static VolunteerMission moulendaSecond() {
    return RealMissions.moulendaSecond();
  }

  /** @return the EXPLOR mission on local tomato-preserve production in Kpomassé, 8 days */
  public static VolunteerMission kpomasse() {
    return RealMissions.kpomasse();
  }

  /**
   * @return the EXPLOR mission in Kpomassé and Ouidah with AEMA's volunteers, 9 days; typed an
   *     evaluation, illustratively: the source counts one evaluation mission without naming it, and
   *     gives this mission's objectives and achievements blank
   */
  public static VolunteerMission kpomasseAndOuidah() {
    return RealMissions.kpomasseAndOuidah();
  }

  /**
   * @return a cross mission of the Comasagua ↔ Montauban initiative: Comasagua farmers at the
   *     Montauban solidarity garden, South→North, 24 days (its dates are illustrative; its holder,
   *     local partner, volunteers' structure and return, which the source does not give, are left out)
   */
  public static VolunteerMission comasaguaCrossVisit() {
    return RealMissions.comasaguaCrossVisit();
  }

  /** @return the CAAC initiative "Des paniers paysans de Comasagua au jardin solidaire de Montauban" */
  public static Initiative comasaguaMontauban() {
    return RealInitiatives.comasaguaMontauban();
  }

  /** @return the CAAC initiative of the CFDT, Essentiel and the UNSAS for women selling dried fish in Senegal */
  public static Initiative senegalDriedFish() {
    return RealInitiatives.senegalDriedFish();
  }

  /** @return the CAAC initiative of Guinée 44 and two rural family training centres for the young people of Kindia */
  public static Initiative guineeKindia() {
    return RealInitiatives.guineeKindia();
  }

  /** @return CCFD-Terre Solidaire's initiative of jam production in Laos for a fair-trade brand */
  public static Initiative laosJam() {
    return RealInitiatives.laosJam();
  }

  /**
   * @return the CAAC funding agreement of the CFSI with the Secours populaire français of
   *     Tarn-et-Garonne for Comasagua ↔ Montauban, 45,000 EUR in three tranches with three reports:
   *     all illustrative, marked so in its title and description (the seeds give no figure)
   */
  public static FundingAgreement comasaguaAgreement() {
    return RealFunding.comasaguaAgreement();
  }

  /**
   * @return the transactions under {@link #comasaguaAgreement()}: the CFSI's commitment and one
   *     disbursement per tranche, all illustrative
   */
  public static List<Transaction> comasaguaTransactions() {
    return RealFunding.comasaguaTransactions();
  }

  /**
   * @return the Secours populaire français's support to the communities of Comasagua, "since the middle
   *     of the 2000s": a partnership known by its start year only, 2005
   */
  public static Partnership spfComasagua() {
    return RealPartnerships.spfComasagua();
  }

  /** @return the partnership of the Secours populaire français of Tarn-et-Garonne with Canasta Campesina */
  public static Partnership spf82CanastaCampesina() {
    return RealPartnerships.spf82CanastaCampesina();
  }

  /** @return the partnership of CCFD-Terre Solidaire with the Laos jam producers, followed by an Asia officer */
  public static Partnership ccfdLaosJamProducers() {
    return RealPartnerships.ccfdLaosJamProducers();
  }

  /** @return the partnership of the CFDT with the Senegalese union UNSAS */
  public static Partnership cfdtUnsas() {
    return RealPartnerships.cfdtUnsas();
  }

  /** @return Les Anges Gardins' support to AHPA under a partnership agreement, begun in 2023 */
  public static Partnership lesAngesGardinsAhpa() {
    return RealPartnerships.lesAngesGardinsAhpa();
  }

  /** @return the first reciprocity assessment of SPF 82 ↔ Canasta Campesina, both sides answering */
  public static ReciprocityAssessment comasaguaFirstAssessment() {
    return RealPartnerships.comasaguaFirst();
  }

  /** @return the second reciprocity assessment of SPF 82 ↔ Canasta Campesina, both sides answering */
  public static ReciprocityAssessment comasaguaSecondAssessment() {
    return RealPartnerships.comasaguaSecond();
  }

  /** @return the reciprocity assessment of CFDT ↔ UNSAS, which only the CFDT has answered so far */
  public static ReciprocityAssessment cfdtUnsasAssessment() {
    return RealPartnerships.cfdtUnsasOneSided();
  }
}

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
 * The real cases of the source documents (docs/sources.md) as model values (cas réels): the organisations, programmes,
 * initiatives, volunteer missions, partnerships and reciprocity assessments that the practice texts
 * of CCFD-Terre Solidaire, the CFSI (CAAC) and Lianes Coopération (EXPLOR) describe, gathered in one
 * {@link #portfolio()} whose references all resolve and which validates clean. Use them as
 * realistic data in tests and examples, and run the rules on them with {@link #clock()}:
 *
 * <pre>{@code
 * RuleReport report = RulesEngine.byProgramme(RealCases.clock()).evaluate(RealCases.portfolio());
 * }</pre>
 *
 * <p>Each programme names the built-in profile of its name ({@code caac}, {@code explor}), so one
 * run by programme judges every case by the practice of its programme, and the rest (CCFD-Terre
 * Solidaire's Laos initiative and partnership, Les Anges Gardins ↔ AHPA) by the {@code default}
 * profile. The missions were held ({@link org.partnershipsdk.core.mission.MissionStatus#HELD}).
 *
 * <h2>What it holds</h2>
 * <ul>
 *   <li>Programmes: {@linkplain #caac() CAAC} (CFSI, since 2014, phases CAAC 1, 2 and 3) and
 *       {@linkplain #explor() EXPLOR} (Lianes Coopération, since 2021, four regions).
 *   <li>The three EXPLOR missions: {@linkplain #moulenda() Moulenda} (Republic of the Congo, Pool;
 *       holder GDCAM, local partner GCADEM, volunteers' structure IKO Power; 7 days),
 *       {@linkplain #kpomasse() Kpomassé} (Benin, Atlantique; AHPA, CRIPADD, Les Anges Gardins; 8 days;
 *       15 employees trained, a sanitary control plan) and {@linkplain #kpomasseAndOuidah() Kpomassé
 *       and Ouidah} (AHPA, CRIPADD, AEMA; 9 days), with their objectives and achievements.
 *   <li>The CAAC initiatives: {@linkplain #comasaguaMontauban() Comasagua ↔ Montauban} (2015–2018,
 *       territory to territory, the Secours populaire français of Tarn-et-Garonne with Canasta
 *       Campesina and their partners, 300 people in Montauban), with {@linkplain #comasaguaCrossVisit()
 *       one of its cross missions}; {@linkplain #senegalDriedFish() the CFDT with Essentiel and the
 *       UNSAS} for women selling dried fish in Senegal; {@linkplain #guineeKindia() Guinée 44 with two
 *       rural family training centres} for the young people of Kindia. And CCFD-Terre Solidaire's
 *       {@linkplain #laosJam() jam production in Laos} for a fair-trade brand.
 *   <li>Partnerships: {@linkplain #spf82CanastaCampesina() SPF 82 ↔ Canasta Campesina} with
 *       {@linkplain #comasaguaFirstAssessment() two} {@linkplain #comasaguaSecondAssessment()
 *       reciprocity assessments} answered by both sides; {@linkplain #ccfdLaosJamProducers() CCFD-Terre
 *       Solidaire ↔ the Laos jam producers}; {@linkplain #cfdtUnsas() CFDT ↔ UNSAS} with
 *       {@linkplain #cfdtUnsasAssessment() an assessment only the CFDT has answered}; and
 *       {@linkplain #lesAngesGardinsAhpa() Les Anges Gardins ↔ AHPA}, the support continued under a
 *       partnership agreement after a mission.
 *   <li>The {@linkplain #organisations() 28 organisations} these refer to, with their natures and
 *       countries.
 *   <li>Money, all illustrative: {@linkplain #comasaguaAgreement() the CAAC agreement} of the CFSI
 *       with the SPF of Tarn-et-Garonne for Comasagua ↔ Montauban, its tranches and reports, and
 *       {@linkplain #comasaguaTransactions() the transactions} under it; and the initiative's budget,
 *       budget lines and CFSI co-financing.
 * </ul>
 *
 * <h2>Facts and illustrative values</h2>
 * <p>Names, roles, places, natures the source documents state, durations, objectives, achievements, fields of
 * action and the 300 people of Montauban are the source documents' facts. Everything else a complete value
 * needs and the source documents do not give is illustrative, chosen to be plausible and never to contradict
 * them:
 * <ul>
 *   <li>every day-precise date: stage histories (Comasagua ↔ Montauban closed a week after its
 *       illustrative final report was accepted), periods of the missions (in 2022 for EXPLOR) and of
 *       the initiatives, follow-up contacts, evaluations, mission preparation and return, the start of
 *       each partnership and the days of the assessments;
 *   <li>the reciprocity scores (the Comasagua ones are those of {@code docs/reciprocity.md}); the
 *       assessments are dated 2021 and 2022 because the source documents announce the barometer for CAAC 3;
 *   <li>the SDGs of the Comasagua, Senegal and Laos initiatives (the source documents say CAAC initiatives
 *       realise the SDGs but name none per initiative); the Guinée 44 initiative is left without,
 *       to show the CAAC rule;
 *   <li>natures the source documents do not state: GCADEM as an association, IKO Power and Les Anges Gardins as
 *       social and solidarity economy actors (volunteers' structures lend the skills of SSE
 *       professionals), GAB 65 as a farmers' group, the rural family training centres as schools;
 *       and the countries of Essentiel (France) and of Médecins pour le droit à la santé (El Salvador);
 *   <li>the type of the Kpomassé and Ouidah mission (a diagnostic), whose objectives and achievements
 *       the seed leaves blank; which mission led to which adaptation (the seed lists the strategies
 *       without naming the missions); the participant roles beyond holder and local partner; the
 *       Comasagua cross mission's parties, 24 days and preparation;
 *   <li>all money: the seeds say that the CFSI's CAAC programme supported Comasagua ↔ Montauban from
 *       2015 to 2018 and nothing of amounts, so its budget, budget lines, co-financing, agreement,
 *       tranches, reports, signatory and transactions are invented, and their titles, labels and
 *       description say "illustrative";
 *   <li>people: volunteers, the contact person, the programme officer and the consultant are
 *       fictitious; the two universities of El Salvador and the two rural family training centres
 *       the source documents do not name are left out or named by a letter.
 * </ul>
 *
 * <p>Every method builds its value afresh; equal calls give equal values.
 */
public final class RealCases {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

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
        .addAllOrganisations(organisations())
        .addProgrammes(caac(), explor())
        .addPartnerships(spf82CanastaCampesina(), ccfdLaosJamProducers(), cfdtUnsas(), lesAngesGardinsAhpa())
        .addInitiatives(comasaguaMontauban(), senegalDriedFish(), guineeKindia(), laosJam())
        .addMissions(moulenda(), kpomasse(), kpomasseAndOuidah(), comasaguaCrossVisit())
        .addAssessments(comasaguaFirstAssessment(), comasaguaSecondAssessment(), cfdtUnsasAssessment())
        .addAgreements(comasaguaAgreement())
        .addAllTransactions(comasaguaTransactions())
        .build();
  }

  /**
   * @return the organisations of the real cases: supporting organisations and networks
   *     (CCFD-Terre Solidaire, the CFSI, Lianes Coopération), then those of the EXPLOR missions, of
   *     Comasagua ↔ Montauban, of the Senegal and Guinée 44 initiatives, and the Laos jam producers
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

  /** @return the EXPLOR mission on the feasibility of a micro hydro-electric plant in Moulenda, 7 days */
  public static VolunteerMission moulenda() {
    return RealMissions.moulenda();
  }

  /** @return the EXPLOR mission on local tomato-preserve production in Kpomassé, 8 days */
  public static VolunteerMission kpomasse() {
    return RealMissions.kpomasse();
  }

  /** @return the EXPLOR mission in Kpomassé and Ouidah with AEMA's volunteers, 9 days */
  public static VolunteerMission kpomasseAndOuidah() {
    return RealMissions.kpomasseAndOuidah();
  }

  /**
   * @return a cross mission of the Comasagua ↔ Montauban initiative: Comasagua farmers at the
   *     Montauban solidarity garden, South→North, 24 days (its parties and dates are illustrative)
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

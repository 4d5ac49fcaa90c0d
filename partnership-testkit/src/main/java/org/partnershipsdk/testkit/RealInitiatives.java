package org.partnershipsdk.testkit;

import static org.partnershipsdk.core.initiative.ParticipantRole.ASSOCIATE;
import static org.partnershipsdk.core.initiative.ParticipantRole.FUNDER;
import static org.partnershipsdk.core.initiative.ParticipantRole.HOLDER;
import static org.partnershipsdk.core.initiative.ParticipantRole.LOCAL_PARTNER;
import static org.partnershipsdk.core.initiative.ParticipantRole.SUPPORTING_ORGANISATION;
import static org.partnershipsdk.core.initiative.ParticipantRole.TECHNICAL_SUPPORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.Beneficiaries;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.EvaluationTiming;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;

/**
 * The initiatives of the {@link RealCases}: the three CAAC initiatives of Fonda 2020 and Fonda n.d.
 * and CCFD-Terre Solidaire's jam production in Laos (CCFD 2011). Participants, places, fields and
 * the 300 people of the Montauban solidarity garden are the source documents'; dates, stage
 * histories, follow-up contacts, evaluations, the roles the sources do not state, and the budget,
 * budget lines and CFSI co-financing of Comasagua ↔ Montauban ({@link RealFunding}) are
 * illustrative. What the sources do not say is left unsaid where the model allows it: no SDG, no
 * co-construction, nobody stated as carrying the legal responsibility, no total of beneficiaries.
 */
final class RealInitiatives {
  private RealInitiatives() {}

  /** CAAC 2015–2018: "Des paniers paysans de Comasagua au jardin solidaire de Montauban". */
  static Initiative comasaguaMontauban() {
    return Initiative.builder()
        .id(CaseIds.COMASAGUA_MONTAUBAN)
        .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
        .summary("Market-garden plots for young people and women in Comasagua, and a solidarity garden in"
            + " Montauban that brings people in hardship together, with cross missions between Salvadorans"
            + " and French people")
        .programme(CaseIds.CAAC)
        .partnership(CaseIds.SPF_CANASTA)
        .addParticipant(Participant.of(CaseIds.SPF_82, HOLDER, SUPPORTING_ORGANISATION))
        .addParticipant(Participant.of(CaseIds.CANASTA, LOCAL_PARTNER))
        .addParticipants(associates(CaseIds.COMASAGUA_FAMILIES, CaseIds.ULS, CaseIds.UNIVERSITY_B,
            CaseIds.UNIVERSITY_C, CaseIds.LYCEE_SAN_SALVADOR, CaseIds.SPF_OCCITANIE, CaseIds.SPF_NOUVELLE_AQUITAINE,
            CaseIds.GAB_65, CaseIds.CAPOU, CaseIds.MDS, CaseIds.FUNDESYRAM))
        .addParticipant(Participant.of(CaseIds.CFSI, FUNDER))
        .addTrait(InitiativeTrait.INNOVATIVE)
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(CaseIds.EL_SALVADOR, TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .territoryToTerritory(true)
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .beneficiaries(Beneficiaries.builder()
            .description("In Montauban, people in economic and social hardship brought together by the solidarity"
                + " garden (300 of them: see the results framework); in Comasagua, the farming families. The source"
                + " gives no total for the initiative")
            .build())
        .budget(Money.of("90000", "EUR"))
        .addAllBudgetLines(RealFunding.comasaguaBudgetLines())
        .addCoFinancing(RealFunding.comasaguaCoFinancing())
        .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
        .cycle(closedAfterItsFinalReport(cycle(LocalDate.of(2015, 1, 12), LocalDate.of(2015, 3, 2),
            LocalDate.of(2015, 9, 1), LocalDate.of(2018, 6, 4), LocalDate.of(2018, 11, 5))))
        .resultsFramework(comasaguaResults())
        .addEvaluation(Evaluation.builder()
            .ref("final-evaluation")
            .timing(EvaluationTiming.FINAL)
            .ledBy(EvaluationLead.EXTERNAL)
            .period(Period.of(LocalDate.of(2018, 6, 4), LocalDate.of(2018, 9, 28)))
            .addTermsOfReferenceDraftedBy(CaseIds.SPF_82, CaseIds.CANASTA)
            .addConsultantChosenBy(CaseIds.SPF_82, CaseIds.CANASTA)
            .consultant("Noa Exemple")
            .build())
        .addFollowUpContact(contact(LocalDate.of(2016, 4, 12), FollowUpContactKind.MEETING, CaseIds.CFSI))
        .addFollowUpContact(contact(LocalDate.of(2017, 10, 9), FollowUpContactKind.VIDEO_CALL, CaseIds.SPF_82))
        .addLessonsLearned("Linking people who do not usually talk to each other gives back perspective,"
            + " recognition and self-esteem")
        .build();
  }

  /** CAAC: the CFDT with the NGO Essentiel and the UNSAS union, for women selling dried fish in Senegal. */
  static Initiative senegalDriedFish() {
    return Initiative.builder()
        .id(CaseIds.SENEGAL_DRIED_FISH)
        .title("Women selling dried fish in Senegal: a better living and social protection")
        .summary("Helps women who sell dried fish to live better from their trade and to have a minimum of"
            + " social security")
        .programme(CaseIds.CAAC)
        .partnership(CaseIds.CFDT_UNSAS)
        .addParticipant(Participant.of(CaseIds.CFDT, HOLDER, SUPPORTING_ORGANISATION))
        .addParticipant(Participant.of(CaseIds.ESSENTIEL, TECHNICAL_SUPPORT))
        .addParticipant(Participant.of(CaseIds.UNSAS, LOCAL_PARTNER))
        .addParticipant(Participant.of(CaseIds.CFSI, FUNDER))
        .addTerritory(Territory.of(CaseIds.SENEGAL, TerritoryLevel.COUNTRY, "Sénégal"))
        .addFieldsOfAction(FieldOfAction.SOCIAL_PROTECTION, FieldOfAction.GENDER_EQUALITY)
        .beneficiaries(Beneficiaries.builder().description("Women who process and sell dried fish").build())
        .period(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)))
        .cycle(cycle(LocalDate.of(2018, 6, 4), LocalDate.of(2018, 10, 1), LocalDate.of(2019, 1, 7),
            LocalDate.of(2021, 10, 4), LocalDate.of(2022, 2, 14)))
        .addFollowUpContact(contact(LocalDate.of(2020, 2, 17), FollowUpContactKind.FIELD_VISIT, CaseIds.CFDT))
        .addFollowUpContact(contact(LocalDate.of(2021, 3, 8), FollowUpContactKind.VIDEO_CALL, CaseIds.CFDT))
        .build();
  }

  /**
   * CAAC: Guinée 44 (Nantes) with two rural family training centres of Pays de la Loire, taking young
   * people of Kindia into farming trades. It names no SDG: the CAAC profile reports it.
   */
  static Initiative guineeKindia() {
    return Initiative.builder()
        .id(CaseIds.GUINEE_KINDIA)
        .title("Young people of Kindia into farming trades")
        .summary("Guides young people of rural Kindia towards farming trades and into the development of their"
            + " territory")
        .programme(CaseIds.CAAC)
        .addParticipant(Participant.of(CaseIds.GUINEE_44, HOLDER))
        .addParticipants(associates(CaseIds.MFR_A, CaseIds.MFR_B))
        .addParticipant(Participant.of(CaseIds.CFSI, FUNDER))
        .addTerritory(RealOrganisations.region("Pays de la Loire"))
        .addTerritory(RealOrganisations.kindia())
        .territoryToTerritory(true)
        .addFieldsOfAction(FieldOfAction.YOUTH_AND_EMPLOYMENT, FieldOfAction.FOOD_SOVEREIGNTY)
        .beneficiaries(Beneficiaries.builder().description("Young people of rural Kindia").build())
        .period(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)))
        .cycle(cycle(LocalDate.of(2018, 9, 3), LocalDate.of(2018, 11, 5), LocalDate.of(2019, 2, 4),
            LocalDate.of(2021, 9, 6), LocalDate.of(2022, 1, 17)))
        .addLessonsLearned("Bringing in actors of different natures takes the partnership out of a bilateral"
            + " relation and puts mutual learning back at its heart")
        .build();
  }

  /**
   * CCFD-Terre Solidaire: jam production in Laos for a fair-trade brand, designed by the partner and
   * in implementation; its last follow-up contact is more than six months before {@link RealCases#asOf()}.
   */
  static Initiative laosJam() {
    return Initiative.builder()
        .id(CaseIds.LAOS_JAM)
        .title("Jam production in Laos for a fair-trade brand")
        .partnership(CaseIds.CCFD_LAOS)
        .addParticipant(Participant.of(CaseIds.LAOS_PRODUCERS, HOLDER, LOCAL_PARTNER))
        .addParticipant(Participant.of(CaseIds.CCFD, SUPPORTING_ORGANISATION, FUNDER))
        .addTerritory(Territory.of(CaseIds.LAOS, TerritoryLevel.COUNTRY, "Laos"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .period(Period.of(LocalDate.of(2019, 9, 1), LocalDate.of(2025, 8, 31)))
        .cycle(ProjectCycle.of(List.of(
            StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2018, 10, 1)),
            StageEntry.of(Stage.DESIGN, LocalDate.of(2019, 2, 4)),
            StageEntry.of(Stage.IMPLEMENTATION, LocalDate.of(2019, 9, 2)))))
        .addEvaluation(Evaluation.builder()
            .ref("mid-term-evaluation")
            .timing(EvaluationTiming.MID_TERM)
            .ledBy(EvaluationLead.EXTERNAL)
            .period(Period.of(LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 28)))
            .addTermsOfReferenceDraftedBy(CaseIds.LAOS_PRODUCERS, CaseIds.CCFD)
            .addConsultantChosenBy(CaseIds.LAOS_PRODUCERS, CaseIds.CCFD)
            .addRecommendation("Diversify the fruit supplied by the growers")
            .build())
        .addFollowUpContact(contact(LocalDate.of(2019, 11, 18), FollowUpContactKind.FIELD_VISIT, CaseIds.CCFD))
        .addFollowUpContact(FollowUpContact.builder().date(LocalDate.of(2020, 2, 3)).kind(FollowUpContactKind.EMAIL)
            .by(CaseIds.CCFD).summary("Packaging for the fair-trade brand agreed").build())
        .addFollowUpContact(contact(LocalDate.of(2022, 11, 14), FollowUpContactKind.FIELD_VISIT, CaseIds.CCFD))
        .addFollowUpContact(contact(LocalDate.of(2023, 11, 20), FollowUpContactKind.CALL, CaseIds.CCFD))
        .build();
  }

  private static ResultsFramework comasaguaResults() {
    return ResultsFramework.builder()
        .overallObjective(OverallObjective.of("People in hardship regain perspective, recognition and"
            + " self-esteem through new social ties"))
        .addSpecificObjective(SpecificObjective.builder()
            .statement("The Montauban solidarity garden brings together people in hardship, an agricultural"
                + " lycée, organic farmers and associations")
            .addIndicator(Indicator.builder()
                .ref("people-montauban")
                .name("People in economic and social hardship brought together by the Montauban solidarity garden")
                .measure(IndicatorMeasure.NUMBER)
                .unit("people")
                .addMeasurement(IndicatorValue.builder().number(BigDecimal.valueOf(300))
                    .sourceOfVerification(RealCases.FONDA_2020).build())
                .build())
            .build())
        .build();
  }

  /**
   * Comasagua ↔ Montauban was capitalised in November 2018 and closed once the CFSI had accepted its
   * final report, on 30 April 2019 ({@link RealFunding}): closure a week later, on 6 May 2019.
   */
  private static ProjectCycle closedAfterItsFinalReport(ProjectCycle capitalised) {
    List<StageEntry> entries = new ArrayList<>(capitalised.entries());
    entries.add(StageEntry.of(Stage.CLOSURE, LocalDate.of(2019, 5, 6)));
    return ProjectCycle.of(entries);
  }

  /** The five stages from identification to capitalisation, entered on the given days. */
  private static ProjectCycle cycle(LocalDate identification, LocalDate design, LocalDate implementation,
      LocalDate evaluation, LocalDate capitalisation) {
    return ProjectCycle.of(List.of(
        StageEntry.of(Stage.IDENTIFICATION, identification),
        StageEntry.of(Stage.DESIGN, design),
        StageEntry.of(Stage.IMPLEMENTATION, implementation),
        StageEntry.of(Stage.EVALUATION, evaluation),
        StageEntry.of(Stage.CAPITALISATION, capitalisation)));
  }

  private static Participant[] associates(OrganisationId... organisations) {
    Participant[] participants = new Participant[organisations.length];
    for (int i = 0; i < organisations.length; i++) {
      participants[i] = Participant.of(organisations[i], ASSOCIATE);
    }
    return participants;
  }

  private static FollowUpContact contact(LocalDate date, FollowUpContactKind kind, OrganisationId by) {
    return FollowUpContact.builder().date(date).kind(kind).by(by).build();
  }
}

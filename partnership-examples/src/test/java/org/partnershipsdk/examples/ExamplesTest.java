package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every example's {@code main} and checks what it prints, line by line: an example that stops
 * showing what its README line promises fails here.
 */
class ExamplesTest {

  @Test
  void buildInitiativeAndMissionPrintsWhatItBuiltWithoutTheVolunteersName() throws Exception {
    assertThat(Console.run(BuildInitiativeAndMission::main)).containsExactly(
        "Initiative caac-comasagua-montauban: Des paniers paysans de Comasagua au jardin solidaire de Montauban",
        "  holder: spf-82, legally responsible: not stated, co-constructed: false, SDGs stated: 0",
        "  territories: Montauban (here) <-> Comasagua (there, SV), territory to territory: true",
        "  People in hardship brought together by the Montauban solidarity garden: 300 (indicator people-montauban)",
        "Mission explor-moulenda-1: Feasibility of a micro hydro-electric plant in Moulenda, mission 1",
        "  Diagnostic or feasibility study, North to South, 7 days from 2022-03-07",
        "  volunteers: 1, printed as: Volunteer{name=<personal data>, skills=<personal data>}",
        "Valid: initiative true, mission true");
  }

  @Test
  void validateDraftPrintsEveryViolationInFrench() throws Exception {
    assertThat(Console.run(ValidateDraft::main)).containsExactly(
        "Brouillon « caac-guinee-44-kindia » : 4 problèmes",
        "- coFinancing [initiative.co-financing.exceeds-budget] Les cofinancements s'élèvent à 45\u202f000,00\u00a0€, plus que le budget de 40\u202f000,00\u00a0€",
        "- participants[1].roles [initiative.holder.multiple] L'initiative a déjà un porteur, guinee-44 ; mfr-pays-de-la-loire-a peut en être co-porteur",
        "- period.end [period.order] La date de fin 1 janvier 2019 précède la date de début 31 décembre 2021",
        "- title [value.blank] Ne doit pas être vide",
        "Valide : non");
  }

  @Test
  void moveThroughCycleMovesAndPrintsEveryRefusal() throws Exception {
    assertThat(Console.run(MoveThroughCycle::main)).containsExactly(
        "Moved to Identification on 2018-06-04",
        "Moved to Design on 2018-10-01",
        "Refused capitalisation on 2019-01-07: cycle.stage.skipped: “Capitalisation” cannot be entered before “Implementation”: no stage is skipped",
        "Refused implementation on 2018-09-03: cycle.date.before-last: The date September 3, 2018 is before October 1, 2018, the date of the last stage entered",
        "Moved to Implementation on 2019-01-07",
        "Refused design on 2019-06-03: cycle.reason.missing: A reason is required to enter “Design”",
        "Moved to Design on 2019-06-03 (with a reason)",
        "Moved to Implementation on 2019-09-02",
        "Moved to Suspended (with a reason)",
        "Moved to Implementation on 2020-09-01",
        "Moved to Evaluation on 2021-10-04",
        "Moved to Capitalisation on 2022-02-14",
        "Moved to Closure on 2022-06-30",
        "Thrown: The move in the project cycle is refused: The cycle ended with “Closure”: it cannot move to “Suspended”",
        "Moved to Implementation on 2023-01-09 (with a reason)",
        "History:",
        "  2018-06-04 Identification",
        "  2018-10-01 Design",
        "  2019-01-07 Implementation",
        "  2019-06-03 Design (Reformulated after the first fishing season)",
        "  2019-09-02 Implementation",
        "  2020-03-23 Suspended (Field visits stopped by the Covid-19 pandemic)",
        "  2020-09-01 Implementation",
        "  2021-10-04 Evaluation",
        "  2022-02-14 Capitalisation",
        "  2022-06-30 Closure",
        "  2023-01-09 Implementation (Reopened: a second phase is funded)");
  }

  @Test
  void runProfilesPrintsEachFindingWithTheProfileOfItsProgramme() throws Exception {
    assertThat(Console.run(RunProfiles::main)).containsExactly(
        "Each programme's profile on 2024-06-30 (default, caac, explor): 3 errors, 14 warnings, 0 information",
        "  [caac] warning initiative.design.co-construction-expected initiative caac-comasagua-montauban designMode: The initiative is described as “Innovative”, but its design was not co-constructed",
        "  [caac] warning initiative.holder.supporting-organisation initiative caac-comasagua-montauban participants[0].roles: Secours populaire français, fédération du Tarn-et-Garonne holds the initiative although it is the supporting organisation and the design was not co-constructed",
        "  [caac] warning initiative.sdg.missing initiative caac-comasagua-montauban sdgs: “Des paniers paysans de Comasagua au jardin solidaire de Montauban” names no Sustainable Development Goal",
        "  [caac] warning initiative.results.empty-after-design initiative caac-guinee-44-kindia resultsFramework: “Young people of Kindia into farming trades” entered Implementation on February 4, 2019 with an empty results framework",
        "  [caac] warning initiative.sdg.missing initiative caac-guinee-44-kindia sdgs: “Young people of Kindia into farming trades” names no Sustainable Development Goal",
        "  [caac] warning initiative.holder.supporting-organisation initiative caac-senegal-dried-fish participants[0].roles: Confédération française démocratique du travail holds the initiative although it is the supporting organisation and the design was not co-constructed",
        "  [caac] warning initiative.results.empty-after-design initiative caac-senegal-dried-fish resultsFramework: “Women selling dried fish in Senegal: a better living and social protection” entered Implementation on January 7, 2019 with an empty results framework",
        "  [caac] warning initiative.sdg.missing initiative caac-senegal-dried-fish sdgs: “Women selling dried fish in Senegal: a better living and social protection” names no Sustainable Development Goal",
        "  [default] warning initiative.follow-up.overdue initiative ccfd-laos-jam followUpContacts: No follow-up contact since November 20, 2023, more than 6 months ago, while the initiative is in implementation",
        "  [default] warning initiative.results.empty-after-design initiative ccfd-laos-jam resultsFramework: “Jam production in Laos for a fair-trade brand” entered Implementation on September 2, 2019 with an empty results framework",
        "  [caac] error mission.parties.holder-missing mission caac-comasagua-cross-visit holder: The mission \"Comasagua farmers at the Montauban solidarity garden\" names no project holder",
        "  [caac] error mission.parties.local-partner-missing mission caac-comasagua-cross-visit localPartner: The mission \"Comasagua farmers at the Montauban solidarity garden\" names no local partner",
        "  [caac] error mission.parties.volunteers-structure-missing mission caac-comasagua-cross-visit volunteersStructure: The mission \"Comasagua farmers at the Montauban solidarity garden\" names no volunteers' structure",
        "  [caac] warning mission.return.interview-missing mission caac-comasagua-cross-visit missionReturn: The mission \"Comasagua farmers at the Montauban solidarity garden\" ended on May 25, 2017 and has no return interview recorded",
        "  [caac] warning mission.return.report-missing mission caac-comasagua-cross-visit missionReturn: The mission \"Comasagua farmers at the Montauban solidarity garden\" ended on May 25, 2017 and its report has not been delivered",
        "  [caac] warning assessment.responses.one-side-only assessment cfdt-unsas-2023 responses: Only one side scored: Supporting organisation. Without the scores of the other side (Partner), no perception gap can be measured",
        "  [caac] warning assessment.gap.too-wide assessment comasagua-2021 criteriaSet.criteria[3]: Balance of power: the supporting organisation scores 66.67 out of 100 and the partner 0.00, 66.67 points apart: more than 1 level(s) of the 1–4 scale (33.33 points)",
        "Forced on every element, default gives 16 findings",
        "Forced on every element, caac gives 21 findings",
        "Forced on every element, explor gives 15 findings");
  }

  @Test
  void followTheMoneyPrintsTheAgreementItsPaymentsAndWhatTheChecksWouldHaveSaid() throws Exception {
    assertThat(Console.run(FollowTheMoney::main)).containsExactly(
        "Convention CAAC — Des paniers paysans de Comasagua au jardin solidaire de Montauban (illustrative)",
        "  45000 EUR from cfsi to spf-82, 2015-09-01 to 2018-12-31, closed",
        "  tranche 1: 18000 EUR, paid on 2015-09-10",
        "  tranche 2: 15000 EUR, paid on 2016-12-05, after report 1 accepted on 2016-11-15",
        "  tranche 3: 12000 EUR, paid on 2017-12-04, after report 2 accepted on 2017-11-20",
        "  disbursed 45000 EUR of 45000 EUR committed, in 3 transactions",
        "Recorded caac-comasagua-seeds-2016 with 1 document: valid true",
        "What the checks would have said on 2019-05-02:",
        "  error agreement.tranche.paid-before-report tranches[2].paidOn: Tranche 3 was paid on November 1, 2017, but report"
            + " 2, which it waits for, was not accepted then (accepted: November 20, 2017)",
        "  warning agreement.report.overdue reports[2].submittedOn: Report 3 (Final report) was due on March 31, 2019 and"
            + " has not been submitted (32 days)",
        "Refused: Amounts in EUR and XOF cannot be added without a stated rate",
        "At the stated rate: 37622.45 EUR");
  }

  @Test
  void followTheMoneyPrintsInFrenchOnRequest() throws Exception {
    assertThat(Console.run(FollowTheMoney::main, "fr")).contains(
        "  error agreement.tranche.paid-before-report tranches[2].paidOn: La tranche 3 a été versée le 1 novembre 2017,"
            + " mais le rapport 2, qu'elle attend, n'était pas accepté à cette date (accepté : 20 novembre 2017)",
        "  warning agreement.report.overdue reports[2].submittedOn: Le rapport 3 (Rapport final) était attendu le"
            + " 31 mars 2019 et n'a pas été remis (32 jours)");
  }

  @Test
  void runProfilesPrintsInFrenchOnRequest() throws Exception {
    assertThat(Console.run(RunProfiles::main, "fr")).contains(
        "  [default] warning initiative.follow-up.overdue initiative ccfd-laos-jam followUpContacts: Aucun contact de suivi"
            + " depuis le 20 novembre 2023, il y a plus de 6 mois, alors que l'initiative est en mise en œuvre");
  }

  @Test
  void customRuleFindsCapitalisationsWithTooFewLessonsAtEitherThreshold() throws Exception {
    assertThat(Console.run(CustomRule::main)).containsExactly(
        "Profile acme (lessons = 1): 22 findings, 1 from acme.initiative.capitalisation-without-lessons",
        "  initiative caac-senegal-dried-fish lessonsLearned: “Women selling dried fish in Senegal: a better living and social protection” has reached capitalisation with 0 lesson(s) learned, fewer than 1",
        "Profile acme-demanding (lessons = 2): 24 findings, 3 from acme.initiative.capitalisation-without-lessons",
        "  initiative caac-comasagua-montauban lessonsLearned: “Des paniers paysans de Comasagua au jardin solidaire de Montauban” has reached capitalisation with 1 lesson(s) learned, fewer than 2",
        "  initiative caac-guinee-44-kindia lessonsLearned: “Young people of Kindia into farming trades” has reached capitalisation with 1 lesson(s) learned, fewer than 2",
        "  initiative caac-senegal-dried-fish lessonsLearned: “Women selling dried fish in Senegal: a better living and social protection” has reached capitalisation with 0 lesson(s) learned, fewer than 2");
  }

  @Test
  void readWriteJsonRoundTripsRejectsAndStreams() throws Exception {
    assertThat(Console.run(ReadWriteJson::main)).containsExactly(
        "Wrote mission explor-kpomasse as a document of 107 lines",
        "Read back equal: true",
        "Redacted copy: volunteer's name masked: true, still in it: false",
        "Lenient read keeps {crmReference=\"LC-2022-014\"}; written back: true",
        "Strict read failed: json.property.unknown at /data/crmReference, line 3, column 27",
        "  json.property.unknown /data/crmReference (3:27) : Propriété inconnue « crmReference », refusée par la lecture stricte",
        "Validating read failed: json.validation.failed at /data/period/end",
        "  period.order /data/period/end : La date de fin 3 octobre 2022 précède la date de début 10 octobre 2022",
        "Streamed caac-comasagua-montauban (14 participants)",
        "Streamed caac-senegal-dried-fish (4 participants)",
        "Streamed caac-guinee-44-kindia (4 participants)",
        "Streamed ccfd-laos-jam (2 participants)",
        "Streamed 4 initiatives, 24 participants in all");
  }

  @Test
  void analyseReciprocityPrintsIndexesGapsAndTheTrend() throws Exception {
    assertThat(Console.run(AnalyseReciprocity::main)).containsExactly(
        "Assessment comasagua-2021 of spf82-canasta-campesina on 2021-06-15",
        "  Supporting organisation: 81.82 (1 respondent(s))",
        "  Partner: 60.61 (1 respondent(s))",
        "  overall 71.21, perception gap 27.27 on 11 criteria; widest:",
        "    Balance of power: 66.67 against 0.00, gap 66.67",
        "    Listening: 100.00 against 66.67, gap 33.33",
        "    Reciprocity of contributions: 66.67 against 33.33, gap 33.33",
        "Assessment comasagua-2022 of spf82-canasta-campesina on 2022-09-01",
        "  Supporting organisation: 78.79 (1 respondent(s))",
        "  Partner: 72.73 (1 respondent(s))",
        "  overall 75.76, perception gap 12.12 on 11 criteria; widest:",
        "    Listening: 100.00 against 66.67, gap 33.33",
        "    Mutual learning: 66.67 against 100.00, gap 33.33",
        "    Balance of power: 66.67 against 33.33, gap 33.33",
        "Assessment cfdt-unsas-2023 of cfdt-unsas on 2023-03-15",
        "  Supporting organisation: 66.67 (1 respondent(s))",
        "  answered by one side only: no perception gap",
        "Trend comasagua-2021 -> comasagua-2022 (tolerance 5):",
        "  overall: 71.21 -> 75.76 (4.55, Stable)",
        "  supporting organisation: 81.82 -> 78.79 (-3.03, Stable)",
        "  partner: 60.61 -> 72.73 (12.12, Improved)",
        "  perception gap 27.27 -> 12.12");
  }
}

package org.partnershipsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * The real cases, on {@link RealCases#asOf()}: every finding, in the engine's order, as
 * {@code severity rule subject path}. Each was read against the data.
 *
 * <p>Checked in one run by programme (each element judged by its programme's profile, the rest by
 * {@code default}), the real cases give seventeen findings, three of them errors, none a
 * practitioner of the programme would call wrong:
 * <ul>
 *   <li>CAAC: the CFDT answered its 2023 assessment alone; the first Comasagua assessment is two
 *       levels apart on the balance of power (66.67 points, more than CAAC's one level); the
 *       sources state no co-construction, so the Secours populaire of Tarn-et-Garonne and the CFDT
 *       hold initiatives they support as if their partners had designed them, and Comasagua ↔
 *       Montauban, innovative as CAAC's initiatives are, was not co-constructed; the sources name no
 *       SDG and give no results framework of the Guinée 44 and Senegal initiatives, which went on
 *       to implementation (on illustrative days); the source gives the Comasagua cross mission no
 *       holder, local partner or volunteers' structure (errors), and no return interview or report;
 *   <li>{@code default}, for the Laos initiative in no programme: no results framework in
 *       implementation, and no news of its partner since 20 November 2023, more than six months
 *       before.
 * </ul>
 * The EXPLOR missions are judged by EXPLOR and give nothing (the two Moulenda missions share the
 * one 7-day stay the source states); the CAAC cross mission is judged by CAAC, which neither bounds
 * the duration of its missions nor checks their preparation; the Laos partnership, in no programme,
 * is not asked for CAAC's barometer, which only the CAAC profile runs; Les Anges Gardins ↔ AHPA, in
 * no programme, is not pointed out as a young relation (a CAAC remark).
 *
 * <p>Profiles apply to every element of the portfolio whatever its programme: forced, the CAAC
 * profile asks every partnership for its barometer and points out a recent relation outside CAAC;
 * {@code default} and EXPLOR check the cross mission's preparation, and EXPLOR its 24 days against
 * its 21. The four EXPLOR missions, prepared and followed up as Grdr 2023 describes, give no
 * finding in any profile.
 */
class RealCasesTest {
  private static final String FOLLOW_UP = "warning initiative.follow-up.overdue initiative ccfd-laos-jam followUpContacts";
  private static final String LAOS_OVERDUE = "warning partnership.assessment.overdue partnership ccfd-laos-jam-producers";
  private static final String ONE_SIDE = "warning assessment.responses.one-side-only assessment cfdt-unsas-2023 responses";
  private static final String SDG = "warning initiative.sdg.missing initiative caac-guinee-44-kindia sdgs";
  private static final String POWER = "warning assessment.gap.too-wide assessment comasagua-2021 criteriaSet.criteria[3]";
  private static final String REMOTE = "warning mission.preparation.remote-too-short mission caac-comasagua-cross-visit"
      + " preparation.remoteSupportSince";
  private static final String SPF_OVERDUE = "warning partnership.assessment.overdue partnership spf-comasagua";
  private static final String CO_CONSTRUCTION = "warning initiative.design.co-construction-expected initiative"
      + " caac-comasagua-montauban designMode";
  private static final String SPF_HOLDS = "warning initiative.holder.supporting-organisation initiative"
      + " caac-comasagua-montauban participants[0].roles";
  private static final String CFDT_HOLDS = "warning initiative.holder.supporting-organisation initiative"
      + " caac-senegal-dried-fish participants[0].roles";
  private static final List<String> CROSS_PARTIES = List.of(
      "error mission.parties.holder-missing mission caac-comasagua-cross-visit holder",
      "error mission.parties.local-partner-missing mission caac-comasagua-cross-visit localPartner",
      "error mission.parties.volunteers-structure-missing mission caac-comasagua-cross-visit volunteersStructure");
  private static final List<String> CROSS_RETURN = List.of(
      "warning mission.return.interview-missing mission caac-comasagua-cross-visit missionReturn",
      "warning mission.return.report-missing mission caac-comasagua-cross-visit missionReturn");
  private static final String CONTACT = "warning mission.preparation.institutional-contact-missing mission"
      + " caac-comasagua-cross-visit preparation.institutionalContactsPrepared";

  @Test
  void thePortfolioValidatesClean() {
    assertThat(ModelValidator.create().validate(RealCases.portfolio()).violations()).isEmpty();
  }

  @Test
  void checkedInOneRunByProgrammeEachCaseIsJudgedByItsProgrammesPractice() {
    RuleReport report = RulesEngine.byProgramme(RealCases.clock()).evaluate(RealCases.portfolio());
    assertThat(report.findings()).extracting(f -> f.profile() + " " + line(f)).containsExactly(
        "caac " + CO_CONSTRUCTION,
        "caac " + SPF_HOLDS,
        "caac " + sdg("caac-comasagua-montauban"),
        "caac " + empty("caac-guinee-44-kindia"),
        "caac " + sdg("caac-guinee-44-kindia"),
        "caac " + CFDT_HOLDS,
        "caac " + empty("caac-senegal-dried-fish"),
        "caac " + sdg("caac-senegal-dried-fish"),
        "default " + FOLLOW_UP,
        "default " + empty("ccfd-laos-jam"),
        "caac " + CROSS_PARTIES.get(0),
        "caac " + CROSS_PARTIES.get(1),
        "caac " + CROSS_PARTIES.get(2),
        "caac " + CROSS_RETURN.get(0),
        "caac " + CROSS_RETURN.get(1),
        "caac " + ONE_SIDE,
        "caac " + POWER);
    assertThat(report.profiles()).containsExactly("default", "caac", "explor");
    assertThat(report.hasErrors()).as("the cross mission's parties, which the source does not give").isTrue();
  }

  @Test
  void theDefaultProfileFindsTheOverdueContactsAndTheWidestGap() {
    assertThat(lines(run(Profiles.standard()))).containsExactly(
        CO_CONSTRUCTION,
        SPF_HOLDS,
        empty("caac-guinee-44-kindia"),
        CFDT_HOLDS,
        empty("caac-senegal-dried-fish"),
        FOLLOW_UP,
        empty("ccfd-laos-jam"),
        CROSS_PARTIES.get(0),
        CROSS_PARTIES.get(1),
        CROSS_PARTIES.get(2),
        CONTACT,
        REMOTE,
        CROSS_RETURN.get(0),
        CROSS_RETURN.get(1),
        ONE_SIDE,
        POWER);
  }

  @Test
  void theCaacProfileAddsTheSdgsNoSourceNamesTheBarometersAndTheRecentRelation() {
    assertThat(lines(run(Profiles.caac()))).containsExactly(
        LAOS_OVERDUE,
        "info partnership.relation.recent partnership les-anges-gardins-ahpa since",
        SPF_OVERDUE,
        CO_CONSTRUCTION,
        SPF_HOLDS,
        sdg("caac-comasagua-montauban"),
        empty("caac-guinee-44-kindia"),
        sdg("caac-guinee-44-kindia"),
        CFDT_HOLDS,
        empty("caac-senegal-dried-fish"),
        sdg("caac-senegal-dried-fish"),
        FOLLOW_UP,
        empty("ccfd-laos-jam"),
        sdg("ccfd-laos-jam"),
        CROSS_PARTIES.get(0),
        CROSS_PARTIES.get(1),
        CROSS_PARTIES.get(2),
        CROSS_RETURN.get(0),
        CROSS_RETURN.get(1),
        ONE_SIDE,
        POWER);
  }

  @Test
  void theExplorProfileChecksMissionsAgainstItsBoundsAndLeavesPartnershipsAlone() {
    assertThat(lines(run(Profiles.explor()))).containsExactly(
        CO_CONSTRUCTION,
        SPF_HOLDS,
        empty("caac-guinee-44-kindia"),
        CFDT_HOLDS,
        empty("caac-senegal-dried-fish"),
        FOLLOW_UP,
        empty("ccfd-laos-jam"),
        CROSS_PARTIES.get(0),
        CROSS_PARTIES.get(1),
        CROSS_PARTIES.get(2),
        "warning mission.duration.out-of-bounds mission caac-comasagua-cross-visit durationDays",
        CONTACT,
        REMOTE,
        CROSS_RETURN.get(0),
        CROSS_RETURN.get(1));
  }

  @Test
  void theExplorMissionsGiveNoFindingInAnyProfile() {
    for (Profile profile : Profiles.all()) {
      RuleReport report = run(profile);
      for (String mission : List.of("explor-moulenda-1", "explor-moulenda-2", "explor-kpomasse",
          "explor-kpomasse-ouidah")) {
        assertThat(report.about(new SubjectRef("mission", mission))).as(profile.name() + " " + mission).isEmpty();
      }
    }
  }

  @Test
  void theFollowUpMessageNamesTheLastContact() {
    Finding finding = run(Profiles.standard()).of("initiative.follow-up.overdue").get(0);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
        "No follow-up contact since November 20, 2023, more than 6 months ago, while the initiative is in implementation");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo(
        "Aucun contact de suivi depuis le 20 novembre 2023, il y a plus de 6 mois, alors que l'initiative est en mise en œuvre");
  }

  @Test
  void theGapMessageShowsBothSidesOnTheBalanceOfPower() {
    Finding finding = run(Profiles.standard()).of("assessment.gap.too-wide").get(0);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Balance of power: the supporting organisation scores"
        + " 66.67 out of 100 and the partner 0.00, 66.67 points apart: more than 1 level(s) of the 1–4 scale"
        + " (33.33 points)");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo("Équilibre des pouvoirs : l'organisation d'appui note"
        + " 66,67 sur 100 et le partenaire 0,00, soit 66,67 points d'écart : plus de 1 niveau(x) de l'échelle 1–4"
        + " (33,33 points)");
  }

  @Test
  void theDurationMessageGivesExplorsBounds() {
    Finding finding = run(Profiles.explor()).of("mission.duration.out-of-bounds").get(0);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("The mission \"Comasagua farmers at the Montauban"
        + " solidarity garden\" lasts 24 days, outside the programme's bounds of 5 to 21 days");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo("La mission « Comasagua farmers at the Montauban"
        + " solidarity garden » dure 24 jours, hors des bornes du dispositif de 5 à 21 jours");
  }

  @Test
  void theSdgMessageNamesTheInitiative() {
    Finding finding = run(Profiles.caac()).of("initiative.sdg.missing").get(1);
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo("“Young people of Kindia into farming trades” names no Sustainable Development Goal");
    assertThat(finding.message(Locale.FRENCH))
        .isEqualTo("« Young people of Kindia into farming trades » n'indique aucun objectif de développement durable");
  }

  @Test
  void theOneSidedAssessmentNamesTheMissingSide() {
    Finding finding = run(Profiles.caac()).of("assessment.responses.one-side-only").get(0);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Only one side scored: Supporting organisation. Without"
        + " the scores of the other side (Partner), no perception gap can be measured");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo("Une seule partie a noté : Organisation d'appui. Sans les"
        + " notes de l'autre partie (Partenaire), aucun écart de perception ne peut être mesuré");
  }

  @Test
  void theYearOnlyStartIsSaidAsAYear() {
    Finding finding = run(Profiles.caac()).of("partnership.assessment.overdue").get(1);
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo("No reciprocity assessment for more than 24 months: none since the relation began, in 2005");
    assertThat(finding.message(Locale.FRENCH)).isEqualTo(
        "Aucun baromètre de la réciprocité depuis plus de 24 mois : aucun depuis le début de la relation, en 2005");
  }

  @Test
  void theClockIsFixedOnTheDayOfTheCases() {
    Clock clock = RealCases.clock();
    assertThat(RealCases.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(LocalDate.now(clock)).isEqualTo(RealCases.asOf());
    assertThat(run(Profiles.standard()).asOf()).isEqualTo(RealCases.asOf());
  }

  private static RuleReport run(Profile profile) {
    return RulesEngine.of(profile, RealCases.clock()).evaluate(RealCases.portfolio());
  }

  private static String empty(String initiative) {
    return "warning initiative.results.empty-after-design initiative " + initiative + " resultsFramework";
  }

  private static String sdg(String initiative) {
    return "warning initiative.sdg.missing initiative " + initiative + " sdgs";
  }

  private static String gap(String assessment, int criterion) {
    return "warning assessment.gap.too-wide assessment " + assessment + " criteriaSet.criteria[" + criterion + "]";
  }

  private static String line(Finding f) {
    return f.severity().code() + " " + f.ruleId() + " " + f.subject() + (f.path().isEmpty() ? "" : " " + f.path());
  }

  private static List<String> lines(RuleReport report) {
    return report.findings().stream().map(RealCasesTest::line).toList();
  }
}

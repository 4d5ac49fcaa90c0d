package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.PartnershipStatus;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.SubjectRef;

/**
 * The rules on partnerships and reciprocity assessments, on the Comasagua ↔ Montauban partnership
 * of the seeds: the Secours populaire français of Tarn-et-Garonne and the Canasta Campesina
 * cooperative. Runs are on 10 June 2024.
 */
class PartnershipRulesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-10T12:00:00Z"), ZoneOffset.UTC);
  private static final OrganisationId SPF_82 = OrganisationId.of("spf-82");
  private static final OrganisationId CANASTA = OrganisationId.of("canasta-campesina");
  private static final OrganisationId ULS = OrganisationId.of("universidad-luterana-salvadorena");
  private static final PartnershipId COMASAGUA = PartnershipId.of("spf82-canasta-campesina");
  private static final SubjectRef PARTNERSHIP_REF = new SubjectRef("partnership", "spf82-canasta-campesina");

  private static Partnership partnership(LocalDate since) {
    return Partnership.builder().id(COMASAGUA).supportingOrganisation(SPF_82).partner(CANASTA).since(since).build();
  }

  private static Partnership partnershipWithoutStart() {
    return Partnership.builder().id(COMASAGUA).supportingOrganisation(SPF_82).partner(CANASTA).build();
  }

  /** A response to the standard set, scores in the set's order; {@code null} leaves a criterion unscored. */
  private static Response response(OrganisationId respondent, Side side, Integer... scores) {
    List<String> codes = CriteriaSets.standard().codes();
    Response.Builder builder = Response.builder().respondent(respondent).side(side);
    for (int i = 0; i < scores.length; i++) {
      builder.addAnswer(scores[i] == null ? Answer.unscored(codes.get(i)) : Answer.of(codes.get(i), scores[i]));
    }
    return builder.build();
  }

  private static ReciprocityAssessment assessment(String id, LocalDate date, Response... responses) {
    return ReciprocityAssessment.builder().id(AssessmentId.of(id)).partnership(COMASAGUA).date(date)
        .criteriaSet(CriteriaSets.standard()).addResponses(responses).build();
  }

  /** The 2017 assessment: the Secours populaire scores 81.82, Canasta Campesina 60.61, overall 71.21. */
  private static ReciprocityAssessment comasagua2017() {
    return assessment("comasagua-2017", LocalDate.of(2017, 6, 15),
        response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 4, 3, 4, 3),
        response(CANASTA, Side.PARTNER, 3, 2, 4, 1, 3, 4, 2, 3, 2, 4, 3));
  }

  /** A set of one criterion on 0–10000, where one point of score is 0.01 on 0–100. */
  private static CriteriaSet fineSet() {
    return CriteriaSet.builder().id("fine").version(1).scale(Scale.of(0, 10_000))
        .addCriteria(CriteriaSets.standard().criterion(CriteriaSets.TRUST).orElseThrow()).build();
  }

  private static ReciprocityAssessment fine(String id, LocalDate date, int supporting, int partner) {
    return ReciprocityAssessment.builder().id(AssessmentId.of(id)).partnership(COMASAGUA).date(date)
        .criteriaSet(fineSet())
        .addResponse(Response.builder().respondent(SPF_82).side(Side.SUPPORTING_ORGANISATION)
            .addAnswer(Answer.of(CriteriaSets.TRUST, supporting)).build())
        .addResponse(Response.builder().respondent(CANASTA).side(Side.PARTNER)
            .addAnswer(Answer.of(CriteriaSets.TRUST, partner)).build())
        .build();
  }

  private static List<Finding> run(Rule<?> rule, Portfolio portfolio) {
    return run(rule, portfolio, UnaryOperator.identity());
  }

  private static List<Finding> run(Rule<?> rule, Portfolio portfolio, UnaryOperator<Profile.Builder> settings) {
    RuleReport report = RulesEngine.of(settings.apply(Profile.builder("test").add(rule)).build(), CLOCK)
        .evaluate(portfolio);
    assertThat(report.of(RulesEngine.RULE_FAILED)).as("the rule never fails").isEmpty();
    return report.findings();
  }

  private static Portfolio portfolio(Partnership partnership, ReciprocityAssessment... assessments) {
    return Portfolio.builder().addPartnership(partnership).addAssessments(assessments).build();
  }

  private static Portfolio assessments(ReciprocityAssessment... assessments) {
    return Portfolio.builder().addAssessments(assessments).build();
  }

  private static String english(Finding finding) {
    return finding.message(Locale.ENGLISH);
  }

  private static String french(Finding finding) {
    return finding.message(Locale.FRENCH);
  }

  @Nested
  class AssessmentOverdue {
    private final Rule<?> rule = PartnershipRules.ASSESSMENT_OVERDUE;

    @Test
    void firesWhenTheLastDatedAssessmentIsOlderThanTheThreshold() {
      ReciprocityAssessment draft = comasagua2017().withId(AssessmentId.of("draft")).withDate(java.util.Optional.empty());
      List<Finding> findings = run(rule, portfolio(partnership(LocalDate.of(2015, 1, 1)),
          draft, comasagua2017().withId(AssessmentId.of("comasagua-2021")).withDate(LocalDate.of(2021, 3, 15)),
          comasagua2017()));

      assertThat(findings).hasSize(1);
      Finding finding = findings.get(0);
      assertThat(finding.ruleId()).isEqualTo("partnership.assessment.overdue");
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.subject()).isEqualTo(PARTNERSHIP_REF);
      assertThat(finding.path()).isEmpty();
      assertThat(english(finding))
          .isEqualTo("No reciprocity assessment for more than 24 months: the last one dates from March 15, 2021");
      assertThat(french(finding))
          .isEqualTo("Aucun baromètre de la réciprocité depuis plus de 24 mois : le dernier date du 15 mars 2021");
    }

    @Test
    void countsFromTheStartOfTheRelationWhenNoAssessmentIsDated() {
      ReciprocityAssessment draft = comasagua2017().withDate(java.util.Optional.empty());
      List<Finding> findings = run(rule, portfolio(partnership(LocalDate.of(2015, 1, 1)), draft));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEmpty();
        assertThat(english(f)).isEqualTo(
            "No reciprocity assessment for more than 24 months: none since the relation began on January 1, 2015");
        assertThat(french(f)).isEqualTo("Aucun baromètre de la réciprocité depuis plus de 24 mois : aucun depuis le début de la relation, le 1 janvier 2015");
      });
    }

    @Test
    void doesNotFireWhenAssessedRecentlyOrWhenNothingTellsSince() {
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2015, 1, 1)),
          comasagua2017().withDate(LocalDate.of(2023, 1, 10))))).isEmpty();
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2023, 9, 1))))).isEmpty();
      assertThat(run(rule, portfolio(partnershipWithoutStart()))).isEmpty();
    }

    @Test
    void firesOneDayPastTheThresholdNotOnIt() {
      Partnership old = partnership(LocalDate.of(2015, 1, 1));
      assertThat(run(rule, portfolio(old, comasagua2017().withDate(LocalDate.of(2022, 6, 10))))).isEmpty();
      assertThat(run(rule, portfolio(old, comasagua2017().withDate(LocalDate.of(2022, 6, 9)))))
          .extracting(PartnershipRulesTest::english)
          .containsExactly("No reciprocity assessment for more than 24 months: the last one dates from June 9, 2022");
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2022, 6, 10))))).isEmpty();
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2022, 6, 9))))).hasSize(1);
    }

    @Test
    void doesNotFireOnARelationThatHasEnded() {
      Partnership old = partnership(LocalDate.of(2015, 1, 1));
      assertThat(run(rule, portfolio(old.withStatus(PartnershipStatus.ENDED)))).isEmpty();
      assertThat(run(rule, portfolio(old.withUntil(LocalDate.of(2024, 6, 9))))).isEmpty();
      assertThat(run(rule, portfolio(old.withUntil(LocalDate.of(2024, 6, 10))))).hasSize(1);
      assertThat(run(rule, portfolio(old.withStatus(PartnershipStatus.SUSPENDED)))).hasSize(1);
    }

    @Test
    void readsTheMonthsFromTheProfile() {
      Portfolio portfolio = portfolio(partnership(LocalDate.of(2015, 1, 1)),
          comasagua2017().withDate(LocalDate.of(2021, 3, 15)));
      assertThat(run(rule, portfolio, p -> p.set(PartnershipRules.ASSESSMENT_OVERDUE_ID, "months", 40))).isEmpty();
      assertThat(run(rule, portfolio, p -> p.set(PartnershipRules.ASSESSMENT_OVERDUE_ID, "months", 36)))
          .extracting(PartnershipRulesTest::english)
          .containsExactly("No reciprocity assessment for more than 36 months: the last one dates from March 15, 2021");
    }
  }

  @Nested
  class RelationRecent {
    private final Rule<?> rule = PartnershipRules.RELATION_RECENT;

    @Test
    void firesOnARelationYoungerThanTheThreshold() {
      List<Finding> findings = run(rule, portfolio(partnership(LocalDate.of(2023, 1, 15))));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("partnership.relation.recent");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.subject()).isEqualTo(PARTNERSHIP_REF);
        assertThat(f.path()).isEqualTo("since");
        assertThat(english(f))
            .isEqualTo("The relation began on January 15, 2023, less than 2 years ago: trust takes time to build");
        assertThat(french(f)).isEqualTo(
            "La relation a commencé le 15 janvier 2023, il y a moins de 2 ans : la confiance se construit dans la durée");
      });
    }

    @Test
    void doesNotFireOnAnOldRelationOneNotBegunOrOneWithoutStart() {
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2015, 1, 1))))).isEmpty();
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2025, 1, 1))))).isEmpty();
      assertThat(run(rule, portfolio(partnershipWithoutStart()))).isEmpty();
    }

    @Test
    void firesOneDayShortOfTheThresholdNotOnIt() {
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2022, 6, 10))))).isEmpty();
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2022, 6, 11))))).hasSize(1);
      assertThat(run(rule, portfolio(partnership(LocalDate.of(2022, 6, 11))),
          p -> p.set(PartnershipRules.RELATION_RECENT_ID, "years", 1))).isEmpty();
    }
  }

  @Nested
  class OneSideOnly {
    private final Rule<?> rule = PartnershipRules.ONE_SIDE_ONLY;

    @Test
    void firesWhenOnlyTheSupportingOrganisationScored() {
      ReciprocityAssessment assessment = assessment("comasagua-2017", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 3, 3),
          response(CANASTA, Side.PARTNER, null, null, null));
      List<Finding> findings = run(rule, assessments(assessment));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("assessment.responses.one-side-only");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo(new SubjectRef("assessment", "comasagua-2017"));
        assertThat(f.path()).isEqualTo("responses");
        assertThat(english(f)).isEqualTo("Only one side scored: Supporting organisation. Without the scores of the"
            + " other side (Partner), no perception gap can be measured");
        assertThat(french(f)).isEqualTo("Une seule partie a noté : Organisation d'appui. Sans les notes de l'autre"
            + " partie (Partenaire), aucun écart de perception ne peut être mesuré");
      });
    }

    @Test
    void firesWhenOnlyThePartnerScoredEvenWithAnotherParticipant() {
      ReciprocityAssessment assessment = assessment("comasagua-2017", LocalDate.of(2017, 6, 15),
          response(CANASTA, Side.PARTNER, 3),
          response(ULS, Side.OTHER_PARTICIPANT, 2));

      assertThat(run(rule, assessments(assessment))).extracting(PartnershipRulesTest::english)
          .containsExactly("Only one side scored: Partner. Without the scores of the other side"
              + " (Supporting organisation), no perception gap can be measured");
    }

    @Test
    void doesNotFireWhenBothScoredOnceOrMoreOrWhenNeitherDid() {
      assertThat(run(rule, assessments(comasagua2017()))).isEmpty();
      assertThat(run(rule, assessments(assessment("one-score-each", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, null),
          response(CANASTA, Side.PARTNER, null, 1))))).isEmpty();
      assertThat(run(rule, assessments(assessment("empty", LocalDate.of(2017, 6, 15))))).isEmpty();
      assertThat(run(rule, assessments(assessment("others", LocalDate.of(2017, 6, 15),
          response(ULS, Side.OTHER_PARTICIPANT, 2))))).isEmpty();
    }

    @Test
    void leavesAnAssessmentThatCannotBeAnalysedToValidation() {
      ReciprocityAssessment outOfScale = assessment("out-of-scale", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 9));
      assertThat(run(rule, assessments(outOfScale))).isEmpty();
    }
  }

  @Nested
  class GapTooWide {
    private final Rule<?> rule = PartnershipRules.GAP_TOO_WIDE;

    @Test
    void firesOncePerCriterionTheSidesScoreMoreThanOneLevelApart() {
      // One level of the 1–4 scale is 33.33 points: one-level disagreements are not reported, two are.
      List<Finding> findings = run(rule, assessments(comasagua2017()));
      assertThat(findings).extracting(Finding::path).containsExactly("criteriaSet.criteria[3]");
      Finding power = findings.get(0);
      assertThat(power.ruleId()).isEqualTo("assessment.gap.too-wide");
      assertThat(power.severity()).isEqualTo(Severity.WARNING);
      assertThat(power.subject()).isEqualTo(new SubjectRef("assessment", "comasagua-2017"));
      assertThat(english(power)).isEqualTo("Balance of power: the supporting organisation scores 66.67 out of 100"
          + " and the partner 0.00, 66.67 points apart: more than 1 level(s) of the 1–4 scale (33.33 points)");
      assertThat(french(power)).isEqualTo("Équilibre des pouvoirs : l'organisation d'appui note 66,67 sur 100"
          + " et le partenaire 0,00, soit 66,67 points d'écart : plus de 1 niveau(x) de l'échelle 1–4 (33,33 points)");
      assertThat(power.message(Locale.forLanguageTag("es"))).isEqualTo("Equilibrio de poder: la organización de"
          + " apoyo puntúa 66,67 sobre 100 y el socio 0,00, a 66,67 puntos de distancia: más de 1 nivel(es) de la"
          + " escala 1–4 (33,33 puntos)");
    }

    @Test
    void measuresALevelOnTheAssessmentsOwnScale() {
      // On 1–5 a level is 25 points: 5 against 3 is two levels, 50 points.
      CriteriaSet oneToFive = CriteriaSet.builder().id("one-to-five").version(1).scale(Scale.of(1, 5))
          .addCriteria(CriteriaSets.standard().criterion(CriteriaSets.TRUST).orElseThrow()).build();
      ReciprocityAssessment assessment = ReciprocityAssessment.builder().id(AssessmentId.of("five"))
          .partnership(COMASAGUA).date(LocalDate.of(2017, 6, 15)).criteriaSet(oneToFive)
          .addResponse(Response.builder().respondent(SPF_82).side(Side.SUPPORTING_ORGANISATION)
              .addAnswer(Answer.of(CriteriaSets.TRUST, 5)).build())
          .addResponse(Response.builder().respondent(CANASTA).side(Side.PARTNER)
              .addAnswer(Answer.of(CriteriaSets.TRUST, 3)).build())
          .build();
      assertThat(run(rule, assessments(assessment))).singleElement().satisfies(f -> assertThat(english(f))
          .isEqualTo("Trust: the supporting organisation scores 100.00 out of 100 and the partner 50.00, 50.00 points"
              + " apart: more than 1 level(s) of the 1–5 scale (25.00 points)"));
      assertThat(run(rule, assessments(assessment), p -> p.set(PartnershipRules.GAP_TOO_WIDE_ID, "levels", 2))).isEmpty();
    }

    @Test
    void doesNotFireWhenTheSidesAgreeOrOnlyOneScoredOrTheAssessmentCannotBeAnalysed() {
      assertThat(run(rule, assessments(assessment("agree", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 3, 3, 2),
          response(CANASTA, Side.PARTNER, 3, 3, 2))))).isEmpty();
      assertThat(run(rule, assessments(assessment("alone", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 4),
          response(CANASTA, Side.PARTNER, null, null))))).isEmpty();
      assertThat(run(rule, assessments(assessment("out-of-scale", LocalDate.of(2017, 6, 15),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 4),
          response(CANASTA, Side.PARTNER, 1, 0))))).isEmpty();
    }

    @Test
    void firesOneHundredthPastTheThresholdNotOnIt() {
      // On 0–10000 a level is 0.01 points: 2500 levels are 25 points.
      UnaryOperator<Profile.Builder> levels = p -> p.set(PartnershipRules.GAP_TOO_WIDE_ID, "levels", 2500);
      assertThat(run(rule, assessments(fine("at", LocalDate.of(2017, 6, 15), 7500, 5000)), levels)).isEmpty();
      assertThat(run(rule, assessments(fine("past", LocalDate.of(2017, 6, 15), 7501, 5000)), levels))
          .singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("criteriaSet.criteria[0]");
            assertThat(english(f)).isEqualTo("Trust: the supporting organisation scores 75.01 out of 100 and the"
                + " partner 50.00, 25.01 points apart: more than 2500 level(s) of the 0–10000 scale (25.00 points)");
          });
    }

    @Test
    void readsTheLevelsFromTheProfile() {
      assertThat(run(rule, assessments(comasagua2017()),
          p -> p.set(PartnershipRules.GAP_TOO_WIDE_ID, "levels", new BigDecimal("0.5"))))
          .extracting(Finding::path).containsExactly(
              "criteriaSet.criteria[0]", "criteriaSet.criteria[1]", "criteriaSet.criteria[2]", "criteriaSet.criteria[3]",
              "criteriaSet.criteria[4]", "criteriaSet.criteria[6]", "criteriaSet.criteria[7]", "criteriaSet.criteria[8]");
      assertThat(run(rule, assessments(comasagua2017()),
          p -> p.set(PartnershipRules.GAP_TOO_WIDE_ID, "levels", 2))).isEmpty();
    }
  }

  @Nested
  class IndexDropped {
    private final Rule<?> rule = PartnershipRules.INDEX_DROPPED;

    /** 2016: both sides score 3 everywhere, overall 66.67. */
    private ReciprocityAssessment comasagua2016() {
      return assessment("comasagua-2016", LocalDate.of(2016, 5, 10),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
          response(CANASTA, Side.PARTNER, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
    }

    /** 2018: the Secours populaire scores 3 everywhere, Canasta Campesina 1: overall 33.33. */
    private ReciprocityAssessment comasagua2018() {
      return assessment("comasagua-2018", LocalDate.of(2018, 9, 1),
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
          response(CANASTA, Side.PARTNER, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    }

    @Test
    void firesWhenTheOverallIndexFellMoreThanTheThresholdSinceThePreviousAssessment() {
      List<Finding> findings = run(rule, assessments(comasagua2018(), comasagua2016(), comasagua2017()));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo("assessment.index.dropped");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo(new SubjectRef("assessment", "comasagua-2018"));
        assertThat(f.path()).isEmpty();
        assertThat(english(f)).isEqualTo("The overall reciprocity index fell by 37.88 points, from 71.21 to 33.33, since the assessment of June 15, 2017 (more than 10)");
        assertThat(french(f)).isEqualTo("L'indice global de réciprocité a baissé de 37,88 points, de 71,21 à 33,33, depuis le baromètre du 15 juin 2017 (plus de 10)");
      });
    }

    @Test
    void doesNotFireOnTheFirstAssessmentOnARiseOrWithoutDateOrFigures() {
      assertThat(run(rule, assessments(comasagua2016(), comasagua2017()))).isEmpty();
      assertThat(run(rule, assessments(comasagua2017(), comasagua2018().withDate(java.util.Optional.empty()))))
          .isEmpty();
      ReciprocityAssessment unanalysable = comasagua2017().withResponses(
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 0));
      assertThat(run(rule, assessments(unanalysable, comasagua2018()))).isEmpty();
      assertThat(run(rule, assessments(comasagua2017(), comasagua2018().withResponses(
          response(SPF_82, Side.SUPPORTING_ORGANISATION, 9))))).isEmpty();
      ReciprocityAssessment otherPartnership = comasagua2018().withPartnership(PartnershipId.of("cfdt-unsas"));
      assertThat(run(rule, assessments(comasagua2017(), otherPartnership))).isEmpty();
    }

    @Test
    void firesOneHundredthPastTheThresholdNotOnIt() {
      ReciprocityAssessment earlier = fine("earlier", LocalDate.of(2019, 3, 1), 5000, 5000);
      assertThat(run(rule, assessments(earlier, fine("at", LocalDate.of(2021, 3, 1), 4000, 4000)))).isEmpty();
      assertThat(run(rule, assessments(earlier, fine("past", LocalDate.of(2021, 3, 1), 4000, 3998))))
          .extracting(PartnershipRulesTest::english)
          .containsExactly("The overall reciprocity index fell by 10.01 points, from 50.00 to 39.99,"
              + " since the assessment of March 1, 2019 (more than 10)");
    }

    @Test
    void readsThePointsFromTheProfile() {
      Portfolio portfolio = assessments(comasagua2017(), comasagua2018());
      assertThat(run(rule, portfolio, p -> p.set(PartnershipRules.INDEX_DROPPED_ID, "points", 40))).isEmpty();
      assertThat(run(rule, portfolio, p -> p.set(PartnershipRules.INDEX_DROPPED_ID, "points", 37))).hasSize(1);
    }
  }

  @Test
  void idsAreUniqueAndEveryRuleHasItsTextsInBothLanguages() {
    List<String> ids = PartnershipRules.all().stream().map(r -> r.info().id()).toList();
    assertThat(ids).doesNotHaveDuplicates().containsExactly(
        PartnershipRules.ASSESSMENT_OVERDUE_ID, PartnershipRules.RELATION_RECENT_ID,
        PartnershipRules.ONE_SIDE_ONLY_ID, PartnershipRules.GAP_TOO_WIDE_ID, PartnershipRules.INDEX_DROPPED_ID,
        ConsistencyRules.RESPONDENT_SIDE_MISMATCH_ID);
    for (String id : ids) {
      for (String part : List.of("title", "explanation", "message")) {
        assertThat(Texts.has(id + "." + part)).as(id + "." + part).isTrue();
        assertThat(Texts.text(id + "." + part, Locale.FRENCH)).as(id + "." + part)
            .isNotEqualTo(Texts.text(id + "." + part, Locale.ENGLISH));
      }
    }
    assertThat(PartnershipRules.all()).allSatisfy(r -> assertThat(r.info().reference()).get()
        .asString().startsWith("[Fonda n.d.] "));
  }
}

package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.Violation;

class ReciprocityAnalysisTest {

  private static Optional<BigDecimal> figure(String value) {
    return Optional.of(new BigDecimal(value));
  }

  // Comasagua 2017, standard 1–4 set (one level = 33 1/3 points):
  // supporting 4 3 3 3 4 4 3 4 3 4 –  → levels above 1: 25 over 10 criteria → 2500/30 = 83.333…
  // partner    3 2 4 1 3 4 2 3 2 4 3  → levels above 1: 20 over 11 criteria → 2000/33 = 60.606…
  // overall: (250/3 + 2000/33) / 2 = 4750/66 = 71.969…
  private final ReciprocityAnalysis comasagua = ReciprocityAnalysis.of(Examples.comasagua2017());

  @Test
  void scoresEachCriterionForEachSideRawAndOnZeroToHundred() {
    assertThat(comasagua.score("power-balance", Side.SUPPORTING_ORGANISATION)).contains(
        new CriterionScore("power-balance", Side.SUPPORTING_ORGANISATION, 1, 1, figure("3.00"), figure("66.67")));
    assertThat(comasagua.score("power-balance", Side.PARTNER)).contains(
        new CriterionScore("power-balance", Side.PARTNER, 1, 1, figure("1.00"), figure("0.00")));
    assertThat(comasagua.score("listening", Side.PARTNER).flatMap(CriterionScore::normalised)).isEqualTo(figure("66.67"));
    assertThat(comasagua.score("mutual-benefit", Side.PARTNER).flatMap(CriterionScore::normalised))
        .isEqualTo(figure("33.33"));
  }

  @Test
  void anUnscoredCriterionIsMissingNotZero() {
    CriterionScore reflection = comasagua.score("reflection", Side.SUPPORTING_ORGANISATION).orElseThrow();

    assertThat(reflection.isAnswered()).isFalse();
    assertThat(reflection.answers()).isZero();
    assertThat(reflection.respondents()).isEqualTo(1);
    assertThat(reflection.raw()).isEmpty();
    assertThat(reflection.normalised()).isEmpty();
  }

  @Test
  void listsScoresBySideThenInTheSetsOrder() {
    assertThat(comasagua.scores()).hasSize(22);
    assertThat(comasagua.scores().subList(0, 11)).extracting(CriterionScore::side).containsOnly(Side.SUPPORTING_ORGANISATION);
    assertThat(comasagua.scores().subList(11, 22)).extracting(CriterionScore::criterion)
        .containsExactlyElementsOf(Examples.STANDARD_ORDER);
    assertThat(comasagua.score("listening", Side.OTHER_PARTICIPANT)).isEmpty();
  }

  @Test
  void givesEachSideAnIndexWithItsCounts() {
    assertThat(comasagua.indexes()).containsExactly(
        new SideIndex(Side.SUPPORTING_ORGANISATION, 1, 10, 10, 1, figure("83.33")),
        new SideIndex(Side.PARTNER, 1, 11, 11, 0, figure("60.61")));
    assertThat(comasagua.index(Side.OTHER_PARTICIPANT))
        .isEqualTo(new SideIndex(Side.OTHER_PARTICIPANT, 0, 0, 0, 0, Optional.empty()));
  }

  @Test
  void givesAnOverallIndexAsTheMeanOfTheSidesExactIndexes() {
    assertThat(comasagua.overallIndex()).isEqualTo(figure("71.97"));
    assertThat(comasagua.answers()).isEqualTo(21);
    assertThat(comasagua.missingAnswers()).isEqualTo(1);
  }

  @Test
  void measuresThePerceptionGapBetweenTheSupportingOrganisationAndThePartner() {
    PerceptionGap gap = comasagua.gap();

    assertThat(gap.first()).isEqualTo(Side.SUPPORTING_ORGANISATION);
    assertThat(gap.second()).isEqualTo(Side.PARTNER);
    assertThat(gap.criteria()).extracting(CriterionGap::criterion).containsExactlyElementsOf(Examples.STANDARD_ORDER);
    assertThat(gap.criteria().get(3))
        .isEqualTo(new CriterionGap("power-balance", figure("66.67"), figure("0.00"), figure("66.67")));
    assertThat(gap.criteria().get(5).gap()).isEqualTo(figure("0.00"));
    // Nine levels of difference over the ten criteria both scored: 900 / 30.
    assertThat(gap.overall()).isEqualTo(figure("30.00"));
    assertThat(gap.compared()).isEqualTo(10);
  }

  @Test
  void ordersDisagreementsWidestFirstThenInTheSetsOrder() {
    List<CriterionGap> disagreements = comasagua.gap().disagreements();

    assertThat(disagreements).extracting(CriterionGap::criterion).containsExactly(
        "power-balance",
        "listening", "mutual-benefit", "mutual-learning", "trust", "co-construction", "sovereignty", "transparency",
        "commitments", "shared-vision");
    assertThat(comasagua.gap().widerThan(new BigDecimal("50"))).extracting(CriterionGap::criterion)
        .containsExactly("power-balance");
    assertThat(comasagua.gap().widerThan(new BigDecimal("33.33"))).hasSize(1);
    assertThat(comasagua.gap().widerThan(new BigDecimal("33.32"))).hasSize(8);
  }

  @Test
  void detectsCriteriaAndAssessmentsAnsweredByOneSideOnly() {
    assertThat(comasagua.gap().answeredByOneSideOnly()).containsExactly("reflection");
    assertThat(comasagua.gap().criteria().get(10))
        .isEqualTo(new CriterionGap("reflection", Optional.empty(), figure("66.67"), Optional.empty()));
    assertThat(comasagua.answeredSides()).containsExactly(Side.SUPPORTING_ORGANISATION, Side.PARTNER);
    assertThat(comasagua.isAnsweredByOneSideOnly()).isFalse();

    ReciprocityAssessment partnerOnly = Examples.comasagua2017()
        .withResponses(Examples.comasagua2017().responses().get(1));
    ReciprocityAnalysis oneSided = ReciprocityAnalysis.of(partnerOnly);
    assertThat(oneSided.isAnsweredByOneSideOnly()).isTrue();
    assertThat(oneSided.answeredSides()).containsExactly(Side.PARTNER);
    assertThat(oneSided.gap().overall()).isEmpty();
    assertThat(oneSided.gap().disagreements()).isEmpty();
    assertThat(oneSided.gap().answeredByOneSideOnly()).hasSize(11);
    assertThat(oneSided.overallIndex()).isEqualTo(figure("60.61"));
  }

  @Test
  void aGapBetweenAnyTwoSidesIsTheSameWhicheverComesFirst() {
    PerceptionGap reversed = comasagua.gap(Side.PARTNER, Side.SUPPORTING_ORGANISATION);

    assertThat(reversed.overall()).isEqualTo(comasagua.gap().overall());
    assertThat(reversed.criteria().get(3))
        .isEqualTo(new CriterionGap("power-balance", figure("0.00"), figure("66.67"), figure("66.67")));
    assertThat(comasagua.gap(Side.PARTNER, Side.OTHER_PARTICIPANT).compared()).isZero();
  }

  // CFDT with Essentiel and UNSAS on a 0–10 set of listening, trust, transparency:
  // CFDT 8 9 6 → 80 90 60 → 230/3; partners (6+5)/2, (7+8)/2, 3 (Essentiel left it unscored)
  // → 55 75 30 → 160/3; overall 390/6 = 65; gaps 25 15 30 → 70/3.
  @Test
  void averagesTheRespondentsOfOneSide() {
    ReciprocityAnalysis senegal = ReciprocityAnalysis.of(Examples.senegal());

    assertThat(senegal.score("listening", Side.PARTNER)).contains(
        new CriterionScore("listening", Side.PARTNER, 2, 2, figure("5.50"), figure("55.00")));
    assertThat(senegal.score("transparency", Side.PARTNER)).contains(
        new CriterionScore("transparency", Side.PARTNER, 2, 1, figure("3.00"), figure("30.00")));
    assertThat(senegal.indexes()).containsExactly(
        new SideIndex(Side.SUPPORTING_ORGANISATION, 1, 3, 3, 0, figure("76.67")),
        new SideIndex(Side.PARTNER, 2, 3, 5, 1, figure("53.33")));
    assertThat(senegal.overallIndex()).isEqualTo(figure("65.00"));
    assertThat(senegal.gap().overall()).isEqualTo(figure("23.33"));
    assertThat(senegal.gap().disagreements()).extracting(CriterionGap::criterion, CriterionGap::gap)
        .containsExactly(
            tuple("transparency", figure("30.00")),
            tuple("listening", figure("25.00")),
            tuple("trust", figure("15.00")));
  }

  @Test
  void anAssessmentWithoutAnyScoreHasNoIndexButItsCounts() {
    ReciprocityAssessment blank = Examples.comasagua2017().withResponses(
        Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER).addAnswer(Answer.unscored("trust")).build());
    ReciprocityAnalysis analysis = ReciprocityAnalysis.of(blank);

    assertThat(analysis.overallIndex()).isEmpty();
    assertThat(analysis.index(Side.PARTNER)).isEqualTo(new SideIndex(Side.PARTNER, 1, 0, 0, 11, Optional.empty()));
    assertThat(analysis.answeredSides()).isEmpty();
    assertThat(analysis.isAnsweredByOneSideOnly()).isFalse();
    assertThat(ReciprocityAnalysis.of(blank.withResponses(List.<Response>of())).indexes()).isEmpty();
  }

  @Test
  void aDraftWithoutDateIsAnalysed() {
    ReciprocityAssessment draft = ReciprocityAssessment.builder().from(Examples.comasagua2017())
        .date(Optional.empty()).build();

    assertThat(ReciprocityAnalysis.of(draft).overallIndex()).isEqualTo(figure("71.97"));
  }

  @Test
  void refusesAnAssessmentWhoseAnswersDisagreeWithItsSet() {
    Response partner = Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER)
        .addAnswers(Answer.of("trust", 7), Answer.of("solidarity", 2)).build();
    ReciprocityAssessment invalid = Examples.comasagua2017().withResponses(partner);

    assertThatThrownBy(() -> ReciprocityAnalysis.of(invalid))
        .isInstanceOf(UnanalysableAssessmentException.class)
        .satisfies(e -> {
          UnanalysableAssessmentException u = (UnanalysableAssessmentException) e;
          assertThat(u.code()).isEqualTo("reciprocity.assessment.unanalysable");
          assertThat(u.violations()).extracting(Violation::code, Violation::path).containsExactly(
              tuple("reciprocity.score.out-of-scale", "responses[0].answers[0].score"),
              tuple("reciprocity.criterion.unknown", "responses[0].answers[1].criterion"));
          assertThat(u.getMessage()).contains("responses[0].answers[0].score [reciprocity.score.out-of-scale]");
          assertThat(u.getMessage(Locale.FRENCH)).startsWith("Le baromètre ne peut être analysé");
          assertThat(u.getMessage(Locale.forLanguageTag("es"))).startsWith("El barómetro no puede analizarse");
        });
  }

  @Test
  void refusesAScaleOutOfOrder() {
    ReciprocityAssessment invalid = Examples.comasagua2017()
        .withCriteriaSet(CriteriaSets.standard().withScale(Scale.of(4, 4)));

    assertThatThrownBy(() -> ReciprocityAnalysis.of(invalid))
        .isInstanceOf(UnanalysableAssessmentException.class)
        .satisfies(e -> assertThat(((UnanalysableAssessmentException) e).violations())
            .extracting(Violation::code).containsExactly("reciprocity.scale.order"));
  }
}

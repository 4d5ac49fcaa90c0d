package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.core.model.PartnershipId;

class ReciprocityTrendTest {
  private static final BigDecimal FIVE = new BigDecimal("5");

  private static Optional<BigDecimal> figure(String value) {
    return Optional.of(new BigDecimal(value));
  }

  // 2016: supporting all 3 (66.67), partner all 2 (33.33), overall 50.00.
  // 2017: supporting 83.33, partner 60.61, overall 71.97 (see ReciprocityAnalysisTest).
  // 2018: supporting all 4 (100.00), partner all 1 (0.00), overall 50.00.
  @Test
  void anIndexThatRoseBeyondTheToleranceImproved() {
    ReciprocityTrend trend = ReciprocityTrend.between(Examples.comasagua2016(), Examples.comasagua2017(), FIVE);

    assertThat(trend.overall()).isEqualTo(
        new IndexChange(figure("50.00"), figure("71.97"), figure("21.97"), Optional.of(TrendDirection.IMPROVED)));
    assertThat(trend.side(Side.SUPPORTING_ORGANISATION)).isEqualTo(
        new IndexChange(figure("66.67"), figure("83.33"), figure("16.66"), Optional.of(TrendDirection.IMPROVED)));
    assertThat(trend.side(Side.PARTNER).delta()).isEqualTo(figure("27.28"));
    assertThat(trend.tolerance()).isEqualTo(FIVE);
  }

  @Test
  void anIndexThatFellBeyondTheToleranceWorsened() {
    ReciprocityTrend trend = ReciprocityTrend.between(Examples.comasagua2017(), Examples.comasagua2018(), FIVE);

    assertThat(trend.overall().delta()).isEqualTo(figure("-21.97"));
    assertThat(trend.overall().direction()).contains(TrendDirection.WORSENED);
    assertThat(trend.side(Side.PARTNER)).isEqualTo(
        new IndexChange(figure("60.61"), figure("0.00"), figure("-60.61"), Optional.of(TrendDirection.WORSENED)));
    assertThat(trend.side(Side.SUPPORTING_ORGANISATION).direction()).contains(TrendDirection.IMPROVED);
  }

  @Test
  void aMoveWithinTheToleranceIsStableBothWaysAndAtItsBound() {
    ReciprocityTrend up = ReciprocityTrend.between(Examples.comasagua2016(), Examples.comasagua2017(),
        new BigDecimal("21.97"));
    ReciprocityTrend down = ReciprocityTrend.between(Examples.comasagua2017(), Examples.comasagua2018(),
        new BigDecimal("25"));
    ReciprocityTrend flat = ReciprocityTrend.between(Examples.comasagua2016(), Examples.comasagua2018(),
        BigDecimal.ZERO);

    assertThat(up.overall().direction()).contains(TrendDirection.STABLE);
    assertThat(up.side(Side.PARTNER).direction()).contains(TrendDirection.IMPROVED);
    assertThat(down.overall().direction()).contains(TrendDirection.STABLE);
    assertThat(flat.overall()).isEqualTo(
        new IndexChange(figure("50.00"), figure("50.00"), figure("0.00"), Optional.of(TrendDirection.STABLE)));
  }

  @Test
  void aSideThatScoredNothingInOneAssessmentHasNoTrend() {
    ReciprocityAssessment partnerOnly = Examples.comasagua2017()
        .withResponses(Examples.comasagua2017().responses().get(1));

    ReciprocityTrend trend = ReciprocityTrend.between(Examples.comasagua2016(), partnerOnly, FIVE);

    assertThat(trend.side(Side.SUPPORTING_ORGANISATION)).isEqualTo(
        new IndexChange(figure("66.67"), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(trend.side(Side.OTHER_PARTICIPANT).direction()).isEmpty();
    assertThat(trend.overall().direction()).contains(TrendDirection.IMPROVED);
  }

  @Test
  void comparesAssessmentsOnDifferentScales() {
    // The 2016 answers moved to a 0–9 scale (1→0, 2→3, 3→6, 4→9) give the same indexes.
    ReciprocityAssessment rescaled = Examples.comasagua2016().withId(org.partnershipsdk.core.model.AssessmentId.of("r"))
        .withDate(LocalDate.of(2016, 12, 1))
        .withCriteriaSet(CriteriaSets.standard().withId("nine").withScale(Scale.of(0, 9)))
        .withResponses(Examples.comasagua2016().responses().stream()
            .map(r -> r.withAnswers(r.answers().stream()
                .map(a -> a.withScore(3 * a.score().getAsInt() - 3)).toList()))
            .toList());

    ReciprocityTrend trend = ReciprocityTrend.between(Examples.comasagua2016(), rescaled, BigDecimal.ZERO);

    assertThat(trend.overall().delta()).isEqualTo(figure("0.00"));
    assertThat(trend.overall().direction()).contains(TrendDirection.STABLE);
  }

  @Test
  void refusesANegativeTolerance() {
    assertThatThrownBy(() -> ReciprocityTrend.between(Examples.comasagua2016(), Examples.comasagua2017(),
        new BigDecimal("-0.5")))
        .isInstanceOf(InvalidToleranceException.class)
        .satisfies(e -> {
          assertThat(((PartnershipException) e).code()).isEqualTo("reciprocity.trend.tolerance");
          assertThat(e.getMessage()).endsWith("not -0.5");
        });
    assertThatThrownBy(() -> ReciprocityTrend.between(Examples.comasagua2016(), Examples.comasagua2017(), null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void refusesAssessmentsOfTwoPartnerships() {
    ReciprocityAssessment other = Examples.comasagua2017().withPartnership(PartnershipId.of("guinee44-kindia"));

    assertThatThrownBy(() -> ReciprocityTrend.between(Examples.comasagua2016(), other, FIVE))
        .isInstanceOf(IncomparableAssessmentsException.class)
        .satisfies(e -> {
          PartnershipException p = (PartnershipException) e;
          assertThat(p.code()).isEqualTo("reciprocity.trend.partnership-mismatch");
          assertThat(p.getMessage(Locale.FRENCH)).contains("spf82-canasta-campesina").contains("guinee44-kindia");
        });
  }

  @Test
  void refusesAnEarlierAssessmentDatedAfterTheLaterOne() {
    assertThatThrownBy(() -> ReciprocityTrend.between(Examples.comasagua2018(), Examples.comasagua2016(), FIVE))
        .isInstanceOf(IncomparableAssessmentsException.class)
        .satisfies(e -> assertThat(((PartnershipException) e).code()).isEqualTo("reciprocity.trend.order"));
    ReciprocityAssessment undated = ReciprocityAssessment.builder().from(Examples.comasagua2016())
        .date(Optional.empty()).build();
    assertThat(ReciprocityTrend.between(Examples.comasagua2018(), undated, FIVE).overall().direction())
        .contains(TrendDirection.STABLE);
  }

  @Test
  void refusesAnAssessmentThatCannotBeAnalysed() {
    ReciprocityAssessment invalid = Examples.comasagua2017().withResponses(
        Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER).addAnswer(Answer.of("trust", 0)).build());

    assertThatThrownBy(() -> ReciprocityTrend.between(Examples.comasagua2016(), invalid, FIVE))
        .isInstanceOf(UnanalysableAssessmentException.class);
    assertThat(List.of(TrendDirection.values())).hasSize(3);
  }
}

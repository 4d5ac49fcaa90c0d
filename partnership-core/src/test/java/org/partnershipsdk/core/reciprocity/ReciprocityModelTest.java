package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.UnknownCodeException;

class ReciprocityModelTest {

  @Test
  void anAssessmentIsAValueBuiltAndCopiedThroughItsAbstractType() {
    ReciprocityAssessment assessment = Examples.comasagua2017();
    ReciprocityAssessment same = ReciprocityAssessment.builder().from(assessment).build();
    ReciprocityAssessment later = assessment.withDate(LocalDate.of(2019, 6, 15));

    assertThat(same).isEqualTo(assessment).hasSameHashCodeAs(assessment);
    assertThat(later).isNotEqualTo(assessment);
    assertThat(later.date()).contains(LocalDate.of(2019, 6, 15));
    assertThat(assessment.date()).contains(LocalDate.of(2017, 6, 15));
    assertThat(later.withId(AssessmentId.of("other")).id()).isEqualTo(AssessmentId.of("other"));
    assertThat(assessment.respondingSides()).containsExactly(Side.SUPPORTING_ORGANISATION, Side.PARTNER);
  }

  @Test
  void aResponseFindsItsAnswerByCriterion() {
    Response partner = Examples.comasagua2017().responses().get(1);

    assertThat(partner.answer("power-balance")).map(Answer::score).contains(OptionalInt.of(1));
    assertThat(partner.answer("solidarity")).isEmpty();
    assertThat(partner.withSide(Side.OTHER_PARTICIPANT).side()).isEqualTo(Side.OTHER_PARTICIPANT);
  }

  @Test
  void anUnscoredAnswerHasNoScoreRatherThanZero() {
    Answer answer = Answer.unscored("trust");

    assertThat(answer.score()).isEmpty();
    assertThat(answer.withScore(0).score()).hasValue(0);
    assertThat(Answer.of("trust", 3)).isEqualTo(Answer.builder().criterion("trust").score(3).build());
  }

  @Test
  void toStringNeverPrintsAComment() {
    ReciprocityAssessment assessment = Examples.comasagua2017();
    Answer commented = assessment.responses().get(0).answer("reflection").orElseThrow();

    assertThat(commented.comment()).hasValueSatisfying(c -> assertThat(c).contains("Duval"));
    assertThat(commented.toString()).doesNotContain("Duval").contains("<personal data>");
    assertThat(assessment.toString()).doesNotContain("Duval").contains("comasagua-2017");
  }

  @Test
  void whatAValueCannotMeanAnythingWithoutFailsAtBuild() {
    assertThatThrownBy(() -> Response.builder().side(Side.PARTNER).build())
        .isInstanceOf(IncompleteValueException.class)
        .satisfies(e -> assertThat(((IncompleteValueException) e).getMessage()).contains("respondent"));
    assertThatThrownBy(() -> Answer.builder().criterion(null))
        .isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> ReciprocityAssessment.builder().from(Examples.comasagua2017()).criteriaSet(null))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void sidesAndDirectionsAreClosedCodeListsInEnglishAndFrench() {
    assertThat(Coded.fromCode(Side.class, "supporting-organisation")).isEqualTo(Side.SUPPORTING_ORGANISATION);
    assertThat(Side.PARTNER.label(Locale.FRENCH)).isEqualTo("Partenaire");
    assertThat(Side.OTHER_PARTICIPANT.label(Locale.ENGLISH)).isEqualTo("Other participant");
    assertThat(Coded.fromCode(TrendDirection.class, "worsened")).isEqualTo(TrendDirection.WORSENED);
    assertThat(TrendDirection.IMPROVED.label(Locale.FRENCH)).isEqualTo("En amélioration");
    assertThatThrownBy(() -> Coded.fromCode(Side.class, "funder")).isInstanceOf(UnknownCodeException.class);
  }
}

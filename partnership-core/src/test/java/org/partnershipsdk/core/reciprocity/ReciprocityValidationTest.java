package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

class ReciprocityValidationTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void theExamplesAndTheStandardSetValidateClean() {
    assertThat(validator.validate(Examples.comasagua2017()).violations()).isEmpty();
    assertThat(validator.validate(Examples.senegal()).violations()).isEmpty();
    assertThat(validator.validate(CriteriaSets.standard()).violations()).isEmpty();
  }

  @Test
  void aMissingDateIsReportedAsRequired() {
    ReciprocityAssessment draft = ReciprocityAssessment.builder().from(Examples.comasagua2017())
        .date(java.util.Optional.empty()).build();

    assertThat(validator.validate(draft).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "date"));
  }

  @Test
  void aScaleOutOfOrderIsReportedOnItsMaximum() {
    assertThat(validator.validate(Scale.of(4, 1)).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.scale.order", "max"));
    assertThat(validator.validate(Scale.of(3, 3)).violations()).extracting(Violation::code)
        .containsExactly("reciprocity.scale.order");
    assertThat(validator.isValid(Scale.of(-2, 2))).isTrue();
  }

  @Test
  void aScaleOutOfOrderInAnAssessmentIsReportedOnceAndNoScoreIsCalledOutOfIt() {
    ReciprocityAssessment assessment = Examples.comasagua2017()
        .withCriteriaSet(CriteriaSets.standard().withScale(Scale.of(4, 1)));

    ValidationReport report = validator.validate(assessment);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.scale.order", "criteriaSet.scale.max"));
    assertThat(report.violations().get(0).arguments()).containsEntry("min", 4).containsEntry("max", 1);
  }

  @Test
  void theCriteriaSetsOwnConstraintsFire() {
    CriteriaSet set = CriteriaSet.builder().id("Mon barometre").version(0).scale(Scale.of(1, 4)).build();

    assertThat(validator.validate(set).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.empty", "criteria"),
            tuple("value.pattern", "id"),
            tuple("value.positive", "version"));
  }

  @Test
  void aCriterionCodeMustBeLowerCaseWithHyphens() {
    CriteriaSet set = CriteriaSets.standard().withCriteria(Examples.criterion("Mutual learning"));

    assertThat(validator.validate(set).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.pattern", "criteria[0].code"));
  }

  @Test
  void aRepeatedCriterionCodeIsReportedOnEachRepeat() {
    CriteriaSet set = CriteriaSets.standard().withCriteria(
        Examples.criterion("trust"), Examples.criterion("listening"), Examples.criterion("trust"),
        Examples.criterion("trust"));

    ValidationReport report = validator.validate(set);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("reciprocity.criterion.duplicate", "criteria[2].code"),
            tuple("reciprocity.criterion.duplicate", "criteria[3].code"));
    assertThat(report.violations().get(0).segments()).containsExactly("criteria", "2", "code");
    assertThat(report.violations().get(0).arguments()).containsEntry("code", "trust").containsEntry("firstIndex", 0);
  }

  @Test
  void aCriterionAnsweredTwiceInOneResponseIsReportedOnTheRepeat() {
    Response response = Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER)
        .addAnswers(Answer.of("trust", 3), Answer.of("listening", 2), Answer.unscored("trust")).build();

    assertThat(validator.validate(response).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.answer.duplicate", "answers[2].criterion"));

    ReciprocityAssessment assessment = Examples.comasagua2017()
        .withResponses(Examples.comasagua2017().responses().get(0), response);
    assertThat(validator.validate(assessment).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.answer.duplicate", "responses[1].answers[2].criterion"));
  }

  @Test
  void aScoreOutsideTheScaleIsReportedOnTheScoreItself() {
    Response partner = Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER)
        .addAnswers(Answer.of("trust", 3), Answer.of("listening", 5), Answer.of("transparency", 0)).build();
    ReciprocityAssessment assessment = Examples.comasagua2017()
        .withResponses(Examples.comasagua2017().responses().get(0), partner);

    ValidationReport report = validator.validate(assessment);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("reciprocity.score.out-of-scale", "responses[1].answers[1].score"),
            tuple("reciprocity.score.out-of-scale", "responses[1].answers[2].score"));
    Violation first = report.violations().get(0);
    assertThat(first.segments()).containsExactly("responses", "1", "answers", "1", "score");
    assertThat(first.arguments()).containsEntry("score", 5).containsEntry("min", 1).containsEntry("max", 4)
        .containsEntry("criterion", "listening");
    assertThat(first.message(Locale.ENGLISH)).isEqualTo("The score 5 is outside the scale from 1 to 4");
    assertThat(first.message(Locale.FRENCH)).isEqualTo("La note 5 sort de l'échelle de 1 à 4");
  }

  @Test
  void anAnswerToACriterionOutsideTheSetIsReportedOnItsCriterion() {
    Response partner = Response.builder().respondent(Examples.CANASTA).side(Side.PARTNER)
        .addAnswers(Answer.of("trust", 3), Answer.of("solidarity", 2)).build();
    ReciprocityAssessment assessment = Examples.comasagua2017()
        .withResponses(partner, Examples.comasagua2017().responses().get(0));

    ValidationReport report = validator.validate(assessment);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.criterion.unknown", "responses[0].answers[1].criterion"));
    assertThat(report.violations().get(0).message(Locale.FRENCH))
        .isEqualTo("Le critère « solidarity » ne fait pas partie de la grille « default » version 1");
  }

  @Test
  void aSecondResponseFromTheSameOrganisationIsReportedOnItsRespondent() {
    ReciprocityAssessment comasagua = Examples.comasagua2017();
    Response again = comasagua.responses().get(1).withSide(Side.OTHER_PARTICIPANT);
    ReciprocityAssessment assessment = comasagua.withResponses(
        comasagua.responses().get(1), comasagua.responses().get(0), again);

    ValidationReport report = validator.validate(assessment);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("reciprocity.response.duplicate", "responses[2].respondent"));
    assertThat(report.violations().get(0).arguments()).containsEntry("respondent", "canasta-campesina")
        .containsEntry("firstIndex", 0);
  }

  @Test
  void everyProblemOfOneAssessmentIsReportedAtOnce() {
    Response partner = Response.builder().respondent(Examples.SPF_82).side(Side.PARTNER)
        .addAnswers(Answer.of("trust", 9), Answer.of("trust", 2), Answer.of("hospitality", 2)).build();
    ReciprocityAssessment assessment = Examples.comasagua2017()
        .withResponses(Examples.comasagua2017().responses().get(0), partner);

    assertThat(validator.validate(assessment).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("reciprocity.score.out-of-scale", "responses[1].answers[0].score"),
            tuple("reciprocity.answer.duplicate", "responses[1].answers[1].criterion"),
            tuple("reciprocity.criterion.unknown", "responses[1].answers[2].criterion"),
            tuple("reciprocity.response.duplicate", "responses[1].respondent"));
  }

  @Test
  void everyCodeOfTheAreaHasAnEnglishAndAFrenchText() {
    List<String> codes = List.of("reciprocity.scale.order", "reciprocity.score.out-of-scale",
        "reciprocity.criterion.duplicate", "reciprocity.criterion.unknown", "reciprocity.answer.duplicate",
        "reciprocity.response.duplicate", "reciprocity.assessment.unanalysable", "reciprocity.trend.tolerance",
        "reciprocity.trend.partnership-mismatch", "reciprocity.trend.order");
    for (String code : codes) {
      assertThat(Texts.has(code)).as(code).isTrue();
      assertThat(Texts.text(code, Locale.FRENCH)).as(code).isNotEqualTo(Texts.text(code, Locale.ENGLISH));
    }
  }

  @Test
  void aDraftWithoutResponsesValidatesClean() {
    ReciprocityAssessment draft = Examples.comasagua2017().withResponses(List.<Response>of());

    assertThat(validator.isValid(draft)).isTrue();
  }
}

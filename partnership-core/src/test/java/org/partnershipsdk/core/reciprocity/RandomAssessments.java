package org.partnershipsdk.core.reciprocity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;

/** Valid reciprocity assessments drawn from a seeded {@link Random}: the same seed gives the same assessment. */
final class RandomAssessments {
  /** How many seeds each property is checked on. */
  static final int SEEDS = 300;

  private RandomAssessments() {}

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  /**
   * A scale of 1 to 10 levels starting anywhere in -5..5, one to eight criteria, zero to five
   * responses on random sides; each criterion is scored (80 %), answered without a score (10 %) or
   * not answered (10 %), in a random order.
   */
  static ReciprocityAssessment generate(long seed) {
    Random random = new Random(seed);
    int min = random.nextInt(11) - 5;
    int max = min + 1 + random.nextInt(10);
    List<Criterion> criteria = IntStream.range(0, 1 + random.nextInt(8))
        .mapToObj(i -> Examples.criterion("c" + i)).toList();
    CriteriaSet set = CriteriaSet.builder().id("random").version(1).scale(Scale.of(min, max))
        .criteria(criteria).build();
    ReciprocityAssessment.Builder assessment = ReciprocityAssessment.builder()
        .id(AssessmentId.of("random-" + seed)).partnership(PartnershipId.of("random"))
        .date(LocalDate.of(2020, 1, 1)).criteriaSet(set);
    int responses = random.nextInt(6);
    for (int r = 0; r < responses; r++) {
      Response.Builder response = Response.builder().respondent(OrganisationId.of("org-" + r))
          .side(Side.values()[random.nextInt(Side.values().length)]);
      List<Criterion> order = new ArrayList<>(criteria);
      Collections.shuffle(order, random);
      for (Criterion criterion : order) {
        int draw = random.nextInt(10);
        if (draw == 0) {
          continue;
        }
        response.addAnswer(draw == 1 ? Answer.unscored(criterion.code())
            : Answer.of(criterion.code(), min + random.nextInt(max - min + 1)));
      }
      assessment.addResponse(response.build());
    }
    return assessment.build();
  }

  /** The assessment with its scale and every score moved by the same map (which must keep the order). */
  static ReciprocityAssessment mapped(ReciprocityAssessment assessment, IntUnaryOperator map) {
    Scale scale = assessment.criteriaSet().scale();
    return assessment
        .withCriteriaSet(assessment.criteriaSet().withScale(Scale.of(map.applyAsInt(scale.min()),
            map.applyAsInt(scale.max()))))
        .withResponses(assessment.responses().stream()
            .map(r -> r.withAnswers(r.answers().stream()
                .map(a -> a.score().isPresent() ? a.withScore(map.applyAsInt(a.score().getAsInt())) : a)
                .toList()))
            .toList());
  }

  /** The same answers written differently: responses and answers reversed, missing answers made explicit. */
  static ReciprocityAssessment rewritten(ReciprocityAssessment assessment) {
    List<Response> responses = new ArrayList<>();
    for (Response response : assessment.responses()) {
      List<Answer> answers = new ArrayList<>(response.answers());
      Collections.reverse(answers);
      for (String code : assessment.criteriaSet().codes()) {
        if (response.answer(code).isEmpty()) {
          answers.add(Answer.unscored(code));
        }
      }
      responses.add(response.withAnswers(answers));
    }
    Collections.reverse(responses);
    return assessment.withResponses(responses);
  }
}

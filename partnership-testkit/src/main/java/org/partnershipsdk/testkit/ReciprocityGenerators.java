package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.util.List;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.CriteriaSet;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.Criterion;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;

/**
 * Generates reciprocity assessments on the standard criteria set: one response from the
 * supporting organisation and one from the partner, each scoring most criteria within the scale,
 * leaving some unscored or unanswered, and commenting on a few.
 */
final class ReciprocityGenerators {
  private ReciprocityGenerators() {}

  /**
   * @param supporting the partnership's supporting organisation, which answers for its side
   * @param partner the partner, which answers for the other
   */
  static ReciprocityAssessment assessment(GenContext context, AssessmentId id, PartnershipId partnership,
      OrganisationId supporting, OrganisationId partner) {
    CriteriaSet set = CriteriaSets.standard();
    LocalDate date = context.dateBetween(Draws.EARLIEST, LocalDate.of(2025, 6, 30));
    return ReciprocityAssessment.builder()
        .id(id)
        .partnership(partnership)
        .date(date)
        .criteriaSet(set)
        .addResponse(response(context, set, supporting, Side.SUPPORTING_ORGANISATION, date))
        .addResponse(response(context, set, partner, Side.PARTNER, date))
        .build();
  }

  static ReciprocityAssessment assessment(GenContext context, Refs refs) {
    List<OrganisationId> sides = Draws.distinct(context, refs.organisations(), 2);
    return assessment(context, AssessmentId.of("barometre-" + context.intBetween(1, 999)),
        context.pick(refs.partnerships()), sides.get(0), sides.get(1));
  }

  private static Response response(GenContext context, CriteriaSet set, OrganisationId respondent, Side side,
      LocalDate date) {
    Response.Builder response = Response.builder().respondent(respondent).side(side);
    if (context.chance(0.6)) {
      response.answeredOn(date.minusDays(context.intBetween(0, 30)));
    }
    for (Criterion criterion : Draws.distinct(context, set.criteria(), set.criteria().size())) {
      int draw = context.intBetween(0, 9);
      if (draw == 0) {
        continue;
      }
      Answer.Builder answer = Answer.builder().criterion(criterion.code());
      if (draw > 1) {
        answer.score(context.intBetween(set.scale().min(), set.scale().max()));
      }
      if (context.chance(0.2)) {
        answer.comment(People.comment(context));
      }
      response.addAnswer(answer.build());
    }
    return response.build();
  }
}

package org.partnershipsdk.testkit;

import static org.partnershipsdk.testkit.OrganisationDefects.first;
import static org.partnershipsdk.testkit.OrganisationDefects.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionReturn;
import org.partnershipsdk.core.mission.MissionZone;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Scale;

/** Breaks valid volunteer missions and reciprocity assessments in exactly one place each. */
final class MissionDefects {
  /** Criteria a programme might think of, which the standard set does not hold. */
  private static final List<String> UNKNOWN_CRITERIA = List.of("visibility", "financial-weight", "speed");

  private MissionDefects() {}

  static VolunteerMission mission(GenContext context, Defect defect) {
    VolunteerMission valid = MissionGenerators.mission(context, Refs.standalone(context),
        MissionId.of("explor-mission-" + context.intBetween(1, 999)));
    LocalDate departure = valid.period().start().orElseThrow();
    LocalDate lastDay = valid.period().end().orElseThrow();
    MissionZone zone = valid.zone();
    return switch (defect) {
      case MISSION_DURATION_MISMATCH -> valid.withDurationDays(
          (int) valid.period().days().orElseThrow() + context.intBetween(1, 5));
      case MISSING_MISSION_TYPE -> valid.withType(Optional.empty()).withTypes(Set.of());
      case HANDED_OVER_NOT_DELIVERABLE -> valid.withAchievements(first(valid.achievements().stream().findFirst()
          .orElseGet(() -> Achievement.of(context.pick(Vocabulary.ACHIEVEMENTS)))
          .withDeliverable(false).withHandedOver(true), rest(valid.achievements())));
      case INVALID_REF -> valid.withVolunteers(first(valid.volunteers().stream().findFirst()
          .orElseGet(() -> MissionGenerators.volunteer(context))
          .withRef(context.pick(List.of("volunteer 1", "-1", "bénévole", "a/b"))), rest(valid.volunteers())));
      case MISSING_MISSION_DIRECTION -> valid.withDirection(Optional.empty());
      case MISSING_ZONE_COUNTRY -> valid.withZone(zone.withCountry(Optional.empty()));
      case ZONE_TERRITORY_IN_OTHER_COUNTRY -> valid.withZone(zone.withTerritories(
          first(OrganisationDefects.elsewhere(context, zone.country().orElseThrow()), zone.territories())));
      case PREPARATION_AFTER_DEPARTURE -> valid.withPreparation(
          valid.preparation().withPreMissionInterview(Draws.after(context, departure, 1, 10)));
      case RETURN_BEFORE_END -> valid.withMissionReturn(valid.missionReturn()
          .orElseGet(() -> MissionReturn.builder().build())
          .withReturnInterview(lastDay.minusDays(context.intBetween(1, 10))));
      case BLANK_VOLUNTEER_NAME -> valid.withVolunteers(first(
          valid.volunteers().stream().findFirst().orElseGet(() -> MissionGenerators.volunteer(context)).withName(""),
          rest(valid.volunteers())));
      default -> throw new IllegalArgumentException("Not a defect of a volunteer mission: " + defect);
    };
  }

  static ReciprocityAssessment assessment(GenContext context, Defect defect) {
    ReciprocityAssessment valid = ReciprocityGenerators.assessment(context, Refs.standalone(context));
    Response response = valid.responses().get(0);
    Answer answer = response.answers().stream().findFirst()
        .orElseGet(() -> Answer.unscored(valid.criteriaSet().codes().get(0)));
    Scale scale = valid.criteriaSet().scale();
    return switch (defect) {
      case SCORE_OUT_OF_SCALE -> withFirstAnswers(valid, response, answer.withScore(context.chance(0.5)
          ? scale.max() + context.intBetween(1, 6)
          : scale.min() - context.intBetween(1, 6)));
      case UNKNOWN_CRITERION -> withFirstAnswers(valid, response, answer.withCriterion(context.pick(UNKNOWN_CRITERIA)));
      case DUPLICATE_ANSWER -> withFirstAnswers(valid, response, answer,
          Answer.of(answer.criterion(), context.intBetween(scale.min(), scale.max())));
      case DUPLICATE_RESPONDENT -> valid.withResponses(response,
          valid.responses().get(1).withRespondent(response.respondent()));
      case MISSING_ASSESSMENT_DATE -> valid.withDate(Optional.empty());
      case SCALE_OUT_OF_ORDER -> valid.withCriteriaSet(valid.criteriaSet()
          .withScale(Scale.of(scale.max(), scale.max() - context.intBetween(0, 3))));
      case DUPLICATE_CRITERION -> valid.withCriteriaSet(valid.criteriaSet().withCriteria(OrganisationDefects.first(
          valid.criteriaSet().criteria().get(0), valid.criteriaSet().criteria())));
      default -> throw new IllegalArgumentException("Not a defect of a reciprocity assessment: " + defect);
    };
  }

  /** The assessment with its first response's first answers replaced, the rest unchanged. */
  private static ReciprocityAssessment withFirstAnswers(ReciprocityAssessment assessment, Response response,
      Answer... answers) {
    List<Answer> replaced = new ArrayList<>(List.of(answers));
    replaced.addAll(rest(response.answers()));
    return assessment.withResponses(first(response.withAnswers(replaced), rest(assessment.responses())));
  }
}

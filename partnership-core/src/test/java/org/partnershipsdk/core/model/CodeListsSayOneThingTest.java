package org.partnershipsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.EvaluationLead;
import org.partnershipsdk.core.initiative.EvaluationTiming;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.Achievement;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.FigureQualifier;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

/**
 * Code lists that say one thing each, and the values where a source gives less than a day or a
 * single type: an evaluation's timing apart from who leads it, fields of action with "other" and
 * their DAC sectors, several mission types, a partnership started in a known year, a programme's
 * aggregate results, and deliverables handed over.
 */
class CodeListsSayOneThingTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  private static List<Violation> violations(Object value) {
    return VALIDATOR.validate(value).violations();
  }

  @Test
  void aMidTermExternalEvaluationCanBeSaid() {
    Evaluation evaluation = Evaluation.builder().timing(EvaluationTiming.MID_TERM).ledBy(EvaluationLead.EXTERNAL).build();
    assertThat(violations(evaluation)).isEmpty();
    assertThat(evaluation.effectiveTiming()).contains(EvaluationTiming.MID_TERM);
    assertThat(evaluation.effectiveLead()).contains(EvaluationLead.EXTERNAL);
    assertThat(EvaluationLead.JOINT.involvesConsultant()).isTrue();
    assertThat(EvaluationLead.SELF_EVALUATION.involvesConsultant()).isFalse();
  }

  @Test
  void theKindOfAnOlderDocumentCountsAsTheTimingOrTheLeadItNames() {
    assertThat(Arrays.stream(EvaluationKind.values()).map(k -> k.timing().map(Object::toString)
        .orElse(k.lead().map(Object::toString).orElse("?")))).containsExactly(
            "MID_TERM", "FINAL", "EXTERNAL", "SELF_EVALUATION");
    Evaluation external = Evaluation.builder().kind(EvaluationKind.EXTERNAL).build();
    assertThat(violations(external)).isEmpty();
    assertThat(external.effectiveLead()).contains(EvaluationLead.EXTERNAL);
    assertThat(external.effectiveTiming()).isEmpty();
    assertThat(violations(external.withTiming(EvaluationTiming.FINAL))).as("a kind and a timing say two things")
        .isEmpty();
    assertThat(violations(external.withLedBy(EvaluationLead.EXTERNAL))).isEmpty();
    List<Violation> found = violations(external.withLedBy(EvaluationLead.SELF_EVALUATION));
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("evaluation.kind.contradiction", "kind"));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The kind “External evaluation” contradicts what the evaluation states apart: “Self-evaluation”");
    assertThat(violations(Evaluation.builder().kind(EvaluationKind.MID_TERM).timing(EvaluationTiming.FINAL).build()))
        .extracting(Violation::code).containsExactly("evaluation.kind.contradiction");
    assertThat(violations(Evaluation.builder().build())).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "timing"));
  }

  @Test
  void everyFieldOfActionHasAFiveDigitDacSectorAndOtherIsNamed() {
    for (FieldOfAction field : FieldOfAction.values()) {
      assertThat(field.dacSectorCode()).as(field.code()).matches("[1-9][0-9]{4}");
    }
    assertThat(FieldOfAction.OTHER.dacSectorCode()).isEqualTo("99810");
    assertThat(Coded.fromCode(FieldOfAction.class, "other")).isEqualTo(FieldOfAction.OTHER);
    Organisation organisation = Organisation.builder().id(OrganisationId.of("capou")).name("Lycée agricole de Capou")
        .nature(OrganisationNature.SCHOOL).country(CountryCode.FRANCE).addFieldsOfAction(FieldOfAction.OTHER).build();
    List<Violation> found = violations(organisation);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("field-of-action.other-unnamed", "otherFieldOfAction"));
    assertThat(found.get(0).message(Locale.FRENCH))
        .isEqualTo("Le champ d'action « autre » est choisi : nommez-le dans otherFieldOfAction");
    assertThat(violations(organisation.withOtherFieldOfAction("Agricultural teaching"))).isEmpty();
    Initiative initiative = Initiative.builder().id(InitiativeId.of("i")).title("Garden").addFieldsOfAction(
        FieldOfAction.OTHER).otherFieldOfAction(" ").build();
    assertThat(violations(initiative)).extracting(Violation::code)
        .containsExactly("field-of-action.other-unnamed");
  }

  @Test
  void aMissionStatesOneTypeOrSeveral() {
    VolunteerMission mission = VolunteerMission.builder().id(MissionId.of("explor-kpomasse")).title("Kpomassé").build();
    assertThat(violations(mission)).extracting(Violation::code, Violation::path)
        .contains(tuple("value.required", "type"));
    VolunteerMission several = mission.withTypes(MissionType.TRAINING, MissionType.EVALUATION);
    assertThat(violations(several)).extracting(Violation::path).doesNotContain("type");
    assertThat(several.allTypes()).containsExactly(MissionType.TRAINING, MissionType.EVALUATION);
    VolunteerMission older = mission.withType(MissionType.DIAGNOSTIC);
    assertThat(older.allTypes()).containsExactly(MissionType.DIAGNOSTIC);
    assertThat(older.withTypes(MissionType.TRAINING).allTypes())
        .isEqualTo(Set.of(MissionType.DIAGNOSTIC, MissionType.TRAINING));
    assertThat(older.hasType(MissionType.DIAGNOSTIC)).isTrue();
    assertThat(several.hasType(MissionType.DIAGNOSTIC)).isFalse();
  }

  @Test
  void onlyADeliverableIsHandedOver() {
    Achievement met = Achievement.builder().description("Meeting with the prefecture").handedOver(true).build();
    assertThat(violations(met)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("mission.achievement.handed-over-not-deliverable", "handedOver"));
    assertThat(violations(met.withDeliverable(true))).isEmpty();
    assertThat(violations(met.withHandedOver(false))).isEmpty();
  }

  @Test
  void aPartnershipCanStartInAYearOnly() {
    Partnership partnership = Partnership.builder().id(PartnershipId.of("spf-comasagua"))
        .supportingOrganisation(OrganisationId.of("secours-populaire-francais"))
        .partner(OrganisationId.of("comasagua-farming-families")).sinceYear(Year.of(2005)).build();
    assertThat(violations(partnership)).isEmpty();
    assertThat(partnership.startYear()).contains(Year.of(2005));
    assertThat(partnership.age(LocalDate.of(2024, 6, 30))).isEmpty();
    assertThat(violations(partnership.withSinceYear(Optional.empty()))).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.required", "since"));
    Partnership both = partnership.withSince(LocalDate.of(2006, 3, 1));
    List<Violation> found = violations(both);
    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("partnership.since.year-mismatch", "sinceYear"));
    assertThat(found.get(0).message(Locale.ENGLISH))
        .isEqualTo("The year 2005 is not the year of the day the relation began, March 1, 2006");
    assertThat(both.startYear()).contains(Year.of(2006));
    assertThat(violations(both.withSinceYear(Year.of(2006)))).isEmpty();
  }

  @Test
  void aProgrammeHoldsItsAggregateResults() {
    AggregateResult partners = AggregateResult.builder().ref("partners").description("Partners mobilised")
        .number(BigDecimal.valueOf(70)).qualifier(FigureQualifier.MORE_THAN).unit("partners").build();
    Programme caac = Programme.builder().id(ProgrammeId.of("caac")).name("CAAC").addAggregateResult(partners).build();
    assertThat(violations(caac)).isEmpty();
    assertThat(partners.figure(Locale.ENGLISH)).contains("more than 70 partners");
    assertThat(partners.figure(Locale.FRENCH)).contains("plus de 70 partners");
    assertThat(partners.withQualifier(Optional.empty()).withUnit(Optional.empty()).figure(Locale.ENGLISH)).contains("70");
    assertThat(AggregateResult.builder().build().figure(Locale.ENGLISH)).isEmpty();
    assertThat(violations(caac.withAggregateResults(AggregateResult.builder().build(), partners, partners)))
        .extracting(Violation::code, Violation::path).containsExactly(
            tuple("value.blank", "aggregateResults[0].description"),
            tuple("value.required", "aggregateResults[0].number"),
            tuple("ref.duplicate", "aggregateResults[2].ref"));
  }
}

package org.partnershipsdk.core.reciprocity;

import static org.partnershipsdk.core.reciprocity.CriteriaSets.CO_CONSTRUCTION;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.COMMITMENTS;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.LISTENING;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.MUTUAL_BENEFIT;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.MUTUAL_LEARNING;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.POWER_BALANCE;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.REFLECTION;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.SHARED_VISION;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.SOVEREIGNTY;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.TRANSPARENCY;
import static org.partnershipsdk.core.reciprocity.CriteriaSets.TRUST;

import java.time.LocalDate;
import java.util.List;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;

/**
 * Assessments built on the real cases of the seed texts: the Secours populaire français of
 * Tarn-et-Garonne with the Canasta Campesina cooperative (Comasagua ↔ Montauban, CAAC 2015–2018),
 * and the CFDT with the NGO Essentiel and the UNSAS union (Senegal).
 */
final class Examples {
  static final OrganisationId SPF_82 = OrganisationId.of("spf-tarn-et-garonne");
  static final OrganisationId CANASTA = OrganisationId.of("canasta-campesina");
  static final PartnershipId COMASAGUA = PartnershipId.of("spf82-canasta-campesina");
  static final OrganisationId CFDT = OrganisationId.of("cfdt");
  static final OrganisationId ESSENTIEL = OrganisationId.of("essentiel");
  static final OrganisationId UNSAS = OrganisationId.of("unsas");

  /** Standard set order: listening ... reflection. */
  static final List<String> STANDARD_ORDER = List.of(LISTENING, MUTUAL_BENEFIT, MUTUAL_LEARNING, POWER_BALANCE,
      TRUST, COMMITMENTS, CO_CONSTRUCTION, SOVEREIGNTY, TRANSPARENCY, SHARED_VISION, REFLECTION);

  private Examples() {}

  /**
   * The 2017 assessment of the Comasagua partnership on the standard 1–4 set. The Secours
   * populaire scores ten criteria and leaves "reflection" unscored, with a comment; Canasta
   * Campesina scores all eleven.
   */
  static ReciprocityAssessment comasagua2017() {
    return ReciprocityAssessment.builder()
        .id(AssessmentId.of("comasagua-2017"))
        .partnership(COMASAGUA)
        .date(LocalDate.of(2017, 6, 15))
        .criteriaSet(CriteriaSets.standard())
        .addResponse(response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 3, 3, 3, 4, 4, 3, 4, 3, 4, null))
        .addResponse(response(CANASTA, Side.PARTNER, 3, 2, 4, 1, 3, 4, 2, 3, 2, 4, 3))
        .build();
  }

  /** The 2016 assessment of the same partnership: the supporting side scores 3 everywhere, the partner 2. */
  static ReciprocityAssessment comasagua2016() {
    return comasagua2017().withId(AssessmentId.of("comasagua-2016")).withDate(LocalDate.of(2016, 5, 10))
        .withResponses(
            response(SPF_82, Side.SUPPORTING_ORGANISATION, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),
            response(CANASTA, Side.PARTNER, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
  }

  /** The 2018 assessment: the supporting side scores 4 everywhere, the partner 1. */
  static ReciprocityAssessment comasagua2018() {
    return comasagua2017().withId(AssessmentId.of("comasagua-2018")).withDate(LocalDate.of(2018, 9, 1))
        .withResponses(
            response(SPF_82, Side.SUPPORTING_ORGANISATION, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4),
            response(CANASTA, Side.PARTNER, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
  }

  /**
   * The CFDT with two partners on a programme's own 0–10 set of three criteria. Essentiel leaves
   * transparency unscored.
   */
  static ReciprocityAssessment senegal() {
    CriteriaSet set = CriteriaSet.builder().id("caac-short").version(2).scale(Scale.of(0, 10))
        .addCriteria(
            standardCriterion(LISTENING), standardCriterion(TRUST), standardCriterion(TRANSPARENCY))
        .build();
    return ReciprocityAssessment.builder()
        .id(AssessmentId.of("senegal-2020"))
        .partnership(PartnershipId.of("cfdt-unsas"))
        .date(LocalDate.of(2020, 3, 2))
        .criteriaSet(set)
        .addResponse(Response.builder().respondent(CFDT).side(Side.SUPPORTING_ORGANISATION)
            .addAnswers(Answer.of(LISTENING, 8), Answer.of(TRUST, 9), Answer.of(TRANSPARENCY, 6)).build())
        .addResponse(Response.builder().respondent(ESSENTIEL).side(Side.PARTNER)
            .addAnswers(Answer.of(TRUST, 7), Answer.of(LISTENING, 6), Answer.unscored(TRANSPARENCY)).build())
        .addResponse(Response.builder().respondent(UNSAS).side(Side.PARTNER)
            .addAnswers(Answer.of(LISTENING, 5), Answer.of(TRUST, 8), Answer.of(TRANSPARENCY, 3)).build())
        .build();
  }

  static Criterion standardCriterion(String code) {
    return CriteriaSets.standard().criterion(code).orElseThrow();
  }

  static Criterion criterion(String code) {
    return Criterion.of(code, new Label(code, code), new Label(code + "?", code + " ?"));
  }

  /** A response to the standard set, scores in the set's order; {@code null} leaves a criterion unscored. */
  static Response response(OrganisationId respondent, Side side, Integer... scores) {
    Response.Builder builder = Response.builder().respondent(respondent).side(side).answeredOn(LocalDate.of(2017, 6, 1));
    for (int i = 0; i < scores.length; i++) {
      String code = STANDARD_ORDER.get(i);
      builder.addAnswer(scores[i] == null
          ? Answer.builder().criterion(code).comment("Nous n'en avons jamais parlé avec M. Duval").build()
          : Answer.of(code, scores[i]));
    }
    return builder.build();
  }
}

package org.partnershipsdk.testkit;

import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.results.Indicator;

/**
 * A mistake a user can make while filling in a form, which validation must report: each defect
 * names the type of draft it is made in, and the one violation code and path validation reports
 * for it. {@link Generators#withDefect(Defect)} generates drafts that carry exactly this one defect.
 *
 * <p>Every code the model's constraints report has a defect, but for the few no draft can carry
 * alone: {@code validation.capped}, which follows a thousand violations of one check, the codes of
 * standard constraints no property of the model carries ({@code value.size}, {@code value.min},
 * {@code value.max}, {@code value.digits}, {@code value.invalid}), and
 * {@code cycle.history.invalid}, whose validator reports each wrong entry under a code of its own.
 */
public enum Defect {
  // Shared vocabulary: codes, periods.
  /** An organisation in a country ISO 3166-1 does not assign ({@code ZZ}). */
  UNKNOWN_COUNTRY(Organisation.class, "country.unassigned", "country"),
  /** An initiative's budget in a currency ISO 4217 does not define. */
  UNKNOWN_CURRENCY(Initiative.class, "currency.undefined", "budget.currency"),
  /** An initiative that ends before it starts. */
  PERIOD_END_BEFORE_START(Initiative.class, "period.order", "period.end"),

  // Organisations.
  /** An organisation without a name. */
  BLANK_ORGANISATION_NAME(Organisation.class, "value.blank", "name"),
  /** An organisation whose nature was not chosen. */
  MISSING_ORGANISATION_NATURE(Organisation.class, "value.required", "nature"),
  /** An organisation working in a field of action "other" that does not say which. */
  OTHER_FIELD_OF_ACTION_UNNAMED(Organisation.class, "field-of-action.other-unnamed", "otherFieldOfAction"),
  /** An organisation of nature "other" that does not say what it is. */
  OTHER_NATURE_UNNAMED(Organisation.class, "organisation.nature.other-label", "otherNature"),
  /** An organisation's territory in another country than the organisation's. */
  ORGANISATION_TERRITORY_IN_OTHER_COUNTRY(Organisation.class, "organisation.territory.other-country",
      "territories[0].country"),
  /** A website that is not an http or https address. */
  INVALID_WEBSITE(Organisation.class, "organisation.website.invalid", "website"),
  /** A registered identifier that is not a registration agency's code and a number. */
  MALFORMED_ORGANISATION_IDENTIFIER(Organisation.class, "organisation-identifier.malformed", "registeredIdentifier"),
  /** A registered identifier whose agency the IATI list does not have (France's register of associations). */
  UNKNOWN_REGISTRATION_AGENCY(Organisation.class, "organisation-identifier.agency-unknown", "registeredIdentifier"),
  /** A registered identifier whose agency the IATI list has withdrawn. */
  WITHDRAWN_REGISTRATION_AGENCY(Organisation.class, "organisation-identifier.agency-withdrawn",
      "registeredIdentifier"),
  /** A contact person's e-mail address that is not one. */
  INVALID_CONTACT_EMAIL(Organisation.class, "value.email", "contactPersons[0].email"),

  // Programmes and partnerships.
  /** A programme without a name. */
  BLANK_PROGRAMME_NAME(Programme.class, "value.blank", "name"),
  /** A programme phase that begins before the previous one has ended. */
  OVERLAPPING_PHASES(Programme.class, "programme.phases.overlap", "phases[1].period"),
  /** A partnership whose partner is the supporting organisation itself. */
  PARTNER_IS_SUPPORTING_ORGANISATION(Partnership.class, "partnership.same-organisation", "partner"),
  /** A partnership without its start date, nor its start year. */
  MISSING_PARTNERSHIP_START(Partnership.class, "value.required", "since"),
  /** A partnership whose start year is not the year of its start date. */
  START_YEAR_MISMATCH(Partnership.class, "partnership.since.year-mismatch", "sinceYear"),
  /** A programme's aggregate result without its figure. */
  AGGREGATE_RESULT_WITHOUT_NUMBER(Programme.class, "value.required", "aggregateResults[0].number"),
  /** A programme officer without a name. */
  BLANK_OFFICER_NAME(Partnership.class, "value.blank", "programmeOfficer.name"),
  /** A partnership whose last day is before its first. */
  PARTNERSHIP_ENDS_BEFORE_START(Partnership.class, "partnership.until.before-since", "until"),
  /** A programme whose profile settings name no profile. */
  BLANK_PROFILE_NAME(Programme.class, "value.blank", "profile.name"),
  /** A programme whose cycle model puts the suspension on its path. */
  SUSPENSION_ON_CYCLE_PATH(Programme.class, "cycle.model.stage.not-on-path", "cycle.path[1]"),
  /** A programme whose cycle model has no stage on its path. */
  EMPTY_CYCLE_PATH(Programme.class, "cycle.model.path.empty", "cycle.path"),
  /** A programme whose cycle model puts one stage twice on its path. */
  STAGE_TWICE_ON_CYCLE_PATH(Programme.class, "cycle.model.stage.repeated", "cycle.path[2]"),
  /** A programme whose cycle model makes optional a stage its path does not have. */
  OPTIONAL_STAGE_OFF_CYCLE_PATH(Programme.class, "cycle.model.stage.unknown", "cycle.optionalStages"),
  /** A programme whose cycle model makes optional the stage that starts or ends its path. */
  OPTIONAL_CYCLE_PATH_END(Programme.class, "cycle.model.optional.end", "cycle.optionalStages"),
  /** A programme whose cycle model allows a move from a stage to itself. */
  CYCLE_MOVE_TO_SAME_STAGE(Programme.class, "cycle.model.move.same", "cycle.moves[0].to"),

  // Initiatives.
  /** An initiative without a title. */
  BLANK_INITIATIVE_TITLE(Initiative.class, "value.blank", "title"),
  /** An organisation listed twice among an initiative's participants. */
  DUPLICATE_PARTICIPANT(Initiative.class, "initiative.participant.duplicate", "participants[1].organisation"),
  /** A second participant holding the project. */
  SECOND_HOLDER(Initiative.class, "initiative.holder.multiple", "participants[1].roles"),
  /** A participant without any role. */
  PARTICIPANT_WITHOUT_ROLE(Initiative.class, "value.empty", "participants[0].roles"),
  /** Co-financing adding up to more than the budget. */
  CO_FINANCING_EXCEEDS_BUDGET(Initiative.class, "initiative.co-financing.exceeds-budget", "coFinancing"),
  /** A negative number of direct beneficiaries. */
  NEGATIVE_BENEFICIARIES(Initiative.class, "value.positive-or-zero", "beneficiaries.direct"),
  /** An evaluation that says neither when it took place nor who led it (nor the kind of schema 1.1). */
  MISSING_EVALUATION_KIND(Initiative.class, "value.required", "evaluations[0].timing"),
  /** An evaluation whose 1.1 kind contradicts who it says led it. */
  EVALUATION_KIND_CONTRADICTED(Initiative.class, "evaluation.kind.contradiction", "evaluations[0].kind"),
  /** Two evaluations of an initiative with one reference. */
  DUPLICATE_REF(Initiative.class, "ref.duplicate", "evaluations[1].ref"),
  /** An activity whose responsible organisation does not take part in the initiative. */
  ACTIVITY_RESPONSIBLE_OUTSIDE(Initiative.class, "results.activity.responsible-not-participant",
      "resultsFramework.specificObjectives[0].expectedResults[0].activities[0].responsible"),
  /** A follow-up contact without its date. */
  MISSING_FOLLOW_UP_DATE(Initiative.class, "value.required", "followUpContacts[0].date"),

  // Project cycle.
  /** A stage history that enters the stage it is in again. */
  CYCLE_STAGE_REPEATED(Initiative.class, "cycle.stage.same", "cycle.entries[1].stage"),
  /** A stage entered on a day before the previous stage. */
  CYCLE_DATE_BEFORE_LAST(Initiative.class, "cycle.date.before-last", "cycle.entries[1].date"),
  /** A suspension without a reason. */
  CYCLE_REASON_MISSING(Initiative.class, "cycle.reason.missing", "cycle.entries[1].reason"),
  /** A stage history that begins with a suspension or a cancellation, before any stage of the path. */
  CYCLE_NOT_STARTED(Initiative.class, "cycle.stage.not-started", "cycle.entries[0].stage"),
  /** A cancelled initiative suspended afterwards. */
  CYCLE_SUSPENDED_AFTER_CANCELLATION(Initiative.class, "cycle.stage.terminal", "cycle.entries[2].stage"),

  // Results framework.
  /** Free text in a quantitative indicator (the "N/A" users complain of). */
  TEXT_IN_QUANTITATIVE_INDICATOR(Indicator.class, "results.value.kind-mismatch", "targets[0].text"),
  /** A percentage above 100. */
  PERCENTAGE_OUT_OF_RANGE(Indicator.class, "results.value.percentage-range", "baseline.number"),
  /** Measurements not in date order. */
  MEASUREMENTS_OUT_OF_ORDER(Indicator.class, "results.measurements.order", "measurements[1].date"),
  /** A value for a group when the indicator declares no disaggregation. */
  UNDECLARED_DISAGGREGATION(Indicator.class, "results.value.disaggregation-undeclared",
      "targets[0].disaggregationKey"),
  /** A part of a period's actual for a group the indicator does not declare. */
  UNDECLARED_BREAKDOWN_GROUP(Indicator.class, "results.breakdown.undeclared",
      "periods[0].actual.breakdown[0].dimensions[0]"),
  /** A breakdown of a value that is not a number: a qualitative indicator's actual split by group. */
  BREAKDOWN_NOT_QUANTITATIVE(Indicator.class, "results.breakdown.not-quantitative", "periods[0].actual.breakdown"),
  /** A part of a breakdown that names one dimension twice (female and male at once). */
  BREAKDOWN_DIMENSION_REPEATED(Indicator.class, "results.breakdown.dimension-repeated",
      "periods[0].actual.breakdown[0].dimensions[1]"),
  /** Two parts of a breakdown for the same group, counting it twice. */
  BREAKDOWN_GROUP_COUNTED_TWICE(Indicator.class, "results.breakdown.duplicate", "periods[0].actual.breakdown[1]"),
  /** An indicator that declares one dimension twice. */
  DISAGGREGATION_DECLARED_TWICE(Indicator.class, "results.disaggregation.duplicate", "disaggregations[1].name"),
  /** A baseline year other than the year of the baseline's date. */
  BASELINE_YEAR_MISMATCH(Indicator.class, "results.baseline.year-mismatch", "baselineYear"),
  /** An SDG target the 2030 Agenda does not have. */
  UNKNOWN_SDG_TARGET(Indicator.class, "sdg.target.unknown", "sdgTargets[0]"),
  /** An indicator value holding nothing, deep in an initiative's results framework. */
  EMPTY_INDICATOR_VALUE(Initiative.class, "results.value.exactly-one",
      "resultsFramework.overallObjective.indicators[0].baseline"),

  // Volunteer missions.
  /** A declared duration that differs from the days of the mission's dates. */
  MISSION_DURATION_MISMATCH(VolunteerMission.class, "mission.duration.mismatch", "durationDays"),
  /** A mission whose type was not chosen, neither one nor several. */
  MISSING_MISSION_TYPE(VolunteerMission.class, "value.required", "type"),
  /** An achievement handed over that is not a deliverable. */
  HANDED_OVER_NOT_DELIVERABLE(VolunteerMission.class, "mission.achievement.handed-over-not-deliverable",
      "achievements[0].handedOver"),
  /** A volunteer's reference that is not of the form of a reference. */
  INVALID_REF(VolunteerMission.class, "ref.invalid", "volunteers[0].ref"),
  /** A mission whose direction was not chosen. */
  MISSING_MISSION_DIRECTION(VolunteerMission.class, "value.required", "direction"),
  /** A mission zone without its country. */
  MISSING_ZONE_COUNTRY(VolunteerMission.class, "value.required", "zone.country"),
  /** A territory of the zone in another country than the zone's. */
  ZONE_TERRITORY_IN_OTHER_COUNTRY(VolunteerMission.class, "mission.zone.country-mismatch",
      "zone.territories[0].country"),
  /** A pre-mission interview after departure. */
  PREPARATION_AFTER_DEPARTURE(VolunteerMission.class, "mission.preparation.after-departure",
      "preparation.preMissionInterview"),
  /** A return interview before the mission's last day. */
  RETURN_BEFORE_END(VolunteerMission.class, "mission.return.before-end", "missionReturn.returnInterview"),
  /** A volunteer without a name. */
  BLANK_VOLUNTEER_NAME(VolunteerMission.class, "value.blank", "volunteers[0].name"),

  // Reciprocity assessments.
  /** A score outside the set's scale. */
  SCORE_OUT_OF_SCALE(ReciprocityAssessment.class, "reciprocity.score.out-of-scale", "responses[0].answers[0].score"),
  /** An answer to a criterion the set does not hold. */
  UNKNOWN_CRITERION(ReciprocityAssessment.class, "reciprocity.criterion.unknown",
      "responses[0].answers[0].criterion"),
  /** The same criterion answered twice in one response. */
  DUPLICATE_ANSWER(ReciprocityAssessment.class, "reciprocity.answer.duplicate", "responses[0].answers[1].criterion"),
  /** Two responses from the same organisation. */
  DUPLICATE_RESPONDENT(ReciprocityAssessment.class, "reciprocity.response.duplicate", "responses[1].respondent"),
  /** An assessment without its date. */
  MISSING_ASSESSMENT_DATE(ReciprocityAssessment.class, "value.required", "date"),
  /** A criteria set that holds one criterion twice. */
  DUPLICATE_CRITERION(ReciprocityAssessment.class, "reciprocity.criterion.duplicate", "criteriaSet.criteria[1].code"),
  /** A scale whose lowest score is not below its highest. */
  SCALE_OUT_OF_ORDER(ReciprocityAssessment.class, "reciprocity.scale.order", "criteriaSet.scale.max"),

  // Budgets, documents, agreements and transactions.
  /** A budget line revised without its original amount. */
  REVISED_WITHOUT_ORIGINAL(Initiative.class, "budget.line.revised-without-original", "budgetLines[0].revisedAmount"),
  /** A budget line of category "other" that does not say what it pays for. */
  BUDGET_LINE_OTHER_UNNAMED(Initiative.class, "budget.line.other-category-unnamed", "budgetLines[0].otherCategory"),
  /** A budget line in another currency than the budget. */
  BUDGET_LINE_IN_OTHER_CURRENCY(Initiative.class, "initiative.budget-lines.currency-mismatch",
      "budgetLines[0].amount"),
  /** A budget line with neither an original nor a revised amount. */
  BUDGET_LINE_WITHOUT_AMOUNT(Initiative.class, "budget.line.amount-missing", "budgetLines[0].amount"),
  /** A budget line revised in another currency than its original amount. */
  REVISED_IN_OTHER_CURRENCY(Initiative.class, "budget.line.currency-mismatch", "budgetLines[0].revisedAmount"),
  /** A document link that says neither a web address nor a reference in the user's store. */
  DOCUMENT_WITHOUT_LOCATION(Initiative.class, "document.location.missing", "documents[0].url"),
  /** A document's language that is not an ISO 639-1 code. */
  DOCUMENT_LANGUAGE_NOT_A_CODE(Initiative.class, "value.pattern", "documents[0].language"),
  /** An agreement marked signed without its signature date. */
  AGREEMENT_SIGNED_WITHOUT_DATE(FundingAgreement.class, "agreement.signature-date.missing", "signedOn"),
  /** A tranche planned after the agreement's period ends. */
  TRANCHE_OUTSIDE_AGREEMENT(FundingAgreement.class, "agreement.tranche.outside-period", "tranches[0].plannedOn"),
  /** A tranche in another currency than the agreement. */
  TRANCHE_IN_OTHER_CURRENCY(FundingAgreement.class, "agreement.currency-mismatch", "tranches[0].amount"),
  /** Tranches adding up to more than the agreement's amount. */
  TRANCHES_EXCEED_AMOUNT(FundingAgreement.class, "agreement.tranches.exceed-amount", "tranches"),
  /** Two tranches of an agreement with one number. */
  DUPLICATE_TRANCHE_NUMBER(FundingAgreement.class, "agreement.tranche.number-duplicate", "tranches[1].number"),
  /** Two reports of an agreement with one number. */
  DUPLICATE_REPORT_NUMBER(FundingAgreement.class, "agreement.report.number-duplicate", "reports[1].number"),
  /** A tranche numbered 0. */
  TRANCHE_NUMBER_NOT_POSITIVE(FundingAgreement.class, "value.positive", "tranches[0].number"),
  /** A tranche waiting for a report the agreement does not require. */
  TRANCHE_AFTER_UNKNOWN_REPORT(FundingAgreement.class, "agreement.tranche.report-unknown", "tranches[0].afterReport"),
  /** A tranche marked paid without its payment day. */
  TRANCHE_PAID_WITHOUT_DATE(FundingAgreement.class, "tranche.paid.date-missing", "tranches[0].paidOn"),
  /** A report accepted before it was submitted. */
  REPORT_ACCEPTED_BEFORE_SUBMITTED(FundingAgreement.class, "report.accepted.before-submitted",
      "reports[0].acceptedOn"),
  /** A tranche with a payment day but not marked paid. */
  UNPAID_TRANCHE_WITH_PAYMENT_DAY(FundingAgreement.class, "tranche.paid.status-mismatch", "tranches[0].status"),
  /** A person who signed an agreement, without a name. */
  SIGNATORY_WITHOUT_NAME(FundingAgreement.class, "value.blank", "signatories[0].name"),
  /** A negative amount committed by an agreement. */
  NEGATIVE_AGREEMENT_AMOUNT(FundingAgreement.class, "value.positive-or-zero", "amount.amount"),
  /** A transaction naming the tranche it pays but not the agreement. */
  TRANCHE_WITHOUT_AGREEMENT(Transaction.class, "transaction.tranche.without-agreement", "agreement"),
  /** A transaction whose kind was not chosen. */
  MISSING_TRANSACTION_KIND(Transaction.class, "value.required", "kind"),

  // Portfolios.
  /** A reference to an organisation the portfolio does not hold. */
  PORTFOLIO_UNKNOWN_REFERENCE(Portfolio.class, "portfolio.reference.unknown", "partnerships[0].partner"),
  /** Two organisations of a portfolio with one identifier. */
  PORTFOLIO_DUPLICATE_ID(Portfolio.class, "portfolio.id.duplicate", "organisations[1].id"),
  /** An agreement funding an initiative the portfolio does not hold. */
  AGREEMENT_UNKNOWN_INITIATIVE(Portfolio.class, "portfolio.reference.unknown", "agreements[0].initiatives[0]"),
  /** A transaction paying a tranche its agreement does not have. */
  TRANSACTION_UNKNOWN_TRANCHE(Portfolio.class, "portfolio.tranche.unknown", "transactions[0].tranche");

  private final Class<?> type;
  private final String code;
  private final String path;

  Defect(Class<?> type, String code, String path) {
    this.type = type;
    this.code = code;
    this.path = path;
  }

  /** @return the model type of the drafts that carry the defect */
  public Class<?> type() {
    return type;
  }

  /** @return the violation code validation reports for the defect */
  public String code() {
    return code;
  }

  /** @return where validation reports it, relative to the draft */
  public String path() {
    return path;
  }
}

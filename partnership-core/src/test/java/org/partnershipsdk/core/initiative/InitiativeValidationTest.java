package org.partnershipsdk.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

class InitiativeValidationTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final OrganisationId PARTNER = OrganisationId.of("partner");
  private static final OrganisationId NGO = OrganisationId.of("supporting-ngo");
  private static final OrganisationId FUNDER = OrganisationId.of("funder");

  private static Initiative valid() {
    return Initiative.builder()
        .id(InitiativeId.of("initiative-1"))
        .title("Jam production for a fair-trade brand")
        .addParticipant(Participant.of(PARTNER, ParticipantRole.HOLDER, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(NGO, ParticipantRole.SUPPORTING_ORGANISATION, ParticipantRole.FUNDER))
        .addTerritory(Territory.of(CountryCode.of("LA"), TerritoryLevel.COUNTRY, "Laos"))
        .budget(Money.of("10000", "EUR"))
        .addCoFinancing(CoFinancing.of(NGO, Money.of("6000", "EUR")))
        .period(Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)))
        .cycle(ProjectCycle.of(java.util.List.of(StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2018, 9, 1)))))
        .addEvaluation(Evaluation.builder().kind(EvaluationKind.MID_TERM).build())
        .addFollowUpContact(FollowUpContact.of(LocalDate.of(2019, 6, 3), FollowUpContactKind.FIELD_VISIT))
        .build();
  }

  private static Violation only(ValidationReport report) {
    assertThat(report.violations()).hasSize(1);
    return report.violations().get(0);
  }

  @Test
  void aCompleteInitiativeIsValid() {
    assertThat(VALIDATOR.validate(valid()).violations()).isEmpty();
  }

  @Test
  void aDraftReportsItsBlankTitle() {
    Violation violation = only(VALIDATOR.validate(Initiative.builder().id(InitiativeId.of("draft")).build()));
    assertThat(violation.code()).isEqualTo("value.blank");
    assertThat(violation.path()).isEqualTo("title");
  }

  @Test
  void aParticipantWithoutRoleIsReported() {
    Initiative initiative = valid().withParticipants(Participant.builder().organisation(PARTNER).build());
    Violation violation = only(VALIDATOR.validate(initiative));
    assertThat(violation.code()).isEqualTo("value.empty");
    assertThat(violation.path()).isEqualTo("participants[0].roles");
  }

  @Test
  void anOrganisationListedTwiceIsReportedOnTheRepeat() {
    Initiative initiative = valid().withParticipants(
        Participant.of(PARTNER, ParticipantRole.HOLDER),
        Participant.of(NGO, ParticipantRole.SUPPORTING_ORGANISATION),
        Participant.of(PARTNER, ParticipantRole.LOCAL_PARTNER));
    Violation violation = only(VALIDATOR.validate(initiative));
    assertThat(violation.code()).isEqualTo("initiative.participant.duplicate");
    assertThat(violation.path()).isEqualTo("participants[2].organisation");
    assertThat(violation.arguments()).containsEntry("organisation", "partner").containsEntry("first", 0);
    assertThat(violation.message(Locale.FRENCH))
        .isEqualTo("L'organisation partner figure déjà parmi les participants ; indiquez-la une seule fois avec tous ses rôles");
  }

  @Test
  void aSecondHolderIsReported() {
    Initiative initiative = valid().withParticipants(
        Participant.of(PARTNER, ParticipantRole.HOLDER),
        Participant.of(NGO, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION),
        Participant.of(FUNDER, ParticipantRole.HOLDER));
    ValidationReport report = VALIDATOR.validate(initiative);
    assertThat(report.violations()).extracting(Violation::code, Violation::path).containsExactly(
        tuple("initiative.holder.multiple", "participants[1].roles"),
        tuple("initiative.holder.multiple", "participants[2].roles"));
    assertThat(report.violations().get(1).arguments())
        .containsEntry("organisation", "funder").containsEntry("holder", "partner");
    assertThat(report.violations().get(0).message(Locale.ENGLISH))
        .isEqualTo("The initiative already has a holder, partner; supporting-ngo can be a co-holder");
  }

  @Test
  void aHolderAndACoHolderAreFine() {
    Initiative initiative = valid().withParticipants(
        Participant.of(NGO, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION),
        Participant.of(PARTNER, ParticipantRole.CO_HOLDER, ParticipantRole.LOCAL_PARTNER));
    assertThat(VALIDATOR.validate(initiative).violations()).isEmpty();
  }

  @Test
  void coFinancingAboveTheBudgetIsReported() {
    Initiative initiative = valid().withCoFinancing(
        CoFinancing.of(NGO, Money.of("6000", "EUR")),
        CoFinancing.of(FUNDER, Money.of("4000.01", "EUR")));
    Violation violation = only(VALIDATOR.validate(initiative));
    assertThat(violation.code()).isEqualTo("initiative.co-financing.exceeds-budget");
    assertThat(violation.path()).isEqualTo("coFinancing");
    assertThat(violation.arguments()).containsEntry("total", Money.of("10000.01", "EUR")).containsEntry("budget", Money.of("10000", "EUR"));
    assertThat(violation.message(Locale.FRENCH))
        .isEqualTo("Les cofinancements s'élèvent à 10\u202f000,01\u00a0€, plus que le budget de 10\u202f000,00\u00a0€");
    assertThat(violation.message(java.util.Locale.forLanguageTag("es-ES")))
        .isEqualTo("La cofinanciación suma 10.000,01\u00a0€, más que el presupuesto de 10.000,00\u00a0€");
  }

  @Test
  void coFinancingEqualToTheBudgetIsFine() {
    Initiative initiative = valid().withCoFinancing(
        CoFinancing.of(NGO, Money.of("6000", "EUR")),
        CoFinancing.of(FUNDER, Money.of("4000", "EUR")));
    assertThat(VALIDATOR.isValid(initiative)).isTrue();
  }

  @Test
  void coFinancingInAnotherCurrencyCountsWithItsStatedRate() {
    CoFinancing inFrancs = CoFinancing.builder().funder(FUNDER).amount(Money.of("3000000", "XOF"))
        .rateToBudgetCurrency(new BigDecimal("0.001524")).build();
    Violation violation = only(VALIDATOR.validate(valid().withCoFinancing(CoFinancing.of(NGO, Money.of("6000", "EUR")), inFrancs)));
    assertThat(violation.code()).isEqualTo("initiative.co-financing.exceeds-budget");
    assertThat(violation.arguments()).containsEntry("total", Money.of("10572", "EUR"));

    CoFinancing smaller = inFrancs.withAmount(Money.of("2000000", "XOF"));
    assertThat(VALIDATOR.isValid(valid().withCoFinancing(CoFinancing.of(NGO, Money.of("6000", "EUR")), smaller))).isTrue();
  }

  @Test
  void coFinancingInAnotherCurrencyWithoutRateIsLeftToTheRules() {
    CoFinancing noRate = CoFinancing.of(FUNDER, Money.of("3000000", "XOF"));
    assertThat(VALIDATOR.isValid(valid().withCoFinancing(noRate))).isTrue();
  }

  @Test
  void noBudgetMeansNothingToExceed() {
    Initiative initiative = valid().withBudget(java.util.Optional.empty())
        .withCoFinancing(CoFinancing.of(NGO, Money.of("999999", "EUR")));
    assertThat(VALIDATOR.isValid(initiative)).isTrue();
  }

  @Test
  void aRateMustBePositive() {
    CoFinancing zeroRate = CoFinancing.builder().funder(FUNDER).amount(Money.of("1", "XOF"))
        .rateToBudgetCurrency(BigDecimal.ZERO).build();
    Violation violation = only(VALIDATOR.validate(valid().withCoFinancing(zeroRate)));
    assertThat(violation.code()).isEqualTo("value.positive");
    assertThat(violation.path()).isEqualTo("coFinancing[0].rateToBudgetCurrency");
  }

  @Test
  void amountsAreCheckedInsideCoFinancingAndBudget() {
    Initiative initiative = valid()
        .withBudget(Money.of("-1", "EUR"))
        .withCoFinancing(CoFinancing.of(NGO, Money.of("100", "ZZZ")));
    assertThat(VALIDATOR.validate(initiative).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.positive-or-zero", "budget.amount"),
            tuple("currency.undefined", "coFinancing[0].amount.currency"));
  }

  @Test
  void beneficiariesAreNeverNegative() {
    Initiative initiative = valid().withBeneficiaries(Beneficiaries.builder().direct(-1).indirect(-5).build());
    assertThat(VALIDATOR.validate(initiative).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.positive-or-zero", "beneficiaries.direct"),
            tuple("value.positive-or-zero", "beneficiaries.indirect"));
  }

  @Test
  void territoriesAndPeriodAreChecked() {
    Initiative initiative = valid()
        .withTerritories(Territory.of(CountryCode.of("FR"), TerritoryLevel.MUNICIPALITY, " "))
        .withPeriod(Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2015, 1, 1)));
    assertThat(VALIDATOR.validate(initiative).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("period.order", "period.end"), tuple("value.blank", "territories[0].name"));
  }

  @Test
  void theStageHistoryIsCheckedThroughTheInitiative() {
    Initiative initiative = valid().withCycle(ProjectCycle.of(java.util.List.of(
        StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2018, 9, 1)),
        StageEntry.of(Stage.SUSPENDED, LocalDate.of(2019, 9, 1)))));
    Violation violation = only(VALIDATOR.validate(initiative));
    assertThat(violation.code()).isEqualTo("cycle.reason.missing");
    assertThat(violation.path()).isEqualTo("cycle.entries[1].reason");
  }

  @Test
  void anEvaluationNeedsATimingOrALeadAndAValidPeriod() {
    Evaluation evaluation = Evaluation.builder()
        .period(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
        .consultant("Marie Dupont")
        .build();
    ValidationReport report = VALIDATOR.validate(valid().withEvaluations(evaluation));
    assertThat(report.violations()).extracting(Violation::code, Violation::path).containsExactly(
        tuple("period.order", "evaluations[0].period.end"),
        tuple("value.required", "evaluations[0].timing"));
    assertThat(report.toString()).doesNotContain("Marie");
  }

  @Test
  void aFollowUpContactNeedsADateAndAKind() {
    ValidationReport report = VALIDATOR.validate(valid().withFollowUpContacts(FollowUpContact.builder().build()));
    assertThat(report.violations()).extracting(Violation::code, Violation::path).containsExactly(
        tuple("value.required", "followUpContacts[0].date"),
        tuple("value.required", "followUpContacts[0].kind"));
  }
}

package org.partnershipsdk.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

class InitiativePartsTest {
  private static final OrganisationId PARTNER = OrganisationId.of("partner");
  private static final OrganisationId NGO = OrganisationId.of("supporting-ngo");

  @Test
  void codeListsHaveStableCodesAndFrenchLabels() {
    assertThat(Arrays.stream(ParticipantRole.values()).map(ParticipantRole::code)).containsExactly(
        "holder", "local-partner", "co-holder", "funder", "co-funder", "technical-support",
        "volunteers-structure", "associate", "supporting-organisation");
    assertThat(ParticipantRole.HOLDER.label(Locale.FRENCH)).isEqualTo("Porteur de projet");
    assertThat(ParticipantRole.LOCAL_PARTNER.label(Locale.FRENCH)).isEqualTo("Partenaire sur place");
    assertThat(Coded.fromCode(DesignMode.class, "co-constructed")).isEqualTo(DesignMode.CO_CONSTRUCTED);
    assertThat(Coded.fromCode(InitiativeTrait.class, "special-co-financing"))
        .isEqualTo(InitiativeTrait.SPECIAL_CO_FINANCING);
    assertThat(Arrays.stream(EvaluationKind.values()).map(EvaluationKind::code))
        .containsExactly("mid-term", "final", "external", "self-evaluation");
    assertThat(FollowUpContactKind.FIELD_VISIT.label(Locale.FRENCH)).isEqualTo("Mission de suivi terrain");
    assertThat(Coded.fromCode(FollowUpContactKind.class, "e-mail")).isEqualTo(FollowUpContactKind.EMAIL);
  }

  @Test
  void aParticipantNeedsAnOrganisation() {
    assertThatThrownBy(() -> Participant.builder().addRole(ParticipantRole.HOLDER).build())
        .isInstanceOfSatisfying(IncompleteValueException.class,
            e -> assertThat(e.attributes()).containsExactly("organisation"));
    Participant participant = Participant.of(PARTNER, ParticipantRole.HOLDER);
    assertThat(participant.withCarriesLegalResponsibility(true).carriesLegalResponsibility()).isTrue();
    assertThat(participant).isEqualTo(Participant.builder().organisation(PARTNER).addRole(ParticipantRole.HOLDER).build());
  }

  @Test
  void coFinancingIsConvertedOnlyWithAStatedRate() {
    CoFinancing inEuros = CoFinancing.of(NGO, Money.of("5000", "EUR"));
    assertThat(inEuros.in(CurrencyCode.EUR)).contains(Money.of("5000", "EUR"));
    assertThat(inEuros.in(CurrencyCode.of("XOF"))).isEmpty();

    CoFinancing inFrancs = CoFinancing.builder().funder(NGO).amount(Money.of("655957", "XOF"))
        .rateToBudgetCurrency(new BigDecimal("0.001524")).build();
    assertThat(inFrancs.in(CurrencyCode.EUR)).contains(Money.of("999.678468", "EUR"));
    assertThat(inFrancs.in(CurrencyCode.of("XOF"))).contains(Money.of("655957", "XOF"));
    assertThat(inFrancs.withRateToBudgetCurrency(new BigDecimal("0.0015")).rateToBudgetCurrency())
        .contains(new BigDecimal("0.0015"));
    assertThatThrownBy(() -> CoFinancing.builder().funder(NGO).build()).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void theExchangeRateIsKeptWithoutTrailingZerosLikeAmounts() {
    CoFinancing written = CoFinancing.builder().funder(NGO).amount(Money.of("655957", "XOF"))
        .rateToBudgetCurrency(new BigDecimal("0.0015240")).build();
    assertThat(written.rateToBudgetCurrency())
        .hasValueSatisfying(rate -> assertThat(rate.toPlainString()).isEqualTo("0.001524"));
    assertThat(written).isEqualTo(written.withRateToBudgetCurrency(new BigDecimal("0.001524")));
    assertThat(written.withRateToBudgetCurrency(new BigDecimal("2E+1")).rateToBudgetCurrency())
        .hasValueSatisfying(rate -> assertThat(rate.scale()).isZero());
  }

  @Test
  void beneficiariesAreCountedDirectlyAndIndirectly() {
    Beneficiaries beneficiaries = Beneficiaries.builder().direct(300).indirect(1200).description("Gardeners").build();
    assertThat(beneficiaries.direct()).hasValue(300);
    assertThat(beneficiaries.indirect()).hasValue(1200);
    assertThat(Beneficiaries.unknown().direct()).isEmpty();
    assertThat(beneficiaries.withDirect(310).direct()).hasValue(310);
  }

  @Test
  void anEvaluationRecordsWhoDraftedAndWhoChoseButNeverPrintsTheConsultant() {
    Evaluation evaluation = Evaluation.builder()
        .kind(EvaluationKind.FINAL)
        .period(Period.of(LocalDate.of(2018, 5, 2), LocalDate.of(2018, 6, 15)))
        .addTermsOfReferenceDraftedBy(PARTNER, NGO)
        .addConsultantChosenBy(PARTNER, NGO)
        .consultant("Marie Dupont")
        .addFinding("Sales doubled")
        .addRecommendation("Train a second team")
        .build();
    assertThat(evaluation.termsOfReferenceDraftedBy()).containsExactly(PARTNER, NGO);
    assertThat(evaluation.consultantChosenBy()).contains(PARTNER);
    assertThat(evaluation.consultant()).contains("Marie Dupont");
    assertThat(evaluation.toString()).doesNotContain("Marie").doesNotContain("Dupont").contains("<personal data>");
    assertThat(evaluation.withConsultant("Someone Else")).isNotEqualTo(evaluation);
    assertThat(Evaluation.builder().build().period()).isEqualTo(Period.unknown());
  }

  @Test
  void aFollowUpContactIsAValue() {
    FollowUpContact contact = FollowUpContact.of(LocalDate.of(2016, 11, 14), FollowUpContactKind.FIELD_VISIT);
    assertThat(contact.date()).contains(LocalDate.of(2016, 11, 14));
    assertThat(contact.kind()).contains(FollowUpContactKind.FIELD_VISIT);
    assertThat(contact.by()).isEmpty();
    assertThat(contact.withBy(NGO).by()).contains(NGO);
    assertThat(contact).isEqualTo(FollowUpContact.builder().from(contact).build());
  }
}

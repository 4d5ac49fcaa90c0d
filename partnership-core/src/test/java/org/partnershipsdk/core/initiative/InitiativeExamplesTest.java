package org.partnershipsdk.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * The real cases of the seeds. Facts (names, programme, years, 300 people) come from the seeds;
 * the day-precise dates of the stages are illustrative.
 */
class InitiativeExamplesTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  private static final OrganisationId SPF = OrganisationId.of("secours-populaire-francais");
  private static final OrganisationId CANASTA_CAMPESINA = OrganisationId.of("canasta-campesina");
  private static final OrganisationId ULS = OrganisationId.of("universidad-luterana-salvadorena");
  private static final OrganisationId CFSI = OrganisationId.of("cfsi");
  private static final OrganisationId CCFD = OrganisationId.of("ccfd-terre-solidaire");
  private static final OrganisationId LAO_PARTNER = OrganisationId.of("lao-jam-producers");

  /** CAAC 2015–2018: "Des paniers paysans de Comasagua au jardin solidaire de Montauban". */
  static Initiative comasaguaMontauban() {
    return Initiative.builder()
        .id(InitiativeId.of("caac-comasagua-montauban"))
        .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
        .summary("Vegetable plots for young people and women in Comasagua; a solidarity garden in Montauban")
        .programme(ProgrammeId.of("caac"))
        .addParticipant(Participant.of(SPF, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION))
        .addParticipant(Participant.of(CANASTA_CAMPESINA, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(OrganisationId.of("comasagua-farming-families"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(ULS, ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("lycee-francais-san-salvador"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("gab-65"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("lycee-agricole-capou"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("medecins-droit-sante"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(OrganisationId.of("fundesyram"), ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(CFSI, ParticipantRole.FUNDER))
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .territoryToTerritory(true)
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .beneficiaries(Beneficiaries.builder()
            .direct(300)
            .description("People in economic and social hardship in Montauban's solidarity garden")
            .build())
        .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
        .build();
  }

  @Test
  void comasaguaMontaubanIsAValidTerritoryToTerritoryInitiative() {
    Initiative initiative = comasaguaMontauban();
    assertThat(VALIDATOR.validate(initiative).violations()).isEmpty();
    assertThat(initiative.holders()).extracting(Participant::organisation).containsExactly(SPF);
    assertThat(initiative.participantsWith(ParticipantRole.LOCAL_PARTNER))
        .extracting(Participant::organisation).containsExactly(CANASTA_CAMPESINA);
    assertThat(initiative.participantsWith(ParticipantRole.ASSOCIATE)).hasSize(7)
        .extracting(Participant::organisation).contains(ULS);
    assertThat(initiative.territoryToTerritory()).isTrue();
    assertThat(initiative.territories()).extracting(Territory::isInFrance).containsExactly(true, false);
    assertThat(initiative.beneficiaries().direct()).hasValue(300);
    assertThat(initiative.isCoConstructed()).isFalse();
  }

  @Test
  void comasaguaMontaubanGoesThroughItsWholeCycle() {
    Initiative closed = comasaguaMontauban()
        .moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 12)).orElseThrow()
        .moveTo(Stage.DESIGN, LocalDate.of(2015, 3, 2)).orElseThrow()
        .moveTo(Stage.IMPLEMENTATION, LocalDate.of(2015, 9, 1)).orElseThrow()
        .moveTo(Stage.EVALUATION, LocalDate.of(2018, 6, 4)).orElseThrow()
        .moveTo(Stage.CAPITALISATION, LocalDate.of(2018, 11, 5)).orElseThrow()
        .moveTo(Stage.CLOSURE, LocalDate.of(2019, 5, 6)).orElseThrow()
        .withLessonsLearned("Linking people who do not usually talk to each other restores self-esteem");

    assertThat(closed.cycle().currentStage()).contains(Stage.CLOSURE);
    assertThat(closed.cycle().entered(Stage.IMPLEMENTATION)).contains(LocalDate.of(2015, 9, 1));
    assertThat(closed.lessonsLearned()).hasSize(1);
    assertThat(VALIDATOR.validate(closed).violations()).isEmpty();
    assertThat(closed.moveTo(Stage.CANCELLED, LocalDate.of(2019, 6, 7), "Programme ended").refusals())
        .extracting(r -> r.code()).containsExactly("cycle.stage.terminal");
  }

  /** CCFD-Terre Solidaire: jam production in Laos for a fair-trade brand, designed by the partner. */
  static Initiative laosJam() {
    return Initiative.builder()
        .id(InitiativeId.of("ccfd-laos-jam"))
        .title("Jam production in Laos for a fair-trade brand")
        .addParticipant(Participant.of(LAO_PARTNER, ParticipantRole.HOLDER, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(CCFD, ParticipantRole.SUPPORTING_ORGANISATION, ParticipantRole.FUNDER))
        .addTerritory(Territory.of(CountryCode.of("LA"), TerritoryLevel.COUNTRY, "Laos"))
        .addFieldsOfAction(FieldOfAction.FOOD_SOVEREIGNTY, FieldOfAction.SOCIAL_AND_SOLIDARITY_ECONOMY)
        .addFollowUpContact(FollowUpContact.builder().date(LocalDate.of(2019, 11, 18))
            .kind(FollowUpContactKind.FIELD_VISIT).by(CCFD).build())
        .addFollowUpContact(FollowUpContact.builder().date(LocalDate.of(2020, 2, 3))
            .kind(FollowUpContactKind.EMAIL).by(CCFD).summary("Packaging for the fair-trade brand agreed").build())
        .addEvaluation(Evaluation.builder()
            .kind(EvaluationKind.EXTERNAL)
            .addTermsOfReferenceDraftedBy(LAO_PARTNER, CCFD)
            .addConsultantChosenBy(LAO_PARTNER, CCFD)
            .addRecommendation("Diversify the fruit supplied by the growers")
            .build())
        .build();
  }

  @Test
  void laosJamIsDesignedByThePartnerAndFollowedContinually() {
    Initiative initiative = laosJam();
    assertThat(VALIDATOR.validate(initiative).violations()).isEmpty();
    assertThat(initiative.designMode()).isEqualTo(DesignMode.PARTNER_ALONE);
    assertThat(initiative.holders()).extracting(Participant::organisation).containsExactly(LAO_PARTNER);
    assertThat(initiative.participantsWith(ParticipantRole.SUPPORTING_ORGANISATION))
        .extracting(Participant::organisation).containsExactly(CCFD);
    assertThat(initiative.lastFollowUp().flatMap(FollowUpContact::kind)).contains(FollowUpContactKind.EMAIL);
    Evaluation evaluation = initiative.evaluations().get(0);
    assertThat(evaluation.termsOfReferenceDraftedBy()).contains(LAO_PARTNER);
    assertThat(evaluation.consultantChosenBy()).contains(LAO_PARTNER);
  }

  @Test
  void coFinancedWithSpecialProceduresTheSupportingNgoHoldsAndCarriesTheResponsibility() {
    Initiative coConstructed = laosJam()
        .withDesignMode(DesignMode.CO_CONSTRUCTED)
        .withTraits(InitiativeTrait.SPECIAL_CO_FINANCING)
        .withParticipants(
            Participant.builder().organisation(CCFD)
                .addRoles(ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION)
                .carriesLegalResponsibility(true)
                .build(),
            Participant.of(LAO_PARTNER, ParticipantRole.CO_HOLDER, ParticipantRole.LOCAL_PARTNER));
    assertThat(VALIDATOR.validate(coConstructed).violations()).isEmpty();
    assertThat(coConstructed.isCoConstructed()).isTrue();
    assertThat(coConstructed.legallyResponsible()).extracting(Participant::organisation).containsExactly(CCFD);
    assertThat(laosJam().legallyResponsible()).isEmpty();
  }
}

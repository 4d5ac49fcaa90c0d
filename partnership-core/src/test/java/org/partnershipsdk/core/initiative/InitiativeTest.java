package org.partnershipsdk.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.cycle.TransitionRefusedException;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;

class InitiativeTest {
  private static final OrganisationId PARTNER = OrganisationId.of("partner");
  private static final OrganisationId NGO = OrganisationId.of("supporting-ngo");
  private static final OrganisationId FUNDER = OrganisationId.of("funder");

  private static Initiative draft() {
    return Initiative.builder().id(InitiativeId.of("initiative-1")).build();
  }

  @Test
  void aDraftNeedsOnlyItsIdentifier() {
    Initiative draft = draft();
    assertThat(draft.title()).isEmpty();
    assertThat(draft.designMode()).isEqualTo(DesignMode.PARTNER_ALONE);
    assertThat(draft.isCoConstructed()).isFalse();
    assertThat(draft.territoryToTerritory()).isFalse();
    assertThat(draft.beneficiaries()).isEqualTo(Beneficiaries.unknown());
    assertThat(draft.period()).isEqualTo(Period.unknown());
    assertThat(draft.cycle()).isEqualTo(ProjectCycle.empty());
    assertThat(draft.participants()).isEmpty();
    assertThat(draft.holders()).isEmpty();
    assertThat(draft.legallyResponsible()).isEmpty();
    assertThat(draft.lastFollowUp()).isEmpty();
    assertThatThrownBy(() -> Initiative.builder().title("No id").build())
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> assertThat(e.attributes()).containsExactly("id"));
    assertThatThrownBy(() -> Initiative.builder().title(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void copiesAndBuildersFromAnInstanceAreEqualValues() {
    Initiative initiative = draft().withTitle("Jam production").withDesignMode(DesignMode.CO_CONSTRUCTED);
    assertThat(initiative.title()).isEqualTo("Jam production");
    assertThat(initiative.isCoConstructed()).isTrue();
    assertThat(Initiative.builder().from(initiative).build()).isEqualTo(initiative).hasSameHashCodeAs(initiative);
    assertThat(initiative).isNotEqualTo(draft());
    assertThat(draft().title()).isEmpty();
  }

  @Test
  void rolesAndLegalResponsibilityAreReadFromTheParticipants() {
    Participant holder = Participant.builder().organisation(NGO)
        .addRoles(ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION)
        .carriesLegalResponsibility(true)
        .build();
    Participant partner = Participant.of(PARTNER, ParticipantRole.CO_HOLDER, ParticipantRole.LOCAL_PARTNER);
    Participant funder = Participant.of(FUNDER, ParticipantRole.CO_FUNDER);
    Initiative initiative = draft().withParticipants(holder, partner, funder);

    assertThat(initiative.holders()).containsExactly(holder);
    assertThat(initiative.participantsWith(ParticipantRole.LOCAL_PARTNER)).containsExactly(partner);
    assertThat(initiative.participantsWith(ParticipantRole.ASSOCIATE)).isEmpty();
    assertThat(initiative.legallyResponsible()).containsExactly(holder);
    assertThat(partner.carriesLegalResponsibility()).isFalse();
    assertThat(partner.hasRole(ParticipantRole.CO_HOLDER)).isTrue();
    assertThat(partner.hasRole(ParticipantRole.HOLDER)).isFalse();
    assertThatThrownBy(() -> initiative.participantsWith(null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void legalResponsibilityIsNeverInferredFromTheHolderRole() {
    Initiative initiative = draft().withParticipants(Participant.of(PARTNER, ParticipantRole.HOLDER));
    assertThat(initiative.legallyResponsible()).isEmpty();
  }

  @Test
  void theLastFollowUpIsTheMostRecentDatedContact() {
    FollowUpContact visit = FollowUpContact.of(LocalDate.of(2016, 11, 14), FollowUpContactKind.FIELD_VISIT);
    FollowUpContact mail = FollowUpContact.builder().date(LocalDate.of(2017, 2, 1)).kind(FollowUpContactKind.EMAIL)
        .by(NGO).summary("Harvest figures received").build();
    FollowUpContact undated = FollowUpContact.builder().kind(FollowUpContactKind.CALL).build();
    Initiative initiative = draft().withFollowUpContacts(mail, undated, visit);
    assertThat(initiative.lastFollowUp()).contains(mail);
    assertThat(draft().withFollowUpContacts(undated).lastFollowUp()).isEmpty();
  }

  @Test
  void toStringNeverPrintsTheConsultant() {
    Initiative initiative = draft().withEvaluations(
        Evaluation.builder().kind(EvaluationKind.EXTERNAL).consultant("Marie Dupont").build());
    assertThat(initiative.toString()).contains("initiative-1").doesNotContain("Marie").doesNotContain("Dupont");
  }

  @Test
  void anInitiativeMovesThroughItsCycle() {
    Initiative draft = draft();
    Initiative identified = draft.moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 5)).orElseThrow();
    assertThat(identified.cycle().currentStage()).contains(Stage.IDENTIFICATION);
    assertThat(identified.id()).isEqualTo(draft.id());
    assertThat(draft.cycle().entries()).isEmpty();

    Initiative suspended = identified.moveTo(Stage.SUSPENDED, LocalDate.of(2015, 2, 1), "Waiting for funding")
        .orElseThrow();
    assertThat(suspended.cycle().current().orElseThrow().reason()).contains("Waiting for funding");
  }

  @Test
  void aRefusedMoveLeavesTheInitiativeUntouched() {
    Initiative identified = draft().moveTo(Stage.IDENTIFICATION, LocalDate.of(2015, 1, 5)).orElseThrow();
    Initiative copy = Initiative.builder().from(identified).build();

    Transition<Initiative> refused = identified.moveTo(Stage.EVALUATION, LocalDate.of(2014, 1, 1));
    assertThat(refused.isMoved()).isFalse();
    assertThat(refused.moved()).isEmpty();
    assertThat(refused.refusals()).extracting(TransitionRefusal::code)
        .containsExactly("cycle.stage.skipped", "cycle.date.before-last");
    assertThat(identified).isEqualTo(copy);
    assertThatThrownBy(refused::orElseThrow).isInstanceOfSatisfying(TransitionRefusedException.class,
        e -> assertThat(e.getMessage(Locale.FRENCH)).contains("« Évaluation »"));

    Transition<Initiative> noReason = identified.moveTo(Stage.CANCELLED, LocalDate.of(2015, 2, 1));
    assertThat(noReason.refusals()).extracting(TransitionRefusal::code).containsExactly("cycle.reason.missing");
    assertThatThrownBy(() -> identified.moveTo(Stage.CANCELLED, LocalDate.of(2015, 2, 1), null))
        .isInstanceOf(IncompleteValueException.class);
  }
}

package org.partnershipsdk.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.CoFinancingStatus;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContact;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.results.ExpectedResult;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValue;
import org.partnershipsdk.core.results.OverallObjective;
import org.partnershipsdk.core.results.ResultsFramework;
import org.partnershipsdk.core.results.SpecificObjective;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.RuleSet;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;
import org.partnershipsdk.core.rules.SubjectRef;

/**
 * Each initiative rule fires, stays silent, and meets its threshold where it has one. The
 * initiative is the EXPLOR case of Kpomassé (holder AHPA, local partner CRIPADD), here followed by
 * CCFD-Terre Solidaire as supporting organisation; dates and amounts are illustrative. The run is on
 * 15 June 2024.
 */
class InitiativeRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  private static final OrganisationId AHPA = OrganisationId.of("ahpa");
  private static final OrganisationId CRIPADD = OrganisationId.of("cripadd");
  private static final OrganisationId CCFD = OrganisationId.of("ccfd-terre-solidaire");
  private static final OrganisationId UNLISTED = OrganisationId.of("afd");
  private static final SubjectRef KPOMASSE = new SubjectRef("initiative", "explor-kpomasse");

  private static final List<Organisation> ORGANISATIONS = List.of(
      organisation(AHPA, "AHPA", OrganisationNature.ASSOCIATION, "BJ"),
      organisation(CRIPADD, "CRIPADD", OrganisationNature.ASSOCIATION, "BJ"),
      organisation(CCFD, "CCFD-Terre Solidaire", OrganisationNature.ASSOCIATION, "FR"));

  // ---------------------------------------------------------------------------------------------
  // Fixture

  private static Organisation organisation(OrganisationId id, String name, OrganisationNature nature, String country) {
    return Organisation.builder().id(id).name(name).nature(nature).country(CountryCode.of(country)).build();
  }

  private static Initiative.Builder kpomasse() {
    return Initiative.builder()
        .id(InitiativeId.of("explor-kpomasse"))
        .title("Local tomato preserves in Kpomassé")
        .addParticipant(Participant.of(AHPA, ParticipantRole.HOLDER))
        .addParticipant(Participant.of(CRIPADD, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(CCFD, ParticipantRole.SUPPORTING_ORGANISATION));
  }

  private static Initiative.Builder supportedByCcfd() {
    return Initiative.builder()
        .id(InitiativeId.of("explor-kpomasse"))
        .title("Local tomato preserves in Kpomassé")
        .addParticipant(Participant.of(AHPA, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(CCFD, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION));
  }

  private static ProjectCycle cycle(Object... stagesAndDates) {
    List<StageEntry> entries = new ArrayList<>();
    for (int i = 0; i < stagesAndDates.length; i += 2) {
      entries.add(StageEntry.of((Stage) stagesAndDates[i], (LocalDate) stagesAndDates[i + 1]));
    }
    return ProjectCycle.of(entries);
  }

  private static ProjectCycle inImplementationSince(LocalDate date) {
    return cycle(Stage.IDENTIFICATION, LocalDate.of(2021, 9, 1), Stage.DESIGN, LocalDate.of(2021, 11, 2),
        Stage.IMPLEMENTATION, date);
  }

  private static Profile only(Rule<?> rule) {
    return Profile.builder("test").add(rule).build();
  }

  private static List<Finding> run(Rule<?> rule, Initiative initiative) {
    return run(only(rule), initiative, ORGANISATIONS);
  }

  private static List<Finding> run(Profile profile, Initiative initiative, List<Organisation> organisations) {
    Portfolio portfolio = Portfolio.builder().addAllOrganisations(organisations).addInitiative(initiative).build();
    return RulesEngine.of(profile, CLOCK).evaluate(portfolio).findings();
  }

  /** Runs a rule on an initiative of a programme whose cycle model is the one given. */
  private static List<Finding> runInProgramme(Rule<?> rule, Initiative initiative, CycleModel model) {
    Programme programme = Programme.builder().id(ProgrammeId.of("funded")).name("Funded").cycle(model).build();
    Portfolio portfolio = Portfolio.builder().addAllOrganisations(ORGANISATIONS).addProgramme(programme)
        .addInitiative(initiative.withProgramme(programme.id())).build();
    return RulesEngine.of(only(rule), CLOCK).evaluate(portfolio).findings();
  }

  /** Asserts one finding about Kpomassé, with its English message and its values in French. */
  private static Finding assertSingle(List<Finding> findings, String ruleId, Severity severity, String path,
      String english, String french) {
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo(ruleId);
    assertThat(finding.severity()).isEqualTo(severity);
    assertThat(finding.subject()).isEqualTo(KPOMASSE);
    assertThat(finding.path()).isEqualTo(path);
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(finding.message(Locale.FRENCH)).isEqualTo(french);
    return finding;
  }

  // ---------------------------------------------------------------------------------------------
  // The family

  @Nested
  class Family {
    @Test
    void idsAreUniqueAndMatchTheirConstants() {
      List<String> ids = InitiativeRules.all().stream().map(r -> r.info().id()).toList();
      assertThat(ids).doesNotHaveDuplicates().hasSize(26).containsExactly(
          InitiativeRules.HOLDER_SUPPORTING_ORGANISATION_ID, InitiativeRules.CO_CONSTRUCTION_EXPECTED_ID,
          InitiativeRules.LEGAL_RESPONSIBILITY_MISSING_ID, InitiativeRules.TERMS_OF_REFERENCE_WITHOUT_PARTNER_ID,
          InitiativeRules.CONSULTANT_WITHOUT_PARTNER_ID, InitiativeRules.CYCLE_OUT_OF_ORDER_ID,
          InitiativeRules.CYCLE_STAGE_SKIPPED_ID, InitiativeRules.CYCLE_DATE_IN_FUTURE_ID,
          InitiativeRules.FOLLOW_UP_OVERDUE_ID, InitiativeRules.SINGLE_NATURE_ID,
          InitiativeRules.TERRITORY_TO_TERRITORY_INCOMPLETE_ID, InitiativeRules.SDG_MISSING_ID,
          InitiativeRules.CO_FINANCING_EXCEEDS_BUDGET_ID, InitiativeRules.CO_FINANCING_RATE_MISSING_ID,
          InitiativeRules.BASELINE_MISSING_ID, InitiativeRules.TARGET_MISSING_ID,
          InitiativeRules.MEASUREMENT_OUTSIDE_PERIOD_ID, InitiativeRules.RESULTS_FRAMEWORK_MISSING_ID,
          ResultsRules.PERIOD_TARGET_MISSING_ID, ResultsRules.ACTUAL_OUTSIDE_PERIOD_ID,
          ResultsRules.BREAKDOWN_EXCEEDS_TOTAL_ID, ResultsRules.WRONG_DIRECTION_ID,
          ResultsRules.FRAMEWORK_EMPTY_AFTER_DESIGN_ID,
          ConsistencyRules.TERRITORY_TO_TERRITORY_UNDECLARED_ID,
          ConsistencyRules.SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP_ID,
          ConsistencyRules.CO_FINANCING_FUNDER_WITHOUT_ROLE_ID);
      assertThat(ids).allMatch(id -> id.startsWith("initiative."));
    }

    @Test
    void everyRuleHasTextsInBothLanguagesAReferenceAndChecksInitiatives() {
      for (Rule<?> rule : InitiativeRules.all()) {
        RuleInfo<?> info = rule.info();
        assertThat(info.subject()).as(info.id()).isEqualTo(Subject.INITIATIVE);
        for (var label : List.of(info.title(), info.explanation(), info.message())) {
          assertThat(label.en()).as(info.id()).isNotBlank().doesNotStartWith("initiative.");
          assertThat(label.fr()).as(info.id()).isNotBlank().isNotEqualTo(label.en());
        }
        assertThat(info.reference()).as(info.id()).hasValueSatisfying(r ->
            assertThat(r).matches("(\\[[^\\]]+] )+\\S.*"));
      }
    }

    @Test
    void parametersHaveTheirDefaults() {
      assertThat(InitiativeRules.FOLLOW_UP_OVERDUE.info().parameters())
          .containsExactly(InitiativeRules.FOLLOW_UP_MONTHS);
      assertThat(InitiativeRules.FOLLOW_UP_MONTHS.defaultValue()).isEqualTo(6);
      assertThat(InitiativeRules.SINGLE_NATURE.info().parameters())
          .containsExactly(InitiativeRules.MULTI_ACTOR_PARTICIPANTS);
      assertThat(InitiativeRules.MULTI_ACTOR_PARTICIPANTS.defaultValue()).isEqualTo(3);
      Set<String> named = new HashSet<>();
      InitiativeRules.all().forEach(r -> r.info().parameters().stream().map(Parameter::name).forEach(named::add));
      assertThat(named).containsExactlyInAnyOrder("months", "participants", "percent");
    }

    @Test
    void aSoundInitiativeRaisesNothing() {
      Profile all = Profile.builder("all").addAll(new RuleSet("initiative",
          InitiativeRules.all())).build();
      Initiative sound = kpomasse()
          .addSdg(Sdg.DECENT_WORK)
          .addTerritory(Territory.of(CountryCode.of("BJ"), TerritoryLevel.MUNICIPALITY, "Kpomassé"))
          .period(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
          .cycle(inImplementationSince(LocalDate.of(2022, 1, 10)))
          .addFollowUpContact(FollowUpContact.of(LocalDate.of(2024, 5, 2), FollowUpContactKind.VIDEO_CALL))
          .resultsFramework(framework(employeesTrained()))
          .budget(Money.of("20000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("12000", "EUR")))
          .build();
      sound = sound.withParticipants(sound.participants().get(0), sound.participants().get(1),
          Participant.of(CCFD, ParticipantRole.SUPPORTING_ORGANISATION, ParticipantRole.FUNDER));
      assertThat(run(all, sound, List.of(organisation(AHPA, "AHPA", OrganisationNature.ASSOCIATION, "BJ"),
          organisation(CRIPADD, "CRIPADD", OrganisationNature.COOPERATIVE, "BJ"),
          organisation(CCFD, "CCFD-Terre Solidaire", OrganisationNature.ASSOCIATION, "FR")))).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Holding and design (CCFD 2011)

  @Nested
  class HolderSupportingOrganisation {
    private final Rule<Initiative> rule = InitiativeRules.HOLDER_SUPPORTING_ORGANISATION;

    @Test
    void firesWhenTheSupportingOrganisationHoldsAnInitiativeDesignedByThePartner() {
      assertSingle(run(rule, supportedByCcfd().build()), "initiative.holder.supporting-organisation",
          Severity.WARNING, "participants[1].roles",
          "CCFD-Terre Solidaire holds the initiative although it is the supporting organisation and the design was "
              + "not co-constructed",
          "CCFD-Terre Solidaire porte l'initiative alors qu'elle en est l'organisation d'appui et que la "
              + "conception n'a pas été co-construite");
    }

    @Test
    void isSilentWhenThePartnerHoldsOrTheDesignWasCoConstructed() {
      assertThat(run(rule, kpomasse().build())).isEmpty();
      assertThat(run(rule, supportedByCcfd().designMode(DesignMode.CO_CONSTRUCTED).build())).isEmpty();
    }
  }

  @Nested
  class CoConstructionExpected {
    private final Rule<Initiative> rule = InitiativeRules.CO_CONSTRUCTION_EXPECTED;

    @Test
    void firesOnAnInnovativeOrComplexInitiativeDesignedByThePartnerAlone() {
      assertSingle(run(rule, kpomasse().addTraits(InitiativeTrait.COMPLEX, InitiativeTrait.INNOVATIVE).build()),
          "initiative.design.co-construction-expected", Severity.WARNING, "designMode",
          "The initiative is described as “Innovative”, “Complex”, but its design was not co-constructed",
          "L'initiative est décrite comme « Innovante », « Complexe », mais sa conception n'a pas été co-construite");
    }

    @Test
    void isSilentWithoutTraitsOrOnceCoConstructed() {
      assertThat(run(rule, kpomasse().build())).isEmpty();
      assertThat(run(rule, kpomasse().addTrait(InitiativeTrait.SPECIAL_CO_FINANCING)
          .designMode(DesignMode.CO_CONSTRUCTED).build())).isEmpty();
    }
  }

  @Nested
  class LegalResponsibilityMissing {
    private final Rule<Initiative> rule = InitiativeRules.LEGAL_RESPONSIBILITY_MISSING;

    private Initiative.Builder coConstructed() {
      return supportedByCcfd().designMode(DesignMode.CO_CONSTRUCTED);
    }

    @Test
    void firesWhenCoConstructedAndCoFinancedWithNobodyResponsible() {
      Initiative initiative = coConstructed().addCoFinancing(CoFinancing.of(UNLISTED, Money.of("50000", "EUR")))
          .build();
      assertSingle(run(rule, initiative), "initiative.legal-responsibility.missing", Severity.ERROR, "participants",
          "The initiative is co-constructed and co-financed, but none of the participants listed (2) is recorded "
              + "as carrying the legal responsibility",
          "L'initiative est co-construite et cofinancée, mais aucun des participants indiqués (2) n'est désigné "
              + "comme portant la responsabilité juridique");
    }

    @Test
    void countsTheSpecialCoFinancingTraitAsCoFinanced() {
      assertThat(run(rule, coConstructed().addTrait(InitiativeTrait.SPECIAL_CO_FINANCING).build()))
          .extracting(Finding::ruleId).containsExactly("initiative.legal-responsibility.missing");
    }

    @Test
    void isSilentWhenSomeoneCarriesItOrWithoutCoFinancingOrCoConstruction() {
      Initiative responsible = Initiative.builder().from(coConstructed().build())
          .participants(List.of(Participant.of(AHPA, ParticipantRole.LOCAL_PARTNER),
              Participant.builder().organisation(CCFD).addRoles(ParticipantRole.HOLDER,
                  ParticipantRole.SUPPORTING_ORGANISATION).carriesLegalResponsibility(true).build()))
          .addTrait(InitiativeTrait.SPECIAL_CO_FINANCING)
          .build();
      assertThat(run(rule, responsible)).isEmpty();
      assertThat(run(rule, coConstructed().addTrait(InitiativeTrait.INNOVATIVE).build())).isEmpty();
      assertThat(run(rule, supportedByCcfd().addTrait(InitiativeTrait.SPECIAL_CO_FINANCING).build())).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluations (CCFD 2011)

  @Nested
  class TermsOfReferenceWithoutPartner {
    private final Rule<Initiative> rule = InitiativeRules.TERMS_OF_REFERENCE_WITHOUT_PARTNER;

    @Test
    void firesWhenOnlyTheSupportingOrganisationDraftedThem() {
      Initiative initiative = kpomasse()
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.MID_TERM).addTermsOfReferenceDraftedBy(CCFD).build())
          .build();
      assertSingle(run(rule, initiative), "initiative.evaluation.terms-of-reference-without-partner",
          Severity.WARNING, "evaluations[0].termsOfReferenceDraftedBy",
          "The terms of reference of evaluation 1 do not name the partner (AHPA, CRIPADD) among those who "
              + "drafted them",
          "Les termes de référence de l'évaluation 1 ne comptent pas le partenaire (AHPA, CRIPADD) parmi leurs "
              + "rédacteurs");
    }

    @Test
    void firesWhenNobodyIsRecordedAndNotWhenThePartnerDraftedThem() {
      Initiative initiative = kpomasse()
          .addEvaluation(Evaluation.builder().addTermsOfReferenceDraftedBy(CRIPADD, CCFD).build())
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.FINAL).build())
          .build();
      assertThat(run(rule, initiative)).extracting(Finding::path)
          .containsExactly("evaluations[1].termsOfReferenceDraftedBy");
    }

    @Test
    void isSilentWhenTheInitiativeHasNoPartnerToInvolve() {
      Initiative noPartner = Initiative.builder().from(supportedByCcfd().build())
          .participants(List.of(Participant.of(CCFD, ParticipantRole.HOLDER, ParticipantRole.SUPPORTING_ORGANISATION)))
          .addEvaluation(Evaluation.builder().addTermsOfReferenceDraftedBy(CCFD).build())
          .build();
      assertThat(run(rule, noPartner)).isEmpty();
    }
  }

  @Nested
  class ConsultantWithoutPartner {
    private final Rule<Initiative> rule = InitiativeRules.CONSULTANT_WITHOUT_PARTNER;

    @Test
    void firesWhenTheConsultantWasChosenWithoutThePartner() {
      Initiative initiative = supportedByCcfd()
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.EXTERNAL).addConsultantChosenBy(CCFD).build())
          .build();
      assertSingle(run(rule, initiative), "initiative.evaluation.consultant-without-partner", Severity.WARNING,
          "evaluations[0].consultantChosenBy",
          "The consultant of evaluation 1 was not chosen with the partner (AHPA)",
          "Le consultant de l'évaluation 1 n'a pas été choisi avec le partenaire (AHPA)");
    }

    @Test
    void firesOnANamedConsultantWhoseChoiceIsNotRecorded() {
      Initiative initiative = kpomasse()
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.FINAL).consultant("A. Consultant").build())
          .build();
      assertThat(run(rule, initiative)).extracting(Finding::path).containsExactly("evaluations[0].consultantChosenBy");
    }

    @Test
    void isSilentWhenChosenJointlyOrWithoutConsultant() {
      Initiative initiative = kpomasse()
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.EXTERNAL).addConsultantChosenBy(AHPA, CCFD).build())
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.SELF_EVALUATION).build())
          .addEvaluation(Evaluation.builder().kind(EvaluationKind.MID_TERM).build())
          .build();
      assertThat(run(rule, initiative)).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Project cycle and follow-up (CCFD 2011)

  @Nested
  class CycleOutOfOrder {
    private final Rule<Initiative> rule = InitiativeRules.CYCLE_OUT_OF_ORDER;

    private final ProjectCycle wentBack = cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
        Stage.DESIGN, LocalDate.of(2020, 3, 1), Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 1),
        Stage.DESIGN, LocalDate.of(2021, 1, 5));

    @Test
    void firesOnAStageGoneBackToWithoutAReason() {
      Initiative initiative = kpomasse().cycle(wentBack).build();
      assertSingle(run(rule, initiative), "initiative.cycle.out-of-order", Severity.ERROR, "cycle.entries[3].reason",
          "The stage history is out of order at entry 4 (“Design” on January 5, 2021): A reason is required to enter "
              + "“Design”",
          "L'historique des étapes est dans le désordre à l'entrée 4 (« Conception » le 5 janvier 2021) : Un motif est "
              + "obligatoire pour passer à l'étape « Conception »");
    }

    @Test
    void firesOnAStageGoneBackToWhereTheProgrammesModelDoesNotAllowIt() {
      CycleModel strict = CycleModel.builder().name("strict").addAllPath(CycleModels.standard().path()).build();
      List<StageEntry> entries = new ArrayList<>(wentBack.entries().subList(0, 3));
      entries.add(StageEntry.of(Stage.DESIGN, LocalDate.of(2021, 1, 5), "Reformulation"));
      Initiative initiative = kpomasse().cycle(ProjectCycle.of(entries)).build();
      assertThat(run(rule, initiative)).isEmpty();
      assertSingle(runInProgramme(rule, initiative, strict), "initiative.cycle.out-of-order", Severity.ERROR,
          "cycle.entries[3].stage",
          "The stage history is out of order at entry 4 (“Design” on January 5, 2021): The cycle cannot go back from "
              + "“Implementation” to “Design”",
          "L'historique des étapes est dans le désordre à l'entrée 4 (« Conception » le 5 janvier 2021) : Le cycle ne "
              + "peut revenir de l'étape « Mise en œuvre » à l'étape « Conception »");
    }

    @Test
    void firesOnADateBeforeTheLastOne() {
      Initiative initiative = kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 3, 1),
          Stage.DESIGN, LocalDate.of(2020, 2, 1))).build();
      assertSingle(run(rule, initiative), "initiative.cycle.out-of-order", Severity.ERROR, "cycle.entries[1].date",
          "The stage history is out of order at entry 2 (“Design” on February 1, 2020): The date February 1, 2020 is before March 1, 2020, the date of the last stage entered",
          "L'historique des étapes est dans le désordre à l'entrée 2 (« Conception » le 1 février 2020) : La date 1 février 2020 précède le 1 mars 2020, date de la dernière étape");
    }

    @Test
    void firesOnAReopeningWithoutAReasonNotOnOneWithIt() {
      ProjectCycle reopened = ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10)),
          StageEntry.of(Stage.CANCELLED, LocalDate.of(2020, 3, 16), "Partner dissolved"),
          StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 9, 1))));
      assertThat(run(rule, kpomasse().cycle(reopened).build())).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("cycle.entries[2].reason");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The stage history is out of order at entry 3 "
            + "(“Identification” on September 1, 2020): A reason is required to enter “Identification”");
      });
      List<StageEntry> withReason = new ArrayList<>(reopened.entries().subList(0, 2));
      withReason.add(StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 9, 1), "Partner re-founded"));
      assertThat(run(rule, kpomasse().cycle(ProjectCycle.of(withReason)).build())).isEmpty();
    }

    @Test
    void firesOnAStageTheProgrammesModelDoesNotUse() {
      Initiative initiative = kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.DESIGN, LocalDate.of(2020, 3, 1), Stage.INSTRUCTION, LocalDate.of(2020, 4, 1))).build();
      assertThat(run(rule, initiative)).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("cycle.entries[2].stage");
        assertThat(f.message(Locale.ENGLISH)).endsWith(": “Instruction” is not a stage of the cycle model standard");
      });
      assertThat(runInProgramme(rule, initiative, CycleModels.funder())).isEmpty();
    }

    @Test
    void isSilentOnASuspensionResumedToItsStage() {
      ProjectCycle resumed = ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10)),
          StageEntry.of(Stage.DESIGN, LocalDate.of(2020, 3, 1)),
          StageEntry.of(Stage.SUSPENDED, LocalDate.of(2020, 3, 16), "Borders closed"),
          StageEntry.of(Stage.DESIGN, LocalDate.of(2020, 9, 1)),
          StageEntry.of(Stage.IMPLEMENTATION, LocalDate.of(2021, 2, 1))));
      assertThat(run(rule, kpomasse().cycle(resumed).build())).isEmpty();
      assertThat(run(InitiativeRules.CYCLE_STAGE_SKIPPED, kpomasse().cycle(resumed).build())).isEmpty();
    }

    @Test
    void isSilentOnAnOrderedHistoryASkippedStageOrAMissingReason() {
      assertThat(run(rule, kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10))).build())).isEmpty();
      assertThat(run(rule, kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.IMPLEMENTATION, LocalDate.of(2020, 3, 1))).build())).isEmpty();
      assertThat(run(rule, kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.SUSPENDED, LocalDate.of(2020, 3, 1))).build())).isEmpty();
    }
  }

  @Nested
  class CycleStageSkipped {
    private final Rule<Initiative> rule = InitiativeRules.CYCLE_STAGE_SKIPPED;

    @Test
    void firesOnAStageEnteredWithoutTheOneBefore() {
      Initiative initiative = kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.IMPLEMENTATION, LocalDate.of(2020, 3, 1))).build();
      assertSingle(run(rule, initiative), "initiative.cycle.stage-skipped", Severity.ERROR, "cycle.entries[1].stage",
          "“Implementation” was entered on March 1, 2020 without going through “Design”",
          "L'étape « Mise en œuvre » a été ouverte le 1 mars 2020 sans passer par l'étape « Conception »");
    }

    @Test
    void firesOnAHistoryThatStartsAfterIdentification() {
      Initiative initiative = kpomasse().cycle(cycle(Stage.DESIGN, LocalDate.of(2020, 1, 10))).build();
      assertThat(run(rule, initiative)).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("cycle.entries[0].stage");
        assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("“Design” was entered on January 10, 2020 without going through “Identification”");
      });
    }

    @Test
    void followsTheProgrammesModel() {
      Initiative evaluationSkipped = kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.DESIGN, LocalDate.of(2020, 3, 1), Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 1),
          Stage.CAPITALISATION, LocalDate.of(2022, 9, 1))).build();
      assertThat(run(rule, evaluationSkipped)).isEmpty();
      assertThat(runInProgramme(rule, evaluationSkipped, CycleModels.funder())).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo("cycle.entries[2].stage");
        assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("“Implementation” was entered on September 1, 2020 without going through “Instruction”");
      });
    }

    @Test
    void isSilentOnAnOrderedHistoryOrOneThatGoesBack() {
      assertThat(run(rule, kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10))).build())).isEmpty();
      assertThat(run(rule, kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.DESIGN, LocalDate.of(2020, 3, 1), Stage.IDENTIFICATION, LocalDate.of(2020, 4, 1))).build())).isEmpty();
    }
  }

  @Nested
  class CycleDateInFuture {
    private final Rule<Initiative> rule = InitiativeRules.CYCLE_DATE_IN_FUTURE;

    @Test
    void firesOnAStageEnteredTomorrow() {
      Initiative initiative = kpomasse().cycle(inImplementationSince(TODAY.plusDays(1))).build();
      assertSingle(run(rule, initiative), "initiative.cycle.date-in-future", Severity.ERROR, "cycle.entries[2].date",
          "“Implementation” is recorded as entered on June 16, 2024, after today (June 15, 2024)",
          "L'étape « Mise en œuvre » est enregistrée comme ouverte le 16 juin 2024, après aujourd'hui (15 juin 2024)");
    }

    @Test
    void isSilentOnAStageEnteredToday() {
      assertThat(run(rule, kpomasse().cycle(inImplementationSince(TODAY)).build())).isEmpty();
    }
  }

  @Nested
  class FollowUpOverdue {
    private final Rule<Initiative> rule = InitiativeRules.FOLLOW_UP_OVERDUE;

    private Initiative lastContactOn(LocalDate date) {
      return kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10)))
          .addFollowUpContact(FollowUpContact.of(LocalDate.of(2022, 3, 1), FollowUpContactKind.FIELD_VISIT))
          .addFollowUpContact(FollowUpContact.of(date, FollowUpContactKind.CALL))
          .addFollowUpContact(FollowUpContact.builder().kind(FollowUpContactKind.EMAIL).build())
          .build();
    }

    @Test
    void firesAfterMoreThanSixMonthsSinceTheLastContact() {
      assertSingle(run(rule, lastContactOn(LocalDate.of(2023, 12, 14))), "initiative.follow-up.overdue",
          Severity.WARNING, "followUpContacts",
          "No follow-up contact since December 14, 2023, more than 6 months ago, while the initiative is in implementation",
          "Aucun contact de suivi depuis le 14 décembre 2023, il y a plus de 6 mois, alors que l'initiative est en mise en œuvre");
    }

    @Test
    void isSilentAtExactlySixMonths() {
      assertThat(run(rule, lastContactOn(LocalDate.of(2023, 12, 15)))).isEmpty();
    }

    @Test
    void countsFromEnteringImplementationWhenNoContactFollowedIt() {
      Initiative old = kpomasse().cycle(inImplementationSince(LocalDate.of(2023, 12, 14)))
          .addFollowUpContact(FollowUpContact.of(LocalDate.of(2021, 10, 1), FollowUpContactKind.MEETING))
          .build();
      assertThat(run(rule, old)).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
          .startsWith("No follow-up contact since December 14, 2023,"));
      assertThat(run(rule, old.withCycle(inImplementationSince(LocalDate.of(2023, 12, 15))))).isEmpty();
    }

    @Test
    void isSilentOutsideImplementation() {
      Initiative evaluated = kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.DESIGN, LocalDate.of(2020, 3, 1), Stage.IMPLEMENTATION, LocalDate.of(2020, 9, 1),
          Stage.EVALUATION, LocalDate.of(2022, 9, 1))).build();
      assertThat(run(rule, evaluated)).isEmpty();
      assertThat(run(rule, kpomasse().build())).isEmpty();
    }

    @Test
    void readsTheMonthsFromTheProfile() {
      Profile threeMonths = Profile.builder("test").add(rule).set("initiative.follow-up.overdue", "months", 3).build();
      assertThat(run(threeMonths, lastContactOn(LocalDate.of(2024, 3, 14)), ORGANISATIONS))
          .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("more than 3 months ago"));
      assertThat(run(threeMonths, lastContactOn(LocalDate.of(2024, 3, 15)), ORGANISATIONS)).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Participants and territories (Fonda 2020, Fonda n.d.)

  @Nested
  class SingleNature {
    private final Rule<Initiative> rule = InitiativeRules.SINGLE_NATURE;

    @Test
    void firesWhenThreeParticipantsAreAllAssociations() {
      assertSingle(run(rule, kpomasse().build()), "initiative.participants.single-nature", Severity.WARNING,
          "participants",
          "All 3 participants whose nature is known are of one nature: “Association or NGO”",
          "Les 3 participants dont la nature est connue sont tous de même nature : « Association ou ONG »");
    }

    @Test
    void ignoresUnknownOrganisationsSoTwoKnownAreBelowTheThreshold() {
      Initiative initiative = kpomasse().addParticipant(Participant.of(UNLISTED, ParticipantRole.FUNDER)).build();
      List<Organisation> twoKnown = List.of(ORGANISATIONS.get(0), ORGANISATIONS.get(1),
          Organisation.builder().id(CCFD).name("CCFD-Terre Solidaire").build());
      assertThat(run(only(rule), initiative, twoKnown)).isEmpty();
      Profile two = Profile.builder("test").add(rule).set("initiative.participants.single-nature", "participants", 2)
          .build();
      assertThat(run(two, initiative, twoKnown)).singleElement()
          .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).startsWith("All 2 participants"));
    }

    @Test
    void isSilentWhenNaturesDiffer() {
      List<Organisation> mixed = List.of(ORGANISATIONS.get(0), ORGANISATIONS.get(1),
          organisation(CCFD, "CCFD-Terre Solidaire", OrganisationNature.FOUNDATION, "FR"));
      assertThat(run(only(rule), kpomasse().build(), mixed)).isEmpty();
    }

    @Test
    void tellsOtherNaturesApartByTheirOwnWords() {
      List<Organisation> others = List.of(other(AHPA, "Mutuelle"), other(CRIPADD, "mutuelle "), other(CCFD, "Mutuelle"));
      assertThat(run(only(rule), kpomasse().build(), others)).singleElement()
          .satisfies(f -> assertThat(f.message(Locale.FRENCH)).endsWith("« Mutuelle »"));
      List<Organisation> differing = List.of(other(AHPA, "Mutuelle"), other(CRIPADD, "Tontine"), other(CCFD, "Mutuelle"));
      assertThat(run(only(rule), kpomasse().build(), differing)).isEmpty();
    }

    private Organisation other(OrganisationId id, String words) {
      return Organisation.builder().id(id).name(id.value()).nature(OrganisationNature.OTHER).otherNature(words).build();
    }
  }

  @Nested
  class TerritoryToTerritoryIncomplete {
    private final Rule<Initiative> rule = InitiativeRules.TERRITORY_TO_TERRITORY_INCOMPLETE;
    private final Territory montauban = Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban");
    private final Territory comasagua = Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua");

    @Test
    void firesWithoutATerritoryAbroad() {
      assertSingle(run(rule, kpomasse().territoryToTerritory(true).addTerritory(montauban).build()),
          "initiative.territory-to-territory.incomplete", Severity.ERROR, "territories",
          "A territory-to-territory cooperation needs a territory in France and one abroad; this initiative names 1 "
              + "in France and 0 abroad",
          "Une coopération de territoire à territoire a besoin d'un territoire en France et d'un autre à "
              + "l'étranger ; cette initiative en indique 1 en France et 0 à l'étranger");
    }

    @Test
    void firesWithoutAFrenchTerritory() {
      assertThat(run(rule, kpomasse().territoryToTerritory(true).addTerritory(comasagua).build()))
          .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("names 0 in France and 1 abroad"));
    }

    @Test
    void isSilentWithBothSidesOrWhenNotTerritoryToTerritory() {
      assertThat(run(rule, kpomasse().territoryToTerritory(true).addTerritory(montauban).addTerritory(comasagua).build())).isEmpty();
      assertThat(run(rule, kpomasse().addTerritory(montauban).build())).isEmpty();
    }
  }

  @Nested
  class SdgMissing {
    private final Rule<Initiative> rule = InitiativeRules.SDG_MISSING;

    @Test
    void firesWhenNoGoalIsNamed() {
      assertSingle(run(rule, kpomasse().build()), "initiative.sdg.missing", Severity.WARNING, "sdgs",
          "“Local tomato preserves in Kpomassé” names no Sustainable Development Goal",
          "« Local tomato preserves in Kpomassé » n'indique aucun objectif de développement durable");
    }

    @Test
    void isSilentWithAGoal() {
      assertThat(run(rule, kpomasse().addSdg(Sdg.ZERO_HUNGER).build())).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Money (IATI 2018)

  @Nested
  class CoFinancingExceedsBudget {
    private final Rule<Initiative> rule = InitiativeRules.CO_FINANCING_EXCEEDS_BUDGET;

    private Initiative sharing(String second) {
      return kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .addCoFinancing(CoFinancing.of(UNLISTED, Money.of(second, "EUR")))
          .build();
    }

    @Test
    void firesOneCentPastTheBudget() {
      assertSingle(run(rule, sharing("4000.01")), "initiative.co-financing.exceeds-budget", Severity.ERROR,
          "coFinancing",
          "The co-financing adds up to €10,000.01, more than the budget of €10,000.00",
          "Les cofinancements s'élèvent à 10\u202f000,01\u00a0€, plus que le budget de 10\u202f000,00\u00a0€");
    }

    @Test
    void isSilentAtTheBudget() {
      assertThat(run(rule, sharing("4000.00"))).isEmpty();
      assertThat(run(rule, kpomasse().addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR"))).build())).isEmpty();
    }

    @Test
    void countsOtherCurrenciesAtTheirStatedRateAndIgnoresThoseWithout() {
      Initiative withRate = kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .addCoFinancing(CoFinancing.builder().funder(UNLISTED).amount(Money.of("3000000", "XOF"))
              .rateToBudgetCurrency(new BigDecimal("0.001524")).build())
          .build();
      assertThat(run(rule, withRate)).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
          .isEqualTo("The co-financing adds up to €10,572.00, more than the budget of €10,000.00"));
      Initiative withoutRate = kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .addCoFinancing(CoFinancing.of(UNLISTED, Money.of("3000000", "XOF")))
          .build();
      assertThat(run(rule, withoutRate)).isEmpty();
    }

    @Test
    void leavesOutARefusedShareButCountsOneStillAwaitedOrGranted() {
      assertThat(run(rule, sharing("4000.01", CoFinancingStatus.REFUSED))).isEmpty();
      for (CoFinancingStatus counted : List.of(CoFinancingStatus.REQUESTED, CoFinancingStatus.GRANTED,
          CoFinancingStatus.RECEIVED)) {
        assertThat(run(rule, sharing("4000.01", counted))).as(counted.code()).singleElement()
            .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
                .isEqualTo("The co-financing adds up to €10,000.01, more than the budget of €10,000.00"));
      }
    }

    private Initiative sharing(String second, CoFinancingStatus status) {
      return kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .addCoFinancing(CoFinancing.builder().funder(UNLISTED).amount(Money.of(second, "EUR")).status(status).build())
          .build();
    }
  }

  @Nested
  class CoFinancingRateMissing {
    private final Rule<Initiative> rule = InitiativeRules.CO_FINANCING_RATE_MISSING;

    @Test
    void firesOnAShareInAnotherCurrencyWithoutRate() {
      Initiative initiative = kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .addCoFinancing(CoFinancing.of(UNLISTED, Money.of("3000000", "XOF")))
          .build();
      assertSingle(run(rule, initiative), "initiative.co-financing.rate-missing", Severity.ERROR,
          "coFinancing[1].rateToBudgetCurrency",
          "The co-financing brought by afd is in XOF while the budget is in EUR, and no exchange rate is stated",
          "Le cofinancement apporté par afd est en XOF alors que le budget est en EUR, et aucun taux de change "
              + "n'est indiqué");
    }

    @Test
    void namesAFunderOfThePortfolio() {
      Initiative initiative = kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("1000", "USD"))).build();
      assertThat(run(rule, initiative)).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
          .startsWith("The co-financing brought by CCFD-Terre Solidaire is in USD"));
    }

    @Test
    void isSilentWithARateTheSameCurrencyOrNoBudget() {
      assertThat(run(rule, kpomasse().budget(Money.of("10000", "EUR"))
          .addCoFinancing(CoFinancing.builder().funder(UNLISTED).amount(Money.of("3000000", "XOF"))
              .rateToBudgetCurrency(new BigDecimal("0.001524")).build())
          .addCoFinancing(CoFinancing.of(CCFD, Money.of("6000", "EUR")))
          .build())).isEmpty();
      assertThat(run(rule, kpomasse().addCoFinancing(CoFinancing.of(UNLISTED, Money.of("3000000", "XOF"))).build()))
          .isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Indicators (IATI 2018)

  private static Indicator employeesTrained() {
    return Indicator.builder()
        .name("Employees trained in bottling")
        .measure(IndicatorMeasure.NUMBER)
        .unit("employees")
        .baseline(IndicatorValue.ofNumber(0).withDate(LocalDate.of(2022, 1, 15)))
        .addTarget(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 12, 31)))
        .addMeasurement(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 11, 30)))
        .build();
  }

  private static ResultsFramework framework(Indicator indicator) {
    return ResultsFramework.builder()
        .overallObjective(OverallObjective.of("Local tomato preserves reach the market"))
        .addSpecificObjective(SpecificObjective.builder()
            .statement("The production unit makes preserves of certified quality")
            .addExpectedResult(ExpectedResult.builder()
                .statement("Employees are trained in bottling")
                .addIndicator(Indicator.builder().name("Training report").measure(IndicatorMeasure.QUALITATIVE).build())
                .addIndicator(indicator)
                .build())
            .build())
        .build();
  }

  private static final String TRAINED = "resultsFramework.specificObjectives[0].expectedResults[0].indicators[1]";

  private static Initiative inImplementation(Indicator indicator) {
    return kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10))).resultsFramework(framework(indicator))
        .build();
  }

  @Nested
  class BaselineMissing {
    private final Rule<Initiative> rule = InitiativeRules.BASELINE_MISSING;

    @Test
    void firesOnAQuantitativeIndicatorWithoutBaselineInImplementation() {
      Indicator noBaseline = Indicator.builder().from(employeesTrained()).baseline(Optional.empty()).build();
      assertSingle(run(rule, inImplementation(noBaseline)), "initiative.indicator.baseline-missing", Severity.WARNING,
          TRAINED + ".baseline",
          "The quantitative indicator “Employees trained in bottling” has no baseline figure, and the initiative is "
              + "in implementation",
          "L'indicateur quantitatif « Employees trained in bottling » n'a pas de valeur de référence chiffrée, et "
              + "l'initiative est en mise en œuvre");
    }

    @Test
    void isSilentWithABaselineOrBeforeImplementation() {
      assertThat(run(rule, inImplementation(employeesTrained()))).isEmpty();
      Indicator noBaseline = Indicator.builder().from(employeesTrained()).baseline(Optional.empty()).build();
      assertThat(run(rule, kpomasse().resultsFramework(framework(noBaseline))
          .cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2021, 9, 1), Stage.DESIGN, LocalDate.of(2021, 11, 2)))
          .build())).isEmpty();
    }
  }

  @Nested
  class TargetMissing {
    private final Rule<Initiative> rule = InitiativeRules.TARGET_MISSING;

    @Test
    void firesOnAQuantitativeIndicatorWithoutTargetInImplementation() {
      Indicator noTarget = Indicator.builder().from(employeesTrained()).targets(List.of()).build();
      assertSingle(run(rule, inImplementation(noTarget)), "initiative.indicator.target-missing", Severity.WARNING,
          TRAINED + ".targets",
          "The quantitative indicator “Employees trained in bottling” has no target figure, and the initiative is "
              + "in implementation",
          "L'indicateur quantitatif « Employees trained in bottling » n'a pas de cible chiffrée, et l'initiative "
              + "est en mise en œuvre");
    }

    @Test
    void isSilentWithATargetOrBeforeImplementation() {
      assertThat(run(rule, inImplementation(employeesTrained()))).isEmpty();
      Indicator noTarget = Indicator.builder().from(employeesTrained()).targets(List.of()).build();
      assertThat(run(rule, kpomasse().resultsFramework(framework(noTarget)).build())).isEmpty();
    }
  }

  @Nested
  class MeasurementOutsidePeriod {
    private final Rule<Initiative> rule = InitiativeRules.MEASUREMENT_OUTSIDE_PERIOD;

    private Initiative measuredOn(LocalDate date, Period period) {
      Indicator indicator = Indicator.builder().from(employeesTrained())
          .addMeasurement(IndicatorValue.ofNumber(17).withDate(date))
          .addMeasurement(IndicatorValue.ofNumber(18))
          .build();
      return kpomasse().period(period).resultsFramework(framework(indicator)).build();
    }

    private final Period year2022 = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    @Test
    void firesTheDayAfterTheEnd() {
      assertSingle(run(rule, measuredOn(LocalDate.of(2023, 1, 1), year2022)),
          "initiative.indicator.measurement-outside-period", Severity.WARNING, TRAINED + ".measurements[1].date",
          "A value of “Employees trained in bottling” measured on January 1, 2023 falls outside the initiative's period (January 1, 2022 – December 31, 2022)",
          "Une valeur de « Employees trained in bottling » mesurée le 1 janvier 2023 tombe hors de la période de l'initiative (1 janvier 2022 – 31 décembre 2022)");
    }

    @Test
    void firesTheDayBeforeTheStartOfAnOpenEndedPeriod() {
      Period fromStart = Period.builder().start(LocalDate.of(2022, 1, 1)).build();
      assertThat(run(rule, measuredOn(LocalDate.of(2021, 12, 31), fromStart))).singleElement()
          .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).endsWith("(January 1, 2022 – …)"));
    }

    @Test
    void isSilentOnTheLastDayOrWithoutAPeriod() {
      assertThat(run(rule, measuredOn(LocalDate.of(2022, 12, 31), year2022))).isEmpty();
      assertThat(run(rule, measuredOn(LocalDate.of(2022, 1, 1), year2022))).isEmpty();
      assertThat(run(rule, measuredOn(LocalDate.of(2030, 1, 1), Period.unknown()))).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A real case

  /**
   * CAAC 2015–2018, "Des paniers paysans de Comasagua au jardin solidaire de Montauban" (Fonda 2020):
   * partners of different natures, in Montauban and Comasagua. The whole family finds only that it
   * names no SDG, which the CAAC phase from 2019 asks for.
   */
  @Test
  void comasaguaMontaubanOnlyLacksAnSdg() {
    OrganisationId spf = OrganisationId.of("secours-populaire-82");
    OrganisationId canasta = OrganisationId.of("canasta-campesina");
    OrganisationId families = OrganisationId.of("comasagua-farming-families");
    OrganisationId uls = OrganisationId.of("universidad-luterana-salvadorena");
    OrganisationId capou = OrganisationId.of("lycee-agricole-capou");
    OrganisationId cfsi = OrganisationId.of("cfsi");
    Initiative initiative = Initiative.builder()
        .id(InitiativeId.of("caac-comasagua-montauban"))
        .title("Des paniers paysans de Comasagua au jardin solidaire de Montauban")
        .programme(ProgrammeId.of("caac"))
        .addParticipant(Participant.of(spf, ParticipantRole.HOLDER))
        .addParticipant(Participant.of(canasta, ParticipantRole.LOCAL_PARTNER))
        .addParticipant(Participant.of(families, ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(uls, ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(capou, ParticipantRole.ASSOCIATE))
        .addParticipant(Participant.of(cfsi, ParticipantRole.FUNDER, ParticipantRole.SUPPORTING_ORGANISATION))
        .territoryToTerritory(true)
        .addTerritory(Territory.of(CountryCode.FRANCE, TerritoryLevel.MUNICIPALITY, "Montauban"))
        .addTerritory(Territory.of(CountryCode.of("SV"), TerritoryLevel.MUNICIPALITY, "Comasagua"))
        .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
        .build();
    List<Organisation> organisations = List.of(
        organisation(spf, "Secours populaire français, fédération du Tarn-et-Garonne", OrganisationNature.ASSOCIATION,
            "FR"),
        organisation(canasta, "Canasta Campesina", OrganisationNature.COOPERATIVE, "SV"),
        organisation(families, "Familles paysannes de Comasagua", OrganisationNature.COMMUNITY_GROUP, "SV"),
        organisation(uls, "Universidad Luterana Salvadoreña", OrganisationNature.UNIVERSITY, "SV"),
        organisation(capou, "Lycée agricole de Capou", OrganisationNature.SCHOOL, "FR"),
        organisation(cfsi, "Comité français pour la solidarité internationale", OrganisationNature.NETWORK, "FR"));
    Profile all = Profile.builder("all")
        .addAll(new RuleSet("initiative", InitiativeRules.all())).build();

    List<Finding> findings = run(all, initiative, organisations);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("initiative.sdg.missing");
      assertThat(f.subject()).isEqualTo(new SubjectRef("initiative", "caac-comasagua-montauban"));
      assertThat(f.message(Locale.FRENCH)).isEqualTo("« Des paniers paysans de Comasagua au jardin solidaire de "
          + "Montauban » n'indique aucun objectif de développement durable");
    });
  }

  @Nested
  class ResultsFrameworkMissing {
    private final Rule<Initiative> rule = InitiativeRules.RESULTS_FRAMEWORK_MISSING;

    @Test
    void firesPastDesignWithoutAFramework() {
      assertSingle(run(rule, kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10))).build()),
          "initiative.results-framework.missing", Severity.WARNING, "resultsFramework",
          "“Local tomato preserves in Kpomassé” has reached “Implementation” without a results framework",
          "« Local tomato preserves in Kpomassé » a atteint l'étape « Mise en œuvre » sans cadre logique");
      Initiative suspendedInInstruction = kpomasse().cycle(ProjectCycle.of(List.of(
          StageEntry.of(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10)),
          StageEntry.of(Stage.DESIGN, LocalDate.of(2020, 3, 1)),
          StageEntry.of(Stage.INSTRUCTION, LocalDate.of(2020, 4, 1)),
          StageEntry.of(Stage.SUSPENDED, LocalDate.of(2020, 5, 1), "Committee postponed")))).build();
      assertThat(run(rule, suspendedInInstruction)).extracting(Finding::path).containsExactly("resultsFramework");
    }

    @Test
    void isSilentInDesignOrWithAFramework() {
      assertThat(run(rule, kpomasse().cycle(cycle(Stage.IDENTIFICATION, LocalDate.of(2020, 1, 10),
          Stage.DESIGN, LocalDate.of(2020, 3, 1))).build())).isEmpty();
      assertThat(run(rule, kpomasse().build())).isEmpty();
      ResultsFramework framework = ResultsFramework.builder()
          .overallObjective(OverallObjective.of("Local tomato preserves sold all year round")).build();
      assertThat(run(rule, kpomasse().cycle(inImplementationSince(LocalDate.of(2022, 1, 10)))
          .resultsFramework(framework).build())).isEmpty();
    }
  }
}

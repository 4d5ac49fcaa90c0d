package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.funding.TransactionKind;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.AssessmentId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ParameterSetting;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.validation.ModelValidator;

/**
 * Programmes name the profile that judges their elements: each element is judged by its
 * programme's profile, the rest by the default one, and each finding says which profile judged it.
 */
class ProgrammeProfilesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);

  /** Reports every element it sees, naming the value of its parameter: which profile ran shows. */
  private static final Parameter<Integer> MARK = Parameter.ofInt("mark", 0, "A mark", "Une marque");

  private static <S> Rule<S> seen(Subject<S> subject) {
    return Rule.of(RuleInfo.builder(subject, "test." + subject.code() + ".seen")
            .title("Seen", "Vu").explanation("Reports every element.", "Signale chaque élément.")
            .message("mark {mark}", "marque {mark}").parameter(MARK).build(),
        (element, context, findings) -> findings.report("", "mark", context.parameter(MARK)));
  }

  private static Profile.Builder seeing(String name) {
    Profile.Builder profile = Profile.builder(name);
    Subject.all().forEach(subject -> profile.add(seen(subject)));
    return profile;
  }

  private static final ProgrammeProfiles PROFILES = ProgrammeProfiles.builtIn()
      .withDefault(seeing("fallback").build())
      .with(seeing("acme").build());

  private static Programme programme(String id, ProfileSettings settings) {
    Programme.Builder programme = Programme.builder().id(ProgrammeId.of(id)).name(id.toUpperCase(Locale.ROOT));
    return settings == null ? programme.build() : programme.profile(settings).build();
  }

  /** One element of each kind under programme "p1", and some outside any programme. */
  private static Portfolio portfolio(Programme... programmes) {
    ProgrammeId p1 = ProgrammeId.of("p1");
    Initiative inP1 = Initiative.builder().id(InitiativeId.of("in-p1")).title("In P1").programme(p1).build();
    Initiative alone = Initiative.builder().id(InitiativeId.of("alone")).title("Alone").build();
    Partnership partnership = Partnership.builder().id(PartnershipId.of("rel")).supportingOrganisation(
        OrganisationId.of("a")).partner(OrganisationId.of("b")).addProgrammes(ProgrammeId.of("unbound"), p1).build();
    FundingAgreement agreement = FundingAgreement.builder().id(AgreementId.of("agr")).title("Agreement")
        .addInitiatives(InitiativeId.of("alone"), InitiativeId.of("in-p1")).build();
    return Portfolio.builder()
        .addOrganisations(Organisation.builder().id(OrganisationId.of("a")).name("A").build())
        .addProgrammes(programmes)
        .addPartnerships(partnership)
        .addInitiatives(inP1, alone)
        .addMissions(VolunteerMission.builder().id(MissionId.of("m-p1")).title("M").programme(p1).build(),
            VolunteerMission.builder().id(MissionId.of("m-alone")).title("M").initiative(InitiativeId.of("in-p1")).build())
        .addAssessments(ReciprocityAssessment.builder().id(AssessmentId.of("barometer")).partnership(partnership.id())
            .criteriaSet(CriteriaSets.standard()).build())
        .addAgreements(agreement)
        .addTransactions(Transaction.builder().id(TransactionId.of("t-agr")).kind(TransactionKind.DISBURSEMENT)
                .agreement(agreement.id()).build(),
            Transaction.builder().id(TransactionId.of("t-init")).kind(TransactionKind.DISBURSEMENT)
                .initiative(InitiativeId.of("in-p1")).build(),
            Transaction.builder().id(TransactionId.of("t-none")).kind(TransactionKind.DISBURSEMENT).build())
        .build();
  }

  private static List<String> judged(RuleReport report) {
    return report.findings().stream()
        .map(f -> f.subject().kind() + " " + f.subject().id() + " " + f.profile() + " " + f.message(Locale.ENGLISH))
        .toList();
  }

  @Test
  void eachElementIsJudgedByItsProgrammesProfileTheRestByTheDefault() {
    Programme p1 = programme("p1", ProfileSettings.builder().name("acme").set("test.initiative.seen", "mark", 7).build());
    RuleReport report = RulesEngine.byProgramme(PROFILES, CLOCK).evaluate(portfolio(p1, programme("unbound", null)));
    assertThat(judged(report)).containsExactly(
        "organisation a fallback mark 0",
        "programme p1 acme@p1 mark 0",
        "programme unbound fallback mark 0",
        "partnership rel acme@p1 mark 0",
        "initiative alone fallback mark 0",
        "initiative in-p1 acme@p1 mark 7",
        "mission m-alone fallback mark 0",
        "mission m-p1 acme@p1 mark 0",
        "assessment barometer acme@p1 mark 0",
        "agreement agr acme@p1 mark 0",
        "transaction t-agr acme@p1 mark 0",
        "transaction t-init acme@p1 mark 0",
        "transaction t-none fallback mark 0");
    assertThat(report.profile()).isEqualTo("fallback");
    assertThat(report.profiles()).containsExactly("fallback", "acme@p1");
    assertThat(report.rulesRun()).hasSize(Subject.all().size());
  }

  @Test
  void aForcedProfileJudgesEveryElementWhateverItsProgramme() {
    Programme p1 = programme("p1", ProfileSettings.of("acme"));
    RuleReport report = RulesEngine.of(seeing("forced").build(), CLOCK).evaluate(portfolio(p1));
    assertThat(report.findings()).hasSize(12).allMatch(f -> f.profile().equals("forced"));
    assertThat(report.profiles()).containsExactly("forced");
    assertThat(RulesEngine.of(Profiles.caac(), CLOCK).isByProgramme()).isFalse();
    assertThat(RulesEngine.byProgramme(CLOCK).isByProgramme()).isTrue();
    assertThat(RulesEngine.byProgramme(CLOCK).profile()).isEqualTo(Profiles.standard());
  }

  @Test
  void aProgrammeThatChangesNothingSharesTheNamedProfile() {
    Programme p1 = programme("p1", ProfileSettings.of("acme"));
    Programme p2 = programme("p2", ProfileSettings.of("acme"));
    assertThat(PROFILES.profileOf(p1)).isSameAs(PROFILES.named("acme").orElseThrow());
    RuleReport report = RulesEngine.byProgramme(PROFILES, CLOCK).evaluate(portfolio(p1, p2));
    assertThat(report.profiles()).containsExactly("fallback", "acme");
    assertThat(PROFILES.profileOf(programme("p3", null))).isSameAs(PROFILES.defaultProfile());
  }

  @Test
  void aProgrammeChangesParametersAndSwitchesRulesForItselfAlone() {
    Programme caac = programme("caac-2024", ProfileSettings.builder().name("caac")
        .set("initiative.follow-up.overdue", "months", 3)
        .addParameters(ParameterSetting.of("assessment.gap.too-wide", "levels", new BigDecimal("1.5")))
        .addDisabledRules("partnership.relation.recent")
        .addEnabledRules("initiative.results-framework.missing")
        .build());
    Profile profile = ProgrammeProfiles.builtIn().profileOf(caac);
    assertThat(profile.name()).isEqualTo("caac@caac-2024");
    Rule<?> followUp = profile.rule("initiative.follow-up.overdue").orElseThrow();
    assertThat(profile.parameter(followUp.info().id(), followUp.info().parameter("months").orElseThrow())).isEqualTo(3);
    Rule<?> gap = profile.rule("assessment.gap.too-wide").orElseThrow();
    assertThat(profile.parameter(gap.info().id(), gap.info().parameter("levels").orElseThrow()))
        .isEqualTo(new BigDecimal("1.5"));
    assertThat(profile.isEnabled("partnership.relation.recent")).isFalse();
    assertThat(profile.isEnabled("initiative.results-framework.missing")).isTrue();
    assertThat(Profiles.caac().isEnabled("partnership.relation.recent")).isTrue();
    assertThat(ModelValidator.create().validate(caac).violations()).isEmpty();
  }

  @Test
  void settingsThatCannotApplyAreAnErrorFindingOnTheProgramme() {
    Programme unknownProfile = programme("p1", ProfileSettings.of("nobody"));
    assertThatThrownBy(() -> PROFILES.profileOf(unknownProfile)).isInstanceOfSatisfying(
        RuleConfigurationException.class, e -> {
          assertThat(e.code()).isEqualTo("rules.profile.unknown");
          assertThat(e.getMessage()).isEqualTo("No profile is named 'nobody': known are fallback, default, caac, explor, acme");
        });
    RuleReport report = RulesEngine.byProgramme(PROFILES, CLOCK).evaluate(portfolio(unknownProfile));
    assertThat(report.of(RulesEngine.PROFILE_INVALID)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo(new SubjectRef("programme", "p1"));
      assertThat(f.path()).isEqualTo("profile");
      assertThat(f.profile()).isEqualTo("fallback");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The programme's profile settings cannot be applied, so its"
          + " elements are judged by the profile fallback: No profile is named 'nobody': known are fallback, default,"
          + " caac, explor, acme");
      assertThat(f.message(Locale.FRENCH)).startsWith("Les réglages de profil du dispositif ne peuvent s'appliquer,")
          .endsWith("Aucun profil ne s'appelle 'nobody' : sont connus fallback, default, caac, explor, acme");
    });
    assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("in-p1")).extracting(Finding::profile)
        .containsExactly("fallback");
    // The same problem found by another run is the same finding: reports compare by value.
    assertThat(RulesEngine.byProgramme(PROFILES, CLOCK).evaluate(portfolio(unknownProfile))).isEqualTo(report);

    Programme wrongParameter = programme("p1", ProfileSettings.builder().name("acme")
        .set("test.initiative.seen", "months", 3).build());
    RuleReport wrong = RulesEngine.byProgramme(PROFILES, CLOCK).evaluate(portfolio(wrongParameter));
    assertThat(wrong.of(RulesEngine.PROFILE_INVALID)).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
        "The programme's profile settings cannot be applied, so its elements are judged by the profile acme: The rule"
            + " 'test.initiative.seen' has no parameter 'months'");
    assertThat(wrong.findings()).filteredOn(f -> f.subject().id().equals("in-p1")).extracting(Finding::profile)
        .containsExactly("acme");
    assertThatThrownBy(() -> PROFILES.profileOf(programme("p1", ProfileSettings.builder().name("acme")
        .set("test.initiative.seen", "mark", new BigDecimal("2.5")).build())))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.parameter.type"));
    assertThatThrownBy(() -> PROFILES.profileOf(programme("p1", ProfileSettings.builder().name("acme")
        .addEnabledRules("acme.unknown").build())))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.unknown"));
  }

  @Test
  void draftSettingsAreReportedByValidation() {
    Programme draft = programme("p1", ProfileSettings.builder()
        .addParameters(ParameterSetting.builder().rule(" ").parameter("").value(BigDecimal.ONE).build())
        .addDisabledRules("").build());
    assertThat(ModelValidator.create().validate(draft).violations()).extracting(v -> v.path(), v -> v.code())
        .containsExactlyInAnyOrder(tuple("profile.name", "value.blank"),
            tuple("profile.parameters[0].rule", "value.blank"), tuple("profile.parameters[0].parameter", "value.blank"),
            tuple("profile.disabledRules[0]", "value.blank"));
    assertThat(ParameterSetting.of("r.x", "p", new BigDecimal("3.50")).value()).isEqualTo(new BigDecimal("3.5"));
  }

  @Test
  void theBuiltInProfilesAreKnownByName() {
    assertThat(ProgrammeProfiles.builtIn().all()).containsExactly(Profiles.standard(), Profiles.caac(), Profiles.explor());
    assertThat(ProgrammeProfiles.builtIn().defaultProfile()).isSameAs(Profiles.standard());
    assertThat(ProgrammeProfiles.builtIn().named("explor")).contains(Profiles.explor());
    Profile tuned = Profiles.caac().toBuilder().set("initiative.follow-up.overdue", "months", 3).build();
    assertThat(ProgrammeProfiles.builtIn().with(tuned).named("caac")).containsSame(tuned);
    assertThat(ProgrammeProfiles.builtIn().with(Profiles.standard().toBuilder().build()).defaultProfile().name())
        .isEqualTo("default");
    assertThat(ProgrammeProfiles.builtIn().toString()).isEqualTo("ProgrammeProfiles [default, caac, explor], default default");
  }

  @Test
  void reportsOnAnyNumberOfThreadsAreTheSame() {
    Programme p1 = programme("p1", ProfileSettings.builder().name("acme").set("test.initiative.seen", "mark", 7).build());
    RulesEngine engine = RulesEngine.byProgramme(PROFILES, CLOCK);
    Portfolio portfolio = portfolio(p1);
    assertThat(engine.evaluate(portfolio, Runnable::run, 4)).isEqualTo(engine.evaluate(portfolio));
    assertThat(LocalDate.now(CLOCK)).isEqualTo(engine.evaluate(portfolio).asOf());
  }
}

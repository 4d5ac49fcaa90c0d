package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;

class RulesEngineTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneOffset.UTC);

  /** The README's custom rule: an initiative without a summary. */
  static final Rule<Initiative> SUMMARY_MISSING = Rule.of(
      RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.summary-missing")
          .title("Initiative without a summary", "Initiative sans résumé")
          .explanation("Committees read the summary first.", "Les comités lisent d'abord le résumé.")
          .message("{title} has no summary", "{title} n'a pas de résumé")
          .build(),
      (initiative, context, findings) -> {
        if (initiative.summary().isEmpty()) {
          findings.report("summary", "title", initiative.title());
        }
      });

  static final Parameter<Integer> MAX_LENGTH = Parameter.ofInt("maxLength", 20, "Longest title", "Titre le plus long");

  static final Rule<Initiative> TITLE_TOO_LONG = Rule.of(
      RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.title-too-long")
          .severity(Severity.INFO)
          .title("Long title", "Titre long")
          .explanation("Short titles read better.", "Les titres courts se lisent mieux.")
          .message("The title has {length} characters, more than {max}", "Le titre a {length} caractères, plus de {max}")
          .parameter(MAX_LENGTH)
          .build(),
      (initiative, context, findings) -> {
        int max = context.parameter(MAX_LENGTH);
        if (initiative.title().length() > max) {
          findings.report("title", "length", initiative.title().length(), "max", max);
        }
      });

  static final Rule<Organisation> ALWAYS_FAILS = Rule.of(
      RuleInfo.builder(Subject.ORGANISATION, "acme.organisation.broken")
          .severity(Severity.INFO)
          .title("Broken", "Cassée").explanation("A rule with a bug.", "Une règle boguée.")
          .message("never", "jamais").build(),
      (organisation, context, findings) -> {
        throw new IllegalStateException("bug in " + organisation.id());
      });

  private static Portfolio portfolio() {
    return Portfolio.builder()
        .addOrganisations(Organisation.builder().id(OrganisationId.of("ahpa")).name("AHPA").build())
        .addInitiatives(
            Initiative.builder().id(InitiativeId.of("b-kpomasse")).title("Conserves de tomates à Kpomassé").build(),
            Initiative.builder().id(InitiativeId.of("a-laos")).title("Confitures").summary("Commerce équitable").build())
        .build();
  }

  @Test
  void aFindingQuotesAtMostAHundredAndSixtyCharactersOfAHostileTitle() {
    String title = "X".repeat(1_000_000);
    Portfolio portfolio = Portfolio.builder()
        .addInitiatives(Initiative.builder().id(InitiativeId.of("hostile")).title(title).build())
        .build();
    RuleReport report = RulesEngine.of(Profiles.caac(), CLOCK).evaluate(portfolio);
    assertThat(report.of("initiative.sdg.missing")).singleElement().satisfies(finding -> {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
        assertThat(finding.message(locale))
            .hasSizeLessThan(300)
            .contains("X".repeat(Finding.MAX_QUOTED_LENGTH) + "…")
            .doesNotContain("X".repeat(Finding.MAX_QUOTED_LENGTH + 1));
      }
      assertThat(finding.toString()).hasSizeLessThan(500);
      assertThat(finding.arguments().get("title")).isEqualTo(title); // the value itself stays whole
    });
  }

  @Test
  void aCustomRuleWrittenAsALambdaReportsFindingsWithTheirValues() {
    RuleReport report = RulesEngine.of(Profile.builder("acme").add(SUMMARY_MISSING).build(), CLOCK).evaluate(portfolio());
    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.ruleId()).isEqualTo("acme.initiative.summary-missing");
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.subject()).isEqualTo(new SubjectRef("initiative", "b-kpomasse"));
      assertThat(finding.path()).isEqualTo("summary");
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Conserves de tomates à Kpomassé has no summary");
      assertThat(finding.message(Locale.FRENCH)).isEqualTo("Conserves de tomates à Kpomassé n'a pas de résumé");
    });
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(report.rulesRun()).containsExactly("acme.initiative.summary-missing");
    assertThat(report.profile()).isEqualTo("acme");
  }

  @Test
  void aRuleThatThrowsBecomesAnErrorFindingAndTheOthersStillRun() {
    Profile profile = Profile.builder("acme").add(ALWAYS_FAILS).add(SUMMARY_MISSING).build();
    RuleReport report = RulesEngine.of(profile, CLOCK).evaluate(portfolio());
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactly(RulesEngine.RULE_FAILED, "acme.initiative.summary-missing");
    Finding failure = report.findings().get(0);
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
    assertThat(failure.subject()).isEqualTo(new SubjectRef("organisation", "ahpa"));
    assertThat(failure.message(Locale.ENGLISH)).isEqualTo(
        "The rule acme.organisation.broken failed on this element and was stopped: "
            + "java.lang.IllegalStateException: bug in ahpa");
    assertThat(report.rulesRun()).containsExactly("acme.organisation.broken", "acme.initiative.summary-missing");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.countsBySeverity()).containsEntry(Severity.ERROR, 1L).containsEntry(Severity.WARNING, 1L)
        .containsEntry(Severity.INFO, 0L);
  }

  @Test
  void findingsAreOrderedBySubjectKindThenIdThenSeverityThenRule() {
    Profile profile = Profile.builder("acme").add(TITLE_TOO_LONG).add(SUMMARY_MISSING).add(ALWAYS_FAILS).build();
    List<Finding> findings = RulesEngine.of(profile, CLOCK).evaluate(portfolio()).findings();
    assertThat(findings).extracting(f -> f.subject() + " " + f.ruleId()).containsExactly(
        "organisation ahpa rules.rule-failed",
        "initiative b-kpomasse acme.initiative.summary-missing",
        "initiative b-kpomasse acme.initiative.title-too-long");
  }

  @Test
  void aProfileSetsParametersAndDisablesRulesWithoutTouchingTheRules() {
    Profile base = Profile.builder("base").add(TITLE_TOO_LONG).add(SUMMARY_MISSING).build();
    assertThat(RulesEngine.of(base, CLOCK).evaluate(portfolio()).of("acme.initiative.title-too-long"))
        .extracting(f -> f.message(Locale.ENGLISH))
        .containsExactly("The title has 31 characters, more than 20");

    Profile lenient = base.toBuilder().name("lenient").set("acme.initiative.title-too-long", "maxLength", 31L)
        .disable("acme.initiative.summary-missing").build();
    RuleReport report = RulesEngine.of(lenient, CLOCK).evaluate(portfolio());
    assertThat(report.findings()).isEmpty();
    assertThat(report.rulesRun()).containsExactly("acme.initiative.title-too-long");
    assertThat(lenient.parameter("acme.initiative.title-too-long", MAX_LENGTH)).isEqualTo(31);
    assertThat(base.parameter("acme.initiative.title-too-long", MAX_LENGTH)).isEqualTo(20);

    Profile boundary = base.toBuilder().set("acme.initiative.title-too-long", "maxLength", 30).build();
    assertThat(RulesEngine.of(boundary, CLOCK).evaluate(portfolio()).of("acme.initiative.title-too-long")).hasSize(1);
  }

  @Test
  void aFindingsLocationIsItsSubjectThenItsPathWhenItHasOne() {
    Label message = new Label("m", "m");
    SubjectRef subject = new SubjectRef("partnership", "spf82-canasta");
    assertThat(new Finding("r.x", Severity.INFO, subject, "", Map.of(), message, "default").location())
        .isEqualTo("partnership spf82-canasta");
    assertThat(new Finding("r.x", Severity.INFO, subject, "assessments[0]", Map.of(), message, "default").location())
        .isEqualTo("partnership spf82-canasta assessments[0]");
  }

  @Test
  void configurationMistakesAreReportedWithStableCodes() {
    assertThatThrownBy(() -> Profile.builder("x").add(TITLE_TOO_LONG).set("acme.initiative.title-too-long", "maxLength", "long").build())
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
          assertThat(e.code()).isEqualTo("rules.parameter.type");
          assertThat(e.getMessage(Locale.FRENCH)).contains("maxLength");
        });
    assertThatThrownBy(() -> Profile.builder("x").add(TITLE_TOO_LONG).set("acme.initiative.title-too-long", "minLength", 3).build())
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.parameter.unknown"));
    assertThatThrownBy(() -> Profile.builder("x").disable("no.such-rule").build())
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.unknown"));
    assertThatThrownBy(() -> Profile.builder("x").add(TITLE_TOO_LONG).add(TITLE_TOO_LONG))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.duplicate"));
    assertThatThrownBy(() -> RuleInfo.builder(Subject.INITIATIVE, "Not An Id"))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.invalid-id"));
    assertThatThrownBy(() -> Profile.builder("x").replace(SUMMARY_MISSING))
        .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.code()).isEqualTo("rules.rule.unknown"));
  }

  @Test
  void timeComesFromTheEnginesClock() {
    Rule<Initiative> today = Rule.of(
        RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.today").title("t", "t").explanation("e", "e")
            .message("{today}", "{today}").build(),
        (initiative, context, findings) -> findings.report("", "today", context.today()));
    RuleReport report = RulesEngine.of(Profile.builder("t").add(today).build(), CLOCK).evaluate(portfolio());
    assertThat(report.findings()).extracting(f -> f.message(Locale.ENGLISH)).containsOnly("June 30, 2024");
  }

  @Test
  void theCatalogueIsRenderedFromTheRulesMetadata() {
    Profile profile = Profile.builder("acme").add(TITLE_TOO_LONG).add(SUMMARY_MISSING)
        .disable("acme.initiative.summary-missing").set("acme.initiative.title-too-long", "maxLength", 40).build();
    String md = RuleCatalogue.markdown("Rules", List.of(profile), profile.rules());
    assertThat(md)
        .contains("| [`acme.initiative.title-too-long`](#acmeinitiativetitle-too-long) | info | initiative | `maxLength` = 20 | ✓ `maxLength` = 40 |")
        .contains("| [`acme.initiative.summary-missing`](#acmeinitiativesummary-missing) | warning | initiative |  | |")
        .contains("- Parameter `maxLength` (Integer, default 20; acme: 40): Longest title / Titre le plus long")
        .contains("| message | {title} has no summary | {title} n'a pas de résumé |");
    assertThat(RuleCatalogue.explain(TITLE_TOO_LONG.info(), Locale.FRENCH))
        .startsWith("Titre long\nacme.initiative.title-too-long — Information, Initiative\n")
        .contains("maxLength = 20 — Titre le plus long");
  }
}

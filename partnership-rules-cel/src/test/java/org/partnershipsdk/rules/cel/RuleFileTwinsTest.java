package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.BuiltInRules;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.Seeds;

/**
 * The file rules of the shipped example {@code funder-twins.rules.yaml} give exactly the findings
 * of their Java twins, the built-in rules with the same ids: same element, path, severity and
 * message in English, French and Spanish, over the testkit's generated portfolios (many seeds, several days
 * of the run, every built-in profile's parameters), their {@linkplain Drafts drafts} with optional
 * parts left out, and the real cases.
 */
class RuleFileTwinsTest {
  static final Path TWINS = Path.of("..", "partnership-examples", "src", "main", "resources", "examples", "rules",
      "funder-twins.rules.yaml");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2021, 3, 15), LocalDate.of(2024, 6, 30),
      LocalDate.of(2026, 6, 30));

  private static RuleFile twins;
  private static final Map<String, Integer> FIRED = new TreeMap<>();

  @BeforeAll
  static void load() {
    twins = RuleFiles.load(TWINS);
  }

  @Test
  void theExampleHasAtLeastTenTwinsOfBuiltInRules() {
    assertThat(twins.rules()).hasSizeGreaterThanOrEqualTo(10);
    for (Rule<?> rule : twins.rules()) {
      Rule<?> java = BuiltInRules.byId(rule.info().id()).orElseThrow();
      assertThat(rule.info().severity()).as(rule.info().id()).isEqualTo(java.info().severity());
      assertThat(rule.info().subject()).as(rule.info().id()).isEqualTo(java.info().subject());
      assertThat(rule.info().message()).as(rule.info().id()).isEqualTo(java.info().message());
      assertThat(rule.info().title()).as(rule.info().id()).isEqualTo(java.info().title());
      assertThat(rule.info().reference()).as(rule.info().id()).isEqualTo(java.info().reference());
      assertThat(rule.info().parameters()).as(rule.info().id()).isEqualTo(java.info().parameters());
    }
  }

  @TestFactory
  Stream<DynamicTest> eachFileRuleGivesTheFindingsOfItsJavaTwin() {
    return Seeds.list(120).stream().map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Portfolio generated = Generators.portfolios().generate(GenContext.of(seed));
      for (Portfolio portfolio : List.of(generated, Drafts.of(generated, seed))) {
        for (LocalDate day : DAYS) {
          for (Profile profile : Profiles.all()) {
            assertSameFindings(portfolio, profile, day);
          }
        }
      }
    }));
  }

  @Test
  void theRealCasesGiveTheSameFindingsWithTheTwins() {
    for (Profile profile : Profiles.all()) {
      assertSameFindings(RealCases.portfolio(), profile, RealCases.asOf());
    }
  }

  /** A relation known by its year only (« depuis 2005 ») is recent while that year is, at sinceYear, "in 2023". */
  @Test
  void aRelationKnownByItsYearOnlyGivesTheSameFindingAsItsJavaTwin() {
    Partnership byYear = Partnership.builder().id(PartnershipId.of("by-year"))
        .supportingOrganisation(OrganisationId.of("spf")).partner(OrganisationId.of("comasagua"))
        .sinceYear(Year.of(2023)).build();
    Portfolio portfolio = Portfolio.builder().addPartnerships(byYear, byYear.withId(PartnershipId.of("by-day"))
        .withSinceYear(Optional.empty()).withSince(LocalDate.of(2023, 3, 1))).build();
    Profile recent = Profiles.standard().toBuilder().enable("partnership.relation.recent").build();
    for (LocalDate day : List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2025, 1, 1))) {
      assertSameFindings(portfolio, recent, day);
    }
    List<Finding> found = evaluate(withTwins(recent), portfolio, LocalDate.of(2024, 6, 30)).stream()
        .filter(f -> f.ruleId().equals("partnership.relation.recent")).toList();
    assertThat(found).extracting(Finding::path).containsExactly("since", "sinceYear");
    assertThat(found).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
        "The relation began on March 1, 2023, less than 2 years ago: trust takes time to build",
        "The relation began in 2023, less than 2 years ago: trust takes time to build");
    assertThat(found.get(1).message(SPANISH)).startsWith("La relación empezó en 2023, hace menos de 2 años");
  }

  /** A test that cannot fail proves nothing: every twin must have reported something over the seeds. */
  @Test
  void everyTwinFiresOnTheGeneratedPortfolios() {
    Map<String, Integer> fired = new TreeMap<>();
    for (long seed : Seeds.list(120)) {
      Portfolio generated = Generators.portfolios().generate(GenContext.of(seed));
      for (Portfolio portfolio : List.of(generated, Drafts.of(generated, seed))) {
        for (LocalDate day : DAYS) {
          for (Finding finding : evaluate(withTwins(Profiles.standard()).toBuilder()
              .enable("initiative.sdg.missing").enable("partnership.relation.recent").build(), portfolio, day)) {
            fired.merge(finding.ruleId(), 1, Integer::sum);
          }
        }
      }
    }
    for (Rule<?> rule : twins.rules()) {
      assertThat(fired.getOrDefault(rule.info().id(), 0)).as("findings of %s over the seeds", rule.info().id())
          .isPositive();
    }
  }

  private static void assertSameFindings(Portfolio portfolio, Profile profile, LocalDate day) {
    List<String> ids = twins.rules().stream().map(r -> r.info().id()).toList();
    List<String> java = shown(evaluate(profile, portfolio, day), ids);
    List<String> file = shown(evaluate(withTwins(profile), portfolio, day), ids);
    assertThat(file).as("profile %s on %s", profile.name(), day).isEqualTo(java);
  }

  /** The profile with each Java rule replaced by its file twin, nothing else changed. */
  private static Profile withTwins(Profile profile) {
    Profile.Builder builder = profile.toBuilder();
    twins.rules().forEach(builder::replace);
    return builder.build();
  }

  private static List<Finding> evaluate(Profile profile, Portfolio portfolio, LocalDate day) {
    Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    return RulesEngine.of(profile, clock).evaluate(portfolio).findings();
  }

  private static List<String> shown(List<Finding> findings, List<String> ids) {
    List<String> shown = new ArrayList<>();
    for (Finding f : findings) {
      if (ids.contains(f.ruleId()) || f.ruleId().equals(RulesEngine.RULE_FAILED)) {
        shown.add(f.ruleId() + " " + f.severity().code() + " " + f.subject() + " @" + f.path() + " | "
            + f.message(Locale.ENGLISH) + " | " + f.message(Locale.FRENCH) + " | " + f.message(SPANISH));
      }
    }
    return shown;
  }
}

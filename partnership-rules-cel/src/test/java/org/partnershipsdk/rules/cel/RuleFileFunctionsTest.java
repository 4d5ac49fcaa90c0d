package org.partnershipsdk.rules.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.testkit.RealCases;

/** The documented functions give the values their reference promises, on the real cases. */
class RuleFileFunctionsTest {

  private static List<Finding> run(String subject, String when, Map<String, String> arguments, Portfolio portfolio) {
    String text = """
        format: partnership-rules/1
        rules:
          - id: acme.%s.probe
            subject: %s
            title: {en: Probe, fr: Sonde}
            explanation: {en: A probe., fr: Une sonde.}
            message: {en: found, fr: trouvé}
            when: '%s'
        %s
        """.formatted(subject, subject, when.replace("'", "''"), arguments.isEmpty() ? "" : "    arguments:\n"
            + arguments.entrySet().stream()
                .map(a -> "          " + a.getKey() + ": '" + a.getValue().replace("'", "''") + "'")
                .collect(Collectors.joining("\n")));
    RuleFile file = RuleFiles.read("probe.yaml", text);
    return RulesEngine.of(file.applyTo(Profile.builder("probe").build()), RealCases.clock()).evaluate(portfolio)
        .findings();
  }

  @Test
  void monthsBetweenCountsWholeMonthsAndAddYearsAndEarlierGiveDays() {
    FundingAgreement agreement = RealCases.comasaguaAgreement();
    LocalDate signed = agreement.signedOn().orElseThrow();
    List<Finding> findings = run("agreement", "has(agreement.signedOn)", Map.of(
        "sinceSigned", "monthsBetween(agreement.signedOn, today)",
        "endOfJanuaryToApril", "monthsBetween(date(\"2024-01-31\"), date(\"2024-04-30\"))",
        "backwards", "monthsBetween(date(\"2024-04-15\"), date(\"2024-01-15\"))",
        "tenYearsOn", "addYears(agreement.signedOn, 10)",
        "leapDayNextYear", "addYears(date(\"2024-02-29\"), 1)",
        "first", "earlier(today, agreement.signedOn)",
        "same", "earlier(date(\"2024-03-01\"), date(\"2024-03-01\"))"), RealCases.portfolio());
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.arguments()).containsExactlyInAnyOrderEntriesOf(
        Map.of("sinceSigned", ChronoUnit.MONTHS.between(signed, RealCases.asOf()),
            "endOfJanuaryToApril", 2L, // April has no 31st: two whole months
            "backwards", -3L,
            "tenYearsOn", signed.plusYears(10),
            "leapDayNextYear", LocalDate.of(2025, 2, 28),
            "first", signed,
            "same", LocalDate.of(2024, 3, 1))));
    assertThat(ChronoUnit.MONTHS.between(signed, RealCases.asOf())).as("a test that counts something").isPositive();
  }

  @Test
  void organisationGivesThePartnersRecordAndFailsWhereThePortfolioDoesNotHaveIt() {
    Portfolio portfolio = RealCases.portfolio();
    List<Finding> findings = run("partnership", "hasOrganisation(partnership.partner)", Map.of(
        "name", "organisation(partnership.partner).name",
        "inFrance", "organisation(partnership.partner).inFrance"), portfolio);
    List<Partnership> known = portfolio.partnerships().stream()
        .filter(p -> RealCases.organisation(p.partner()).isPresent()).toList();
    assertThat(known).isNotEmpty();
    assertThat(findings).extracting(f -> f.subject().id(), f -> f.arguments().get("name"),
            f -> f.arguments().get("inFrance"))
        .containsExactlyInAnyOrderElementsOf(known.stream().map(p -> {
          Organisation partner = RealCases.organisation(p.partner()).orElseThrow();
          return tuple(p.id().value(), partner.name(), partner.isInFrance());
        }).toList());

    Partnership first = portfolio.partnerships().get(0);
    Portfolio unknownPartner = portfolio.withPartnerships(first.withPartner(OrganisationId.of("nobody")));
    List<Finding> failed = run("partnership", "organisation(partnership.partner).name != \"\"", Map.of(),
        unknownPartner);
    assertThat(failed).filteredOn(f -> f.ruleId().equals(RulesEngine.RULE_FAILED)).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH)).contains("acme.partnership.probe (when)")
            .contains("nobody"));
  }

  @Test
  void assessmentsOfGivesAPartnershipsAssessmentsOldestFirst() {
    Portfolio portfolio = RealCases.portfolio();
    List<Finding> findings = run("partnership", "assessmentsOf(partnership).size() > 0", Map.of(
        "assessments", "assessmentsOf(partnership).map(a, a.id)",
        "sides", "assessmentsOf(partnership).map(a, a.respondingSides.size())"), portfolio);
    Map<String, List<ReciprocityAssessment>> byPartnership = portfolio.assessments().stream()
        .sorted(Comparator.comparing(a -> a.date().orElse(LocalDate.MAX)))
        .collect(Collectors.groupingBy(a -> a.partnership().value(), Collectors.toList()));
    assertThat(byPartnership.values()).as("a partnership assessed twice shows the order").anyMatch(a -> a.size() > 1);
    assertThat(findings).extracting(f -> f.subject().id(), f -> f.arguments().get("assessments"),
            f -> f.arguments().get("sides"))
        .containsExactlyInAnyOrderElementsOf(byPartnership.entrySet().stream().map(e -> tuple(e.getKey(),
            e.getValue().stream().map(a -> a.id().value()).toList(),
            e.getValue().stream().map(a -> (long) a.respondingSides().size()).toList())).toList());
  }
}

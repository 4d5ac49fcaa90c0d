package org.partnershipsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;

/**
 * What a hostile value can make of a report: its size is bounded (the first violations, and a count
 * of the others), and so is every message, whatever the length of the text it quotes.
 */
class ValidationReportLimitsTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  @Test
  void aReportListsTheFirstThousandViolationsAndCountsTheOthers() {
    Portfolio portfolio = unknownReferences(2_500);

    ValidationReport report = VALIDATOR.validate(portfolio);

    assertThat(report.violations()).hasSize(ModelValidator.DEFAULT_VIOLATION_LIMIT)
        .allSatisfy(v -> assertThat(v.code()).isEqualTo("portfolio.reference.unknown"));
    assertThat(report.omitted()).isEqualTo(1_500);
    assertThat(report.total()).isEqualTo(2_500);
    assertThat(report.isValid()).isFalse();
    List<Violation> all = VALIDATOR.withViolationLimit(Integer.MAX_VALUE).validate(portfolio).violations();
    assertThat(all).hasSize(2_500);
    assertThat(report.violations()).as("the first ones in the report's order").isEqualTo(all.subList(0, 1_000));
  }

  /**
   * Hibernate Validator, the engine chosen by {@code -Dpartnership.validation.engine=hibernate} or by
   * a {@code validation.xml}, reports the limit and the count too. 20,000 unknown references took
   * 155 s when its violations of one object collided in its hash set; they now take well under a
   * second, so that this test finishes at all (no timed assertion: JMH measures speed).
   */
  @Test
  void hibernateValidatorListsTheFirstThousandOfTwentyThousandUnknownReferencesAndCountsTheOthers() {
    ModelValidator hibernate;
    synchronized (System.class) {
      String before = System.getProperty(ModelValidator.ENGINE_PROPERTY);
      System.setProperty(ModelValidator.ENGINE_PROPERTY, "hibernate");
      try {
        hibernate = ModelValidator.create();
      } finally {
        if (before == null) {
          System.clearProperty(ModelValidator.ENGINE_PROPERTY);
        } else {
          System.setProperty(ModelValidator.ENGINE_PROPERTY, before);
        }
      }
    }
    Portfolio portfolio = unknownReferences(20_000);

    ValidationReport report = hibernate.validate(portfolio);

    assertThat(report.violations()).hasSize(ModelValidator.DEFAULT_VIOLATION_LIMIT)
        .allSatisfy(v -> assertThat(v.code()).isEqualTo("portfolio.reference.unknown"));
    assertThat(report.omitted()).isEqualTo(19_000);
    assertThat(report.describe(Locale.ENGLISH)).contains("19,000");
    List<Violation> all = hibernate.withViolationLimit(Integer.MAX_VALUE).validate(portfolio).violations();
    assertThat(all).as("every violation, none lost in a collision").hasSize(20_000).doesNotHaveDuplicates();
    assertThat(report.violations()).isEqualTo(all.subList(0, 1_000));
  }

  @Test
  void theLastLineOfADescriptionSaysHowManyAreNotListed() {
    ValidationReport report = VALIDATOR.withViolationLimit(2).validate(unknownReferences(5));

    assertThat(report.describe(Locale.ENGLISH).lines().toList()).hasSize(3).last()
        .isEqualTo("… and 3 more violations, not listed");
    assertThat(report.omittedMessage(Locale.FRENCH)).isEqualTo("… et 3 autres violations, non listées");
    assertThat(VALIDATOR.withViolationLimit(5).validate(unknownReferences(5)).describe(Locale.ENGLISH))
        .doesNotContain("not listed");
  }

  @Test
  void theLimitIsAtLeastOne() {
    assertThatThrownBy(() -> VALIDATOR.withViolationLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThat(VALIDATOR.withViolationLimit(7).violationLimit()).isEqualTo(7);
    assertThat(VALIDATOR.violationLimit()).isEqualTo(1_000);
  }

  @Test
  void aMessageQuotesAtMostSixtyFourCharactersOfAnyText() {
    String huge = "X".repeat(100_000);
    Organisation organisation = Organisation.builder().id(OrganisationId.of("o")).name("O")
        .country(CountryCode.of(huge))
        .addTerritory(Territory.of(CountryCode.of("FR"), TerritoryLevel.MUNICIPALITY, "Montauban"))
        .build();

    List<Violation> violations = VALIDATOR.validate(organisation).violations();

    assertThat(violations).extracting(Violation::code).contains("organisation.territory.other-country");
    for (Violation violation : violations) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
        assertThat(violation.message(locale)).hasSizeLessThan(400).doesNotContain("X".repeat(65));
      }
      assertThat(violation.arguments().values()).as("the arguments themselves are whole")
          .noneMatch(a -> a.toString().endsWith("…"));
    }
    assertThat(violations.stream().map(v -> v.message(Locale.ENGLISH)))
        .anyMatch(m -> m.contains("X".repeat(64) + "…"));
  }

  private static Portfolio unknownReferences(int count) {
    Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of("hostile")).title("Hostile");
    for (int i = 0; i < count; i++) {
      initiative.addParticipants(Participant.of(OrganisationId.of(String.format("unknown-%05d", i)),
          ParticipantRole.ASSOCIATE));
    }
    return Portfolio.builder().addInitiatives(initiative.build()).build();
  }
}

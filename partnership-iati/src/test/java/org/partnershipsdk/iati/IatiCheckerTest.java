package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.rules.Severity;

/** The two IATI example files of the reference data, checked as the IATI Validator checks them. */
class IatiCheckerTest {
  static final IatiChecker CHECKER = IatiChecker.standard()
      .withClock(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void theNgoInitiativeExamplePassesEveryRule() {
    IatiReport report = CHECKER.check(example("ngo-initiative-activity.xml"));
    assertThat(report.activities()).isEqualTo(1);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void theMinimalExampleIsValidAgainstTheSchemaButLacksASectorAndARecipient() {
    IatiReport report = CHECKER.check(example("minimal-activity.xml"));
    assertThat(report.withRule(IatiFinding.SCHEMA)).isEmpty();
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(IatiFinding::ruleId).containsExactlyInAnyOrder("6.2.2", "3.7.1");
    IatiFinding sector = report.withRule("6.2.2").get(0);
    assertThat(sector.xpath()).isEqualTo("/iati-activities/iati-activity[1]");
    assertThat(sector.message(Locale.ENGLISH)).startsWith("Each activity must have a specified sector");
    assertThat(sector.message(Locale.FRENCH)).startsWith("Chaque activité doit déclarer un secteur");
  }

  static byte[] example(String name) {
    try (InputStream in = IatiCheckerTest.class.getResourceAsStream("/iati/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

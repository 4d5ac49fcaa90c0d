package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to what the rules' own metadata renders. After changing a rule,
 * run {@code ./mvnw -pl partnership-core test -Dtest=RuleCatalogueTest -Dpartnership.updateDocs=true}
 * and commit the regenerated file.
 */
class RuleCatalogueTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "rules.md");

  @Test
  void theCatalogueInTheDocsIsGeneratedFromTheRules() throws IOException {
    String rendered = RuleCatalogue.markdown("Built-in rules", Profiles.all(), BuiltInRules.all());
    if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(CATALOGUE)) {
      Files.writeString(CATALOGUE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: regenerate it with -Dpartnership.updateDocs=true")
        .isEqualTo(rendered);
  }

  @Test
  void everyBuiltInRuleHasAUniqueIdTextsInBothLanguagesAndASource() {
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : BuiltInRules.all()) {
      RuleInfo<?> info = rule.info();
      assertThat(ids.add(info.id())).as("unique id %s", info.id()).isTrue();
      assertThat(info.title().en()).as(info.id()).isNotBlank().isNotEqualTo(info.title().fr());
      assertThat(info.message().fr()).as(info.id()).isNotBlank();
      assertThat(info.reference()).as(info.id()).hasValueSatisfying(r -> assertThat(r).matches("(seeds? 00[0-4]|common funder requirement).*"));
      assertThat(BuiltInRules.byId(info.id())).contains(rule);
    }
    assertThat(ids).hasSizeGreaterThan(30);
  }

  @Test
  void theProfilesPickTheirRulesAndParameters() {
    assertThat(Profiles.byName("caac")).contains(Profiles.caac());
    assertThat(Profiles.standard().isEnabled("initiative.sdg.missing")).isFalse();
    assertThat(Profiles.caac().isEnabled("initiative.sdg.missing")).isTrue();
    assertThat(Profiles.explor().isEnabled("assessment.gap.too-wide")).isFalse();
    assertThat(Profiles.caac().isEnabled("mission.duration.out-of-bounds")).isFalse();
    Rule<?> duration = BuiltInRules.byId("mission.duration.out-of-bounds").orElseThrow();
    Parameter<?> maxDays = duration.info().parameter("maxDays").orElseThrow();
    assertThat(Profiles.explor().parameter(duration.info().id(), maxDays)).isEqualTo(21);
    assertThat(Profiles.standard().parameter(duration.info().id(), maxDays)).isEqualTo(30);
  }
}

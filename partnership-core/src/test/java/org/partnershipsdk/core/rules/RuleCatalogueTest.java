package org.partnershipsdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to what the rules' own metadata renders. After changing a rule,
 * run {@code ./mvnw -pl partnership-core test -Dtest=RuleCatalogueTest -Dpartnership.updateDocs=true}
 * and commit the regenerated file.
 */
class RuleCatalogueTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "rules.md");
  private static final Path SOURCES = Path.of("..", "docs", "sources.md");
  /** The page on rule files, beside docs/rules.md. */
  private static final String RULE_FILES = "rule-files.md";
  /** A rule's source: one or more {@code [KEY]} of docs/sources.md, then what the document says. */
  private static final String CITED = "(\\[[^\\]]+] )+\\S.*";
  private static final Pattern CITATION = Pattern.compile("\\[([^\\]]+)]");
  private static final Pattern LEADING_KEYS = Pattern.compile("^((?:\\[[^\\]]+] )+)");

  /** The README names every code a {@link RuleConfigurationException} can carry: one per constant. */
  @Test
  void theReadmeListsEveryRuleConfigurationCode() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Set<String> codes = new HashSet<>();
    for (Field field : RuleConfigurationException.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    assertThat(codes).as("the constants of RuleConfigurationException").hasSizeGreaterThanOrEqualTo(7);
    for (String code : codes) {
      assertThat(readme).as("README.md names the configuration code %s", code).contains("`" + code + "`");
    }
  }

  @Test
  void theCatalogueInTheDocsIsGeneratedFromTheRules() throws IOException {
    String rendered = withRuleFiles(linkCitations(RuleCatalogue.markdown("Built-in rules", Profiles.all(),
        BuiltInRules.all())));
    assertThat(CATALOGUE.resolveSibling(RULE_FILES)).as("the page the catalogue links").exists();
    if (Boolean.getBoolean("partnership.updateDocs") || !Files.exists(CATALOGUE)) {
      Files.writeString(CATALOGUE, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: regenerate it with -Dpartnership.updateDocs=true")
        .isEqualTo(rendered);
  }

  /**
   * The catalogue lists the rules written in Java; the issue that asked for rule files wanted
   * docs/rules.md to lead to them, so the paragraph after the title points to their format.
   */
  private static String withRuleFiles(String catalogue) {
    String marker = "do not edit by hand. -->\n\n";
    int at = catalogue.indexOf(marker) + marker.length();
    assertThat(at).as("the catalogue's header").isGreaterThan(marker.length());
    return catalogue.substring(0, at)
        + "These are the rules shipped with the SDK, written in Java. Rules and profiles can also be written as\n"
        + "files, in YAML or JSON with their conditions in CEL, by people who do not write Java: see\n"
        + "[" + RULE_FILES + "](" + RULE_FILES + ") for the format, the variables and functions expressions can use,\n"
        + "and examples. `partnership-cli check --rules FILE` runs them beside these, and\n"
        + "`partnership-cli rules --validate FILE` checks a file.\n\n"
        + catalogue.substring(at);
  }

  @Test
  void everyBuiltInRuleHasAUniqueIdTextsInBothLanguagesAndASource() {
    Set<String> ids = new HashSet<>();
    for (Rule<?> rule : BuiltInRules.all()) {
      RuleInfo<?> info = rule.info();
      assertThat(ids.add(info.id())).as("unique id %s", info.id()).isTrue();
      assertThat(info.title().en()).as(info.id()).isNotBlank().isNotEqualTo(info.title().fr());
      assertThat(info.message().fr()).as(info.id()).isNotBlank();
      assertThat(info.reference()).as(info.id()).hasValueSatisfying(r -> assertThat(r).matches(CITED));
      assertThat(BuiltInRules.byId(info.id())).contains(rule);
    }
    assertThat(ids).hasSizeGreaterThan(30);
  }

  @Test
  void everyRuleCitesADocumentOfTheBibliography() throws IOException {
    String sources = Files.readString(SOURCES, StandardCharsets.UTF_8);
    for (Rule<?> rule : BuiltInRules.all()) {
      Matcher keys = LEADING_KEYS.matcher(rule.info().reference().orElseThrow());
      assertThat(keys.find()).as("%s starts with [KEY]", rule.info().id()).isTrue();
      Matcher key = CITATION.matcher(keys.group(1));
      while (key.find()) {
        assertThat(sources).as("%s cites [%s]", rule.info().id(), key.group(1))
            .contains("<a id=\"" + anchor(key.group(1)) + "\"></a>\n### **" + key.group(1) + "**");
      }
    }
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

  @Test
  void aParameterIsReadByTheRuleIdAndItsName() {
    assertThat((int) Profiles.explor().parameter("mission.duration.out-of-bounds", "maxDays")).isEqualTo(21);
    assertThat(Profiles.standard().parameter("mission.return.report-missing", "graceDays")).isEqualTo(30);
    assertThat(Profiles.caac().parameter("mission.return.report-missing", "graceDays")).isEqualTo(0);
    assertThat(catchThrowableOfType(() -> Profiles.caac().parameter("mission.duration.out-of-bound", "maxDays"),
        RuleConfigurationException.class).code()).isEqualTo(RuleConfigurationException.UNKNOWN_RULE);
    RuleConfigurationException unknown = catchThrowableOfType(
        () -> Profiles.caac().parameter("mission.duration.out-of-bounds", "max"), RuleConfigurationException.class);
    assertThat(unknown.code()).isEqualTo(RuleConfigurationException.UNKNOWN_PARAMETER);
    assertThat(unknown.getMessage()).isEqualTo("The rule 'mission.duration.out-of-bounds' has no parameter 'max'");
    assertThat(unknown.getMessage(java.util.Locale.forLanguageTag("es")))
        .isEqualTo("La regla 'mission.duration.out-of-bounds' no tiene el parámetro 'max'");
  }

  @Test
  void theSummaryTableGivesTheValuesEachProfileSets() throws IOException {
    String catalogue = Files.readString(CATALOGUE, StandardCharsets.UTF_8);
    assertThat(catalogue).contains(
        "| [`mission.duration.out-of-bounds`](#missiondurationout-of-bounds) | warning | mission | "
            + "`minDays` = 1, `maxDays` = 30 | ✓ | | ✓ `minDays` = 5, `maxDays` = 21 |",
        "| [`assessment.gap.too-wide`](#assessmentgaptoo-wide) | warning | assessment | `levels` = 1 "
            + "| ✓ | ✓ | |");
  }

  /** docs/rules.md links each cited key ({@code - Source: [CCFD 2011] ...}) to docs/sources.md. */
  private static String linkCitations(String markdown) {
    StringBuilder out = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("- Source: ")) {
        Matcher key = LEADING_KEYS.matcher(line.substring(10));
        if (key.find()) {
          String keys = CITATION.matcher(key.group(1)).replaceAll(
              m -> "[" + m.group(1) + "](sources.md#" + anchor(m.group(1)) + ")");
          line = "- Source: " + keys.strip() + ": " + line.substring(10 + key.end());
        }
      }
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /** The anchor docs/sources.md gives a key: {@code CCFD n.d.} is {@code ccfd-n-d}. */
  private static String anchor(String key) {
    return key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}

package org.partnershipsdk.iati.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipsdk.iati.IatiFinding;
import org.w3c.dom.Document;

/**
 * Each rule type of the IATI ruleset specification (SPEC.rst, JS edition), read as the specification
 * describes it: for every type, an activity that passes a case and one that fails it, at the place
 * the failure is reported. Then the specification's own rule example, read from SPEC.rst.
 */
class EvaluatorSpecTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  private static final String ACTIVITY = "/iati-activities/iati-activity[1]";
  private static final String ID = "t.1";

  /**
   * @param type the rule type
   * @param parameters the case's keys, as JSON members (the rule info is added)
   * @param passes an activity the case passes
   * @param fails an activity the case fails
   * @param xpath where the failure is reported
   */
  record Fixture(String type, String parameters, String passes, String fails, String xpath) {
    @Override
    public String toString() {
      return type + " " + parameters;
    }
  }

  static Stream<Fixture> fixtures() {
    return Stream.of(
        new Fixture("atleast_one", "\"paths\": [\"sector\"]",
            "<sector code='1'/>", "<title/>", ACTIVITY),
        new Fixture("no_more_than_one", "\"paths\": [\"sector\"]",
            "<sector code='1'/>", "<sector code='1'/><sector code='2'/>", ACTIVITY),
        new Fixture("only_one_of", "\"excluded\": [\"transaction/sector\"], \"paths\": [\"sector\"]",
            "<sector code='1'/>", "<sector code='1'/><transaction><sector code='1'/></transaction>", ACTIVITY),
        new Fixture("only_one_of", "\"excluded\": [\"transaction/sector\"], \"paths\": [\"sector\"]",
            "<transaction><sector code='1'/></transaction>", "<title/>", ACTIVITY),
        new Fixture("only_one_of", "\"excluded\": [\"transaction/sector\"], \"paths\": [\"sector\"]",
            "<sector code='1'/>", "<sector code='1'/><sector code='2'/>", ACTIVITY),
        new Fixture("one_or_all", "\"one\": \"@default-currency\", \"all\": \"currency\"",
            "<budget><value currency='EUR'>1</value></budget>", "<budget><value>1</value></budget>", ACTIVITY),
        new Fixture("dependent", "\"paths\": [\"budget\", \"planned-disbursement\"]",
            "<title/>", "<budget/>", ACTIVITY),
        new Fixture("dependent", "\"paths\": [\"budget\", \"planned-disbursement\"]",
            "<budget/><planned-disbursement/>", "<planned-disbursement/>", ACTIVITY),
        new Fixture("sum", "\"paths\": [\"sector/@percentage\"], \"sum\": 100",
            "<sector percentage='33.33'/><sector percentage='33.33'/><sector percentage='33.34'/>",
            "<sector percentage='50'/><sector percentage='40'/>", ACTIVITY),
        new Fixture("sum", "\"paths\": [\"sector/@percentage\"], \"sum\": 100",
            "<title/>", "<sector percentage='100'/><sector percentage='a third'/>", ACTIVITY),
        new Fixture("strict_sum", "\"paths\": [\"sector/@percentage\"], \"sum\": 100",
            "<sector percentage='60.5'/><sector percentage='39.5'/>", "<sector percentage='100.01'/>", ACTIVITY),
        new Fixture("date_order", "\"less\": \"activity-date[@type='1']/@iso-date\", "
            + "\"more\": \"activity-date[@type='3']/@iso-date\"",
            "<activity-date type='1' iso-date='2023-01-01'/><activity-date type='3' iso-date='2023-01-01'/>",
            "<activity-date type='1' iso-date='2023-01-02'/><activity-date type='3' iso-date='2023-01-01'/>", ACTIVITY),
        new Fixture("date_order", "\"less\": \"activity-date[@type='1']/@iso-date\", "
            + "\"more\": \"activity-date[@type='3']/@iso-date\"",
            "<activity-date type='1' iso-date='2099-01-02'/>",
            "<activity-date type='1' iso-date='2023-01-02T10:00:00'/><activity-date type='3' iso-date='2023-01-01Z'/>",
            ACTIVITY),
        new Fixture("date_order", "\"less\": \"transaction/transaction-date/@iso-date\", \"more\": \"NOW\"",
            "<transaction><transaction-date iso-date='2024-06-01'/></transaction>",
            "<transaction><transaction-date iso-date='2024-06-02'/></transaction>", ACTIVITY),
        new Fixture("date_now", "\"date\": \"@last-updated-datetime\"",
            "@last-updated-datetime='2024-06-01T23:59:59Z'", "@last-updated-datetime='2024-06-02T00:00:00Z'", ACTIVITY),
        new Fixture("time_limit", "\"start\": \"budget/period-start/@iso-date\", \"end\": \"budget/period-end/@iso-date\"",
            "<budget><period-start iso-date='2023-01-01'/><period-end iso-date='2023-12-31'/></budget>",
            "<budget><period-start iso-date='2023-01-01'/><period-end iso-date='2024-01-02'/></budget>", ACTIVITY),
        new Fixture("between_dates", "\"date\": \"budget/value/@value-date\", "
            + "\"start\": \"budget/period-start/@iso-date\", \"end\": \"budget/period-end/@iso-date\"",
            "<budget><period-start iso-date='2023-01-01'/><period-end iso-date='2023-12-31'/>"
                + "<value value-date='2023-12-31'>1</value></budget>",
            "<budget><period-start iso-date='2023-01-01'/><period-end iso-date='2023-12-31'/>"
                + "<value value-date='2024-01-01'>1</value></budget>", ACTIVITY),
        new Fixture("between_dates", "\"date\": \"budget/value/@value-date\", "
            + "\"start\": \"budget/period-start/@iso-date\", \"end\": \"budget/period-end/@iso-date\"",
            "<budget><period-start iso-date='2023-01-01'/><value value-date='2025-01-01'>1</value></budget>",
            "<budget><period-start iso-date='2023-01-01'/><period-end iso-date='2023-12-31'/>"
                + "<value value-date='2022-12-31'>1</value></budget>", ACTIVITY),
        new Fixture("regex_matches", "\"paths\": [\"iati-identifier\"], \"regex\": \"^[^\\\\/\\\\&\\\\|\\\\?]+$\"",
            "<iati-identifier>XI-ORG-1</iati-identifier>", "<iati-identifier>XI-ORG/1</iati-identifier>",
            ACTIVITY + "/iati-identifier[1]"),
        new Fixture("regex_no_matches", "\"paths\": [\"iati-identifier\", \"other-identifier/@ref\"], \"regex\": \"[/&|?]\"",
            "<iati-identifier>XI-ORG-1</iati-identifier><other-identifier ref='A-1'/>",
            "<iati-identifier>XI-ORG-1</iati-identifier><other-identifier ref='A?1'/>",
            ACTIVITY + "/other-identifier[1]/@ref"),
        new Fixture("startswith", "\"paths\": [\"iati-identifier\"], \"prefix\": [\"reporting-org/@ref\"], \"separator\": \"-\"",
            "<reporting-org ref='XI-ORG'/><iati-identifier>XI-ORG-1</iati-identifier>",
            "<reporting-org ref='XI-ORG'/><iati-identifier>XI-ORG1</iati-identifier>", ACTIVITY + "/iati-identifier[1]"),
        new Fixture("unique", "\"paths\": [\"reporting-org/@ref\", \"iati-identifier\"]",
            "<reporting-org ref='XI-ORG'/><iati-identifier>XI-ORG-1</iati-identifier>",
            "<reporting-org ref='XI-ORG'/><iati-identifier>XI-ORG</iati-identifier>", ACTIVITY),
        new Fixture("if_then", "\"if\": \"count(recipient-country) > 1\", \"then\": \"count(recipient-country[@percentage]) = count(recipient-country)\"",
            "<recipient-country code='BJ'/>",
            "<recipient-country code='BJ' percentage='50'/><recipient-country code='TG'/>", ACTIVITY),
        new Fixture("loop", "\"foreach\": \"sector/@vocabulary\", \"subs\": [\"paths\"], \"do\": {\"strict_sum\": {\"cases\": [{"
            + "\"paths\": [\"sector[@vocabulary = '$1']/@percentage\"], \"sum\": 100, " + info() + "}]}}",
            "<sector vocabulary='1' percentage='50'/><sector vocabulary='1' percentage='50'/><sector vocabulary='99' percentage='100'/>",
            "<sector vocabulary='1' percentage='100'/><sector vocabulary='99' percentage='60'/>", ACTIVITY),
        new Fixture("no_spaces", "\"paths\": [\"iati-identifier\"]",
            "<iati-identifier>XI-ORG-1</iati-identifier>", "<iati-identifier>XI-ORG-1\n</iati-identifier>",
            ACTIVITY + "/iati-identifier[1]"),
        new Fixture("range", "\"paths\": [\"sector/@percentage\"], \"min\": 0.0, \"max\": 100.0",
            "<sector percentage='0'/><sector percentage='100.0'/>", "<sector percentage='10'/><sector percentage='100.5'/>",
            ACTIVITY + "/sector[2]/@percentage"),
        new Fixture("range", "\"paths\": [\"sector/@percentage\"], \"min\": 0.0, \"max\": 100.0",
            "<title/>", "<sector percentage='-1'/>", ACTIVITY + "/sector[1]/@percentage"));
  }

  @Test
  void everyRuleTypeOfTheSpecificationHasItsFixtures() {
    Set<String> covered = fixtures().map(Fixture::type).collect(Collectors.toCollection(TreeSet::new));
    assertThat(covered)
        .containsExactlyInAnyOrderElementsOf(Ruleset.TYPES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachRuleTypePassesAndFailsAsTheSpecificationSays(Fixture fixture) {
    Ruleset ruleset = Ruleset.of(json(rule(fixture.type(), fixture.parameters(), !fixture.type().equals("loop"))));

    assertThat(findings(ruleset, fixture.passes())).as("passes").isEmpty();
    assertThat(findings(ruleset, fixture.fails())).as("fails").singleElement()
        .satisfies(f -> assertThat(f.xpath()).isEqualTo(fixture.xpath()));
  }

  @Test
  void aCaseWhoseConditionIsFalseIsSkipped() {
    Ruleset ruleset = Ruleset.of(json(rule("atleast_one", "\"condition\": \"@humanitarian = '1'\", \"paths\": [\"sector\"]", true)));

    assertThat(findings(ruleset, "<title/>")).isEmpty();
    assertThat(findings(ruleset, "@humanitarian='1'")).hasSize(1);
  }

  @Test
  void camelCaseRuleNamesAreTheSnakeCaseOnes() {
    Ruleset ruleset = Ruleset.of(json(rule("noMoreThanOne", "\"paths\": [\"sector\"]", true)));

    assertThat(ruleset.contexts().get(0).cases().get(0).type()).isEqualTo("no_more_than_one");
    assertThat(findings(ruleset, "<sector code='1'/><sector code='2'/>")).hasSize(1);
  }

  @Test
  void aRuleTypeTheSpecificationDoesNotDefineIsRefusedNotSkipped() {
    assertThatThrownBy(() -> Ruleset.of(json(rule("at_least_two", "\"paths\": [\"sector\"]", true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'at_least_two'").hasMessageContaining("/iati-activities/iati-activity");
    String inLoop = "\"foreach\": \"sector/@vocabulary\", \"do\": {\"sums_to\": {\"cases\": [{" + info() + "}]}}";
    assertThatThrownBy(() -> Ruleset.of(json(rule("loop", inLoop, false))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sums_to'");
  }

  /** SPEC.rst's "Rule Example": an atleast_one case (6.11.1) and a range case (12.2.1) on one context. */
  @Test
  void theSpecificationsOwnRuleExample() throws IOException {
    String spec = Files.readString(IatiReference.file("rulesets/SPEC.rst"), StandardCharsets.UTF_8);
    String example = spec.substring(spec.indexOf("Rule Example"));
    example = example.substring(example.indexOf('{'), example.indexOf("Here we have"));
    Ruleset ruleset = Ruleset.of(json(example));

    assertThat(ruleset.contexts()).singleElement().satisfies(c -> assertThat(c.cases())
        .extracting(Ruleset.Case::type).containsExactly("atleast_one", "range"));
    assertThat(findings(ruleset, "<iati-identifier>XI-ORG-1</iati-identifier><capital-spend percentage='100.0'/>"))
        .isEmpty();
    assertThat(findings(ruleset, "<capital-spend percentage='0'/>")).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("6.11.1");
      assertThat(f.xpath()).isEqualTo(ACTIVITY);
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The activity must have a planned start date or an actual start date.");
      assertThat(f.message(Locale.FRENCH)).startsWith("L'activité doit");
    });
    assertThat(findings(ruleset, "<iati-identifier>XI-ORG-1</iati-identifier><capital-spend percentage='100.1'/>"))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("12.2.1");
          assertThat(f.xpath()).isEqualTo(ACTIVITY + "/capital-spend[1]/@percentage");
          assertThat(f.category()).isEqualTo("financial");
        });
  }

  private static String info() {
    return "\"ruleInfo\": {\"id\": \"" + ID + "\", \"severity\": \"error\", \"category\": \"test\", \"message\": \"fails\"}";
  }

  private static String rule(String type, String parameters, boolean withInfo) {
    return "{\"/iati-activities/iati-activity\": {\"" + type + "\": {\"cases\": [{" + parameters
        + (withInfo ? ", " + info() : "") + "}]}}}";
  }

  private static ByteArrayInputStream json(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param activity the activity's content, or, starting with {@code @}, its attributes
   * @return the case findings (codelist findings left aside)
   */
  static List<IatiFinding> findings(Ruleset ruleset, String activity) {
    String xml = activity.startsWith("@")
        ? "<iati-activities><iati-activity " + activity.substring(1) + "/></iati-activities>"
        : "<iati-activities><iati-activity>" + activity + "</iati-activity></iati-activities>";
    List<IatiFinding> findings = new Evaluator(ruleset, Codelists.shipped(), TODAY).evaluate(parse(xml), 1);
    return findings.stream().filter(f -> !f.ruleId().equals(IatiFinding.CODELIST)).toList();
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException(xml, e);
    }
  }
}

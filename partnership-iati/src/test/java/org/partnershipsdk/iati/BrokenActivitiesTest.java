package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershipsdk.core.rules.Severity;

/**
 * The reference data's NGO example, which passes every rule, broken one way at a time: each break
 * gives the finding of the rule (or schema, or codelist) it breaks, with its id, severity and place,
 * and nothing else of error level. Every rule type of the ruleset specification that the standard
 * ruleset uses has a case here.
 */
class BrokenActivitiesTest {
  private static final String EXAMPLE = new String(IatiCheckerTest.example("ngo-initiative-activity.xml"),
      StandardCharsets.UTF_8);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      atleast_one: no sector               | 6.2.2   | error   | /iati-activities/iati-activity[1]                 | <sector vocabulary="1" code="32161" percentage="100"/>=>$<sector vocabulary="7" code="2" percentage="100"/>=>
      time_limit: budget over a year       | 7.5.3   | error   | /iati-activities/iati-activity[1]/budget[1]       | <period-end iso-date="2023-12-31"/>=><period-end iso-date="2024-06-30"/>
      date_order: start after end          | 11.1.2  | error   | /iati-activities/iati-activity[1]                 | <activity-date type="3" iso-date="2023-02-13"/>=><activity-date type="3" iso-date="2023-01-13"/>
      date_now: updated in the future      | 11.1.1  | error   | /iati-activities/iati-activity[1]                 | last-updated-datetime="2024-01-15T10:00:00Z" xml:lang=>last-updated-datetime="2027-01-15T10:00:00Z" xml:lang
      date_order with NOW: future payment  | 11.2.1  | error   | /iati-activities/iati-activity[1]                 | <transaction-date iso-date="2023-01-20"/>=><transaction-date iso-date="2027-01-20"/>
      regex_matches: slash in identifier   | 1.3.13  | warning | /iati-activities/iati-activity[1]/iati-identifier[1] | EXPLOR-2023-KPOMASSE<=>EXPLOR/2023/KPOMASSE<
      range: sector over 100 percent       | 12.3.1  | error   | /iati-activities/iati-activity[1]/sector[1]/@percentage | code="32161" percentage="100"=>code="32161" percentage="150"
      strict_sum: countries not 100        | 3.1.2   | error   | /iati-activities/iati-activity[1]                 | <recipient-country code="BJ" percentage="100"/>=><recipient-country code="BJ" percentage="60"/><recipient-country code="TG" percentage="30"/>
      if_then: country without percentage  | 3.1.1   | error   | /iati-activities/iati-activity[1]                 | <recipient-country code="BJ" percentage="100"/>=><recipient-country code="BJ" percentage="100"/><recipient-country code="TG"/>
      loop with strict_sum: regions        | 3.4.2   | error   | /iati-activities/iati-activity[1]                 | <recipient-country code="BJ" percentage="100"/>=><recipient-region code="289" vocabulary="1" percentage="50"/><recipient-region code="298" vocabulary="1" percentage="30"/>
      unique: identifier is the org's      | 1.1.3   | error   | /iati-activities/iati-activity[1]                 | <iati-identifier>XI-IATI-EXAMPLE-NGO-EXPLOR-2023-KPOMASSE</iati-identifier>=><iati-identifier>XI-IATI-EXAMPLE-NGO</iati-identifier>
      no_spaces: identifier with a space   | 1.3.1   | warning | /iati-activities/iati-activity[1]/iati-identifier[1] | <iati-identifier>XI=><iati-identifier> XI
      startswith: unknown agency           | 1.14.8  | warning | /iati-activities/iati-activity[1]/reporting-org[1]/@ref | reporting-org ref="XI-IATI-EXAMPLE-NGO"=>reporting-org ref="ZZ-NOPE-NGO"
      one_or_all: no language anywhere     | 4.1.1   | error   | /iati-activities/iati-activity[1]                 | xml:lang="en" default-currency=>default-currency
      one_or_all: no currency anywhere     | 7.8.1   | error   | /iati-activities/iati-activity[1]                 | default-currency="EUR"=>$currency="EUR"=>
      no_more_than_one: two DAC aid types  | 107.1.2 | warning | /iati-activities/iati-activity[1]                 | <default-aid-type code="D02" vocabulary="1"/>=><default-aid-type code="D02" vocabulary="1"/><default-aid-type code="A01" vocabulary="2"/><default-aid-type code="A02" vocabulary="2"/>
      codelist: unknown sector             | iati.codelist | error | /iati-activities/iati-activity[1]/sector[1]/@code | code="32161"=>code="99999"
      codelist: unknown status             | iati.codelist | error | /iati-activities/iati-activity[1]/activity-status[1]/@code | <activity-status code="4"/>=><activity-status code="9"/>
      """)
  void eachBreakGivesItsRule(String name, String rule, String severity, String xpath, String replacements) {
    String broken = EXAMPLE;
    for (String pair : replacements.split("\\$")) {
      String[] oldAndNew = pair.split("=>", -1);
      assertThat(broken).as("the example holds what %s replaces", name).contains(oldAndNew[0].strip());
      broken = broken.replace(oldAndNew[0].strip(), oldAndNew[1].strip());
    }

    IatiReport report = IatiCheckerTest.CHECKER.check(broken.getBytes(StandardCharsets.UTF_8));
    String identifier = activityId(broken);

    List<IatiFinding> found = report.withRule(rule);
    assertThat(found).as(report.findings().toString()).isNotEmpty();
    assertThat(found).anySatisfy(f -> {
      assertThat(f.severity().code()).isEqualTo(severity);
      assertThat(f.xpath()).isEqualTo(xpath);
      assertThat(f.activity()).contains(identifier);
      assertThat(f.line()).isPositive();
      assertThat(f.message(Locale.FRENCH)).isNotBlank().isNotEqualTo(f.message(Locale.ENGLISH));
      assertThat(f.message(Locale.forLanguageTag("es"))).isNotBlank().isNotEqualTo(f.message(Locale.ENGLISH))
          .isNotEqualTo(f.message(Locale.FRENCH));
    });
    if (severity.equals("warning")) {
      assertThat(report.hasErrors()).as(report.findings().toString()).isFalse();
    }
  }

  @Test
  void anElementTheSchemaDoesNotKnowIsASchemaErrorAtItsLine() {
    String broken = EXAMPLE.replace("<activity-status code=\"4\"/>", "<activity-status code=\"4\"/>\n    <bogus/>");
    IatiReport report = IatiCheckerTest.CHECKER.check(broken.getBytes(StandardCharsets.UTF_8));
    IatiFinding schema = report.withRule(IatiFinding.SCHEMA).get(0);
    assertThat(schema.severity()).isEqualTo(Severity.ERROR);
    assertThat(schema.line()).isEqualTo(lineOf(broken, "<bogus/>"));
    assertThat(schema.message(Locale.ENGLISH)).contains("IATI 2.03 schema", "bogus");
    assertThat(schema.message(Locale.FRENCH)).contains("schéma IATI 2.03", "bogus", "non valide");
    assertThat(schema.message(Locale.forLanguageTag("es"))).contains("esquema IATI 2.03", "bogus");
  }

  @Test
  void findingsOfTheSecondActivityNameIt() {
    String activity = EXAMPLE.substring(EXAMPLE.indexOf("<iati-activity "), EXAMPLE.indexOf("</iati-activities>"));
    String second = activity.replace("KPOMASSE</iati-identifier>", "OUIDAH</iati-identifier>")
        .replace("<sector vocabulary=\"1\" code=\"32161\" percentage=\"100\"/>", "")
        .replace("<sector vocabulary=\"7\" code=\"2\" percentage=\"100\"/>", "");
    String file = EXAMPLE.replace("</iati-activities>", second + "</iati-activities>");
    IatiReport report = IatiCheckerTest.CHECKER.check(file.getBytes(StandardCharsets.UTF_8));
    assertThat(report.activities()).isEqualTo(2);
    // No sector at all: none for the activity (6.2.2), and none on its transactions either (6.7.2).
    assertThat(report.findings()).extracting(IatiFinding::ruleId).containsExactly("6.2.2", "6.7.2");
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.xpath()).isEqualTo("/iati-activities/iati-activity[2]");
      assertThat(f.activity()).contains("XI-IATI-EXAMPLE-NGO-EXPLOR-2023-OUIDAH");
    });
  }

  @Test
  void aFileThatIsNotXmlIsUnreadableWithItsLine() {
    String truncated = EXAMPLE.substring(0, EXAMPLE.indexOf("<budget"));
    IatiReadException e = catchThrowableOfType(IatiReadException.class,
        () -> IatiCheckerTest.CHECKER.check(truncated.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.code()).isEqualTo(IatiReadException.MALFORMED);
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage(Locale.FRENCH)).startsWith("Le fichier n'est pas du XML bien formé");
  }

  @Test
  void aDocumentTypeIsRefusedBeforeAnyEntityIsExpanded() {
    String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
        + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&c;</iati-identifier></iati-activity>"
        + "</iati-activities>";
    IatiReadException e = catchThrowableOfType(IatiReadException.class,
        () -> IatiCheckerTest.CHECKER.check(laughs.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.code()).isEqualTo(IatiReadException.DOCTYPE);
    assertThat(e.line()).isEqualTo(2);
  }

  private static String activityId(String file) {
    int start = file.indexOf("<iati-identifier>") + "<iati-identifier>".length();
    return file.substring(start, file.indexOf("</iati-identifier>")).strip();
  }

  private static int lineOf(String text, String fragment) {
    return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
  }
}

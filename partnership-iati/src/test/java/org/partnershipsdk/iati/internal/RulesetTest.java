package org.partnershipsdk.iati.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped IATI Standard ruleset against the reference data it was taken from: the same file,
 * read case by case as {@code standard-rules.csv} lists them (every case a rule type the evaluator
 * evaluates), and every rule id with its French text.
 */
class RulesetTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * One evaluated case, as {@code standard-rules.csv} writes it: a loop's inner case, with the loop's keys.
   *
   * @param loop the loop's {@code foreach} and {@code subs}, or an empty object
   * @param parameters the case's keys but its rule info
   */
  record Row(String id, String severity, String category, String context, String type, JsonNode loop,
      JsonNode parameters, String message) {}

  @Test
  void theShippedRulesetIsTheReferenceFile() throws IOException {
    try (InputStream shipped = Ruleset.class.getResourceAsStream(Codelists.BASE + "rulesets/standard.json")) {
      assertThat(shipped.readAllBytes())
          .isEqualTo(Files.readAllBytes(IatiReference.file("rulesets/standard.json")));
    }
  }

  @Test
  void everyCaseIsReadAsTheReferenceListsItWithATypeTheEvaluatorEvaluates() throws IOException {
    List<String> lines = Files.readAllLines(IatiReference.file("rulesets/standard-rules.csv"), StandardCharsets.UTF_8);
    List<Row> expected = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = Codelists.Csv.fields(line);
      expected.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4),
          f.get(5).isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(f.get(5)), MAPPER.readTree(f.get(6)), f.get(7)));
    }

    List<Row> read = rows(Ruleset.standard());

    assertThat(read).hasSize(107).containsExactlyElementsOf(expected);
    assertThat(read).extracting(Row::type).allSatisfy(type -> assertThat(Ruleset.TYPES).contains(type));
  }

  @Test
  void everyRuleIdHasAFrenchText() throws IOException {
    Properties french = new Properties();
    try (InputStream in = Ruleset.class.getResourceAsStream("/org/partnershipsdk/iati/texts/ruleset_fr.properties")) {
      french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<Ruleset.Info> infos = new ArrayList<>();
    Ruleset.standard().contexts().forEach(c -> c.cases().forEach(k -> infos(k, infos)));

    assertThat(infos).hasSize(107).allSatisfy(info -> {
      assertThat(french.getProperty(info.id())).as(info.id()).isNotBlank().isEqualTo(info.message(Locale.FRENCH));
      assertThat(info.message(Locale.FRENCH)).as(info.id()).isNotEqualTo(info.en());
      assertThat(info.message(Locale.ENGLISH)).as(info.id()).isEqualTo(info.en());
    });
    assertThat(french.stringPropertyNames()).as("no French text for a rule the ruleset lacks")
        .containsExactlyInAnyOrderElementsOf(infos.stream().map(Ruleset.Info::id).distinct().toList());
  }

  private static void infos(Ruleset.Case c, List<Ruleset.Info> out) {
    if (c.info() != null) {
      out.add(c.info());
    }
    c.inner().forEach(inner -> infos(inner, out));
  }

  private static List<Row> rows(Ruleset ruleset) {
    List<Row> rows = new ArrayList<>();
    for (Ruleset.Context context : ruleset.contexts()) {
      for (Ruleset.Case c : context.cases()) {
        if (c.type().equals("loop")) {
          c.inner().forEach(inner -> rows.add(row(context, inner, object(c.parameters()))));
        } else {
          rows.add(row(context, c, MAPPER.createObjectNode()));
        }
      }
    }
    return rows;
  }

  private static Row row(Ruleset.Context context, Ruleset.Case c, JsonNode loop) {
    Ruleset.Info info = c.info();
    return new Row(info.id(), info.severity().code(), info.category(), context.xpath(), c.type(), loop,
        object(c.parameters()), info.en());
  }

  private static ObjectNode object(Map<String, JsonNode> parameters) {
    ObjectNode node = MAPPER.createObjectNode();
    parameters.forEach(node::set);
    return node;
  }
}

package org.partnershipsdk.iati.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.partnershipsdk.core.rules.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An IATI ruleset (the JS edition of its specification, as the IATI Validator reads it): for each
 * context XPath, the cases of each rule type, each with its parameters and its rule info. Loop
 * cases keep the cases they run for each value of their {@code foreach}. Not for public use.
 *
 * @param contexts the contexts, in the file's order
 */
public record Ruleset(List<Context> contexts) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Ruleset STANDARD = read("rulesets/standard.json");

  /**
   * The elements a group of cases applies to.
   *
   * @param xpath an absolute XPath, such as {@code /iati-activities/iati-activity/budget}
   * @param cases the cases, in the file's order
   */
  public record Context(String xpath, List<Case> cases) {}

  /**
   * One case of one rule type.
   *
   * @param type the rule type, such as {@code atleast_one} (snake case, as in the ruleset)
   * @param parameters its keys but {@code ruleInfo} (and, for a loop, {@code do})
   * @param info what a failure reports; absent for a loop, whose inner cases carry theirs
   * @param inner a loop's cases
   */
  public record Case(String type, Map<String, JsonNode> parameters, Info info, List<Case> inner) {
    /**
     * @param name a parameter
     * @return its text, or null
     */
    String text(String name) {
      JsonNode value = parameters.get(name);
      return value == null || value.isNull() ? null : value.asString();
    }

    /**
     * @param name a parameter holding a string or a list of strings
     * @return its strings
     */
    List<String> texts(String name) {
      JsonNode value = parameters.get(name);
      List<String> texts = new ArrayList<>();
      if (value != null && value.isArray()) {
        value.forEach(element -> texts.add(element.asString()));
      } else if (value != null && !value.isNull()) {
        texts.add(value.asString());
      }
      return texts;
    }

    /**
     * @param value what {@code $1} stands for
     * @return this case with {@code $1} replaced in the parameters a loop names in {@code subs}
     */
    Case substituted(List<String> subs, String value) {
      Map<String, JsonNode> replaced = new LinkedHashMap<>(parameters);
      for (String key : subs) {
        JsonNode original = parameters.get(key);
        if (original == null) {
          continue;
        }
        String json = original.toString().replace("$1", value.replace("\\", "\\\\").replace("\"", "\\\""));
        replaced.put(key, MAPPER.readTree(json));
      }
      return new Case(type, replaced, info, inner);
    }
  }

  /**
   * What a failed case reports.
   *
   * @param id the rule id, such as {@code 6.2.2}
   * @param severity error or warning
   * @param category such as {@code classifications}
   * @param en the ruleset's message
   * @param fr its French translation
   */
  public record Info(String id, Severity severity, String category, String en, String fr) {}

  /** @return the IATI Standard ruleset, version 2.03 */
  public static Ruleset standard() {
    return STANDARD;
  }

  private static Ruleset read(String name) {
    Properties french = new Properties();
    try (InputStream in = Ruleset.class.getResourceAsStream(Codelists.BASE + name);
        InputStream texts = Ruleset.class.getResourceAsStream("/org/partnershipsdk/iati/texts/ruleset_fr.properties")) {
      french.load(new java.io.InputStreamReader(texts, java.nio.charset.StandardCharsets.UTF_8));
      JsonNode root = MAPPER.readTree(in);
      List<Context> contexts = new ArrayList<>();
      root.properties().forEach(context -> {
        List<Case> cases = new ArrayList<>();
        context.getValue().properties().forEach(rule -> rule.getValue().get("cases")
            .forEach(node -> cases.add(parse(rule.getKey(), node, french))));
        contexts.add(new Context(context.getKey(), List.copyOf(cases)));
      });
      return new Ruleset(List.copyOf(contexts));
    } catch (IOException e) {
      throw new UncheckedIOException("The shipped ruleset " + name + " cannot be read", e);
    }
  }

  private static Case parse(String type, JsonNode node, Properties french) {
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    node.properties().forEach(p -> {
      if (!p.getKey().equals("ruleInfo") && !p.getKey().equals("do")) {
        parameters.put(p.getKey(), p.getValue());
      }
    });
    List<Case> inner = new ArrayList<>();
    if (node.has("do")) {
      node.get("do").properties().forEach(rule -> rule.getValue().get("cases")
          .forEach(innerCase -> inner.add(parse(rule.getKey(), innerCase, french))));
    }
    Info info = null;
    JsonNode ruleInfo = node.get("ruleInfo");
    if (ruleInfo != null) {
      String id = ruleInfo.get("id").asString();
      String en = ruleInfo.get("message").asString();
      info = new Info(id, "warning".equals(ruleInfo.path("severity").asString()) ? Severity.WARNING : Severity.ERROR,
          ruleInfo.path("category").asString(), en, french.getProperty(id, en));
    }
    return new Case(type, Map.copyOf(parameters), info, List.copyOf(inner));
  }
}

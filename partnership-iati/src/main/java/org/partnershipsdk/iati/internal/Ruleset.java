package org.partnershipsdk.iati.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.partnershipsdk.core.rules.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An IATI ruleset (the JS edition of its specification, as the IATI Validator reads it): for each
 * context XPath, the cases of each rule type, each with its parameters and its rule info. Loop
 * cases keep the cases they run for each value of their {@code foreach}. Rule names are read in snake
 * case or camel case, as the specification allows; a name it does not define is refused when the
 * ruleset is read, never skipped. Not for public use.
 *
 * @param contexts the contexts, in the file's order
 */
public record Ruleset(List<Context> contexts) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The rule types of the ruleset specification (JS edition), in snake case, loop included. */
  public static final Set<String> TYPES = Set.of("atleast_one", "no_more_than_one", "only_one_of", "one_or_all",
      "dependent", "sum", "strict_sum", "date_order", "date_now", "time_limit", "between_dates", "regex_matches",
      "regex_no_matches", "startswith", "unique", "if_then", "loop", "no_spaces", "range");
  private static final Map<String, String> CAMEL_CASE = Map.ofEntries(Map.entry("atLeastOne", "atleast_one"),
      Map.entry("noMoreThanOne", "no_more_than_one"), Map.entry("onlyOneOf", "only_one_of"),
      Map.entry("oneOrAll", "one_or_all"), Map.entry("strictSum", "strict_sum"), Map.entry("dateOrder", "date_order"),
      Map.entry("dateNow", "date_now"), Map.entry("timeLimit", "time_limit"), Map.entry("betweenDates", "between_dates"),
      Map.entry("regexMatches", "regex_matches"), Map.entry("regexNoMatches", "regex_no_matches"),
      Map.entry("startsWith", "startswith"), Map.entry("ifThen", "if_then"), Map.entry("noSpaces", "no_spaces"));
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
   */
  public record Info(String id, Severity severity, String category, String en) {
    /**
     * @param locale the reader's locale
     * @return the message in that language: a text of yours under the rule id
     *     ({@link org.partnershipsdk.core.text.Texts#addBundle(String)}), else the shipped
     *     translation ({@code ruleset_fr}, {@code ruleset_es}), else the ruleset's English
     */
    public String message(Locale locale) {
      return IatiTexts.IATI.find(id, locale).orElse(en);
    }
  }

  /** @return the IATI Standard ruleset, version 2.03 */
  public static Ruleset standard() {
    return STANDARD;
  }

  private static Ruleset read(String name) {
    try (InputStream in = Ruleset.class.getResourceAsStream(Codelists.BASE + name)) {
      return of(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The shipped ruleset " + name + " cannot be read", e);
    }
  }

  /**
   * Reads a ruleset file; its rules' messages in other languages than English are read by rule id
   * from the module's texts ({@link Info#message(Locale)}).
   *
   * @param json a ruleset in the JS edition of the specification
   * @return its contexts and cases
   * @throws IllegalArgumentException if a case has a rule type the specification does not define:
   *     an evaluator that skipped it would report a file clean that the rule would fail
   * @throws tools.jackson.core.JacksonException if the stream cannot be read or is not JSON
   */
  public static Ruleset of(InputStream json) {
    JsonNode root = MAPPER.readTree(json);
    List<Context> contexts = new ArrayList<>();
    root.properties().forEach(context -> {
      List<Case> cases = new ArrayList<>();
      context.getValue().properties().forEach(rule -> rule.getValue().get("cases")
          .forEach(node -> cases.add(parse(context.getKey(), rule.getKey(), node))));
      contexts.add(new Context(context.getKey(), List.copyOf(cases)));
    });
    return new Ruleset(List.copyOf(contexts));
  }

  /**
   * @param name a rule name as a ruleset writes it, snake case or camel case (the specification allows both)
   * @param context where it is, for the message
   * @return its snake-case type
   */
  private static String type(String name, String context) {
    if (TYPES.contains(name)) {
      return name;
    }
    String type = CAMEL_CASE.get(name);
    if (type == null) {
      throw new IllegalArgumentException("The ruleset's context " + context + " has a rule type '" + name
          + "' that the IATI ruleset specification does not define; this SDK evaluates only "
          + new java.util.TreeSet<>(TYPES));
    }
    return type;
  }

  private static Case parse(String context, String name, JsonNode node) {
    String type = type(name, context);
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    node.properties().forEach(p -> {
      if (!p.getKey().equals("ruleInfo") && !p.getKey().equals("do")) {
        parameters.put(p.getKey(), p.getValue());
      }
    });
    List<Case> inner = new ArrayList<>();
    if (node.has("do")) {
      node.get("do").properties().forEach(rule -> rule.getValue().get("cases")
          .forEach(innerCase -> inner.add(parse(context, rule.getKey(), innerCase))));
    }
    Info info = null;
    JsonNode ruleInfo = node.get("ruleInfo");
    if (ruleInfo != null) {
      String id = ruleInfo.get("id").asString();
      String en = ruleInfo.get("message").asString();
      info = new Info(id, "warning".equals(ruleInfo.path("severity").asString()) ? Severity.WARNING : Severity.ERROR,
          ruleInfo.path("category").asString(), en);
    }
    return new Case(type, Map.copyOf(parameters), info, List.copyOf(inner));
  }
}

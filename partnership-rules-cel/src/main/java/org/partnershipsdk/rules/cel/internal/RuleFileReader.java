package org.partnershipsdk.rules.cel.internal;

import dev.cel.compiler.CelCompiler;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleConfigurationException;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * Turns the tree of a rule file into rules and a profile, checking everything at once: the names
 * and kinds of values the format has, the rules' ids, subjects, severities and texts, and each
 * expression, parsed and type-checked in its rule's environment. Every problem is gathered with its
 * place; a file with any is refused whole. Not for public use.
 */
public final class RuleFileReader {
  /** The format this version reads. */
  public static final String FORMAT = "partnership-rules/1";

  private static final Set<String> TOP = Set.of("format", "name", "description", "rules", "profile");
  private static final Set<String> RULE = Set.of("id", "subject", "severity", "title", "explanation", "message",
      "source", "parameters", "for-each", "when", "path", "arguments");
  private static final Set<String> PARAMETER = Set.of("type", "default", "description");
  private static final Set<String> PROFILE = Set.of("name", "base", "disable", "enable", "set");
  private static final Set<String> LANGUAGES = Set.of("en", "fr");
  /** The path's {index} is the item's position: no argument takes its name. */
  private static final Set<String> RESERVED = Set.of(Expressions.INDEX);

  private final String source;
  private final String[] lines;
  private final Problems problems;
  private Optional<String> ruleId = Optional.empty();

  /**
   * The content of a rule file, read.
   *
   * @param name the rule set's name
   * @param rules its rules, in order
   * @param profile its profile section, if any
   */
  public record Content(String name, List<Rule<?>> rules, Optional<ProfileSection> profile) {}

  /**
   * What a profile section says.
   *
   * @param name the profile's name
   * @param base the built-in profile it starts from, if any
   * @param disable the rules it disables, with where each is named
   * @param enable the rules it enables again
   * @param set the parameter values it sets: rule id, then parameter name, then value
   * @param setAt where each rule's values are
   */
  public record ProfileSection(String name, Optional<String> base, Map<String, Node.Location> disable,
      Map<String, Node.Location> enable, Map<String, Map<String, Object>> set, Map<String, Node.Location> setAt) {}

  private RuleFileReader(String source, String text, Problems problems) {
    this.source = source;
    this.lines = text.split("\r?\n", -1);
    this.problems = problems;
  }

  /**
   * @param source the file's name, as problems show it
   * @param text its content
   * @param root its tree
   * @param problems where problems go
   * @return the content, meaningful only when no problem was found
   */
  public static Content read(String source, String text, Node root, Problems problems) {
    return new RuleFileReader(source, text, problems).file(root);
  }

  private Content file(Node root) {
    Optional<Node.Mapping> top = mapping(root, part("file"));
    if (top.isEmpty()) {
      return new Content(defaultName(), List.of(), Optional.empty());
    }
    Node.Mapping file = top.get();
    unknownNames(file, TOP);
    Optional<String> format = requiredText(file, "format");
    if (format.isPresent() && !format.get().equals(FORMAT)) {
      problem(Problems.FORMAT, file.entries().get("format").location(), Problems.FORMAT,
          Map.of("expected", FORMAT, "format", format.get()));
      return new Content(defaultName(), List.of(), Optional.empty());
    }
    String name = optionalText(file, "name").orElse(defaultName());
    if (file.entries().containsKey("description")) {
      label(file.entries().get("description"));
    }
    List<Rule<?>> rules = new ArrayList<>();
    Node rulesNode = file.entries().get("rules");
    if (rulesNode != null) {
      sequence(rulesNode, "rules").ifPresent(list -> readRules(list, rules));
    }
    Optional<ProfileSection> profile = Optional.ofNullable(file.entries().get("profile")).flatMap(this::profile);
    if (rulesNode == null && profile.isEmpty() && !problems.any()) {
      problem(Problems.PROPERTY_MISSING, file.location(), Problems.PROPERTY_MISSING + ".content", Map.of());
    }
    return new Content(name, rules, profile);
  }

  private void readRules(Node.Sequence list, List<Rule<?>> rules) {
    if (list.items().size() > RuleFileLimits.MAX_RULES) {
      problem(Problems.VALUE_INVALID, list.location(), Problems.VALUE_INVALID + ".rules-max",
          Map.of("max", String.valueOf(RuleFileLimits.MAX_RULES)));
      return;
    }
    Set<String> ids = new HashSet<>();
    for (Node item : list.items()) {
      ruleId = Optional.empty();
      Optional<Node.Mapping> rule = mapping(item, part("rule"));
      if (rule.isPresent()) {
        rule(rule.get(), ids).ifPresent(rules::add);
      }
    }
    ruleId = Optional.empty();
  }

  private Optional<Rule<?>> rule(Node.Mapping rule, Set<String> ids) {
    Optional<String> id = requiredText(rule, "id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ruleId = id;
    unknownNames(rule, RULE);
    if (!ids.add(id.get())) {
      problem(Problems.RULE_DUPLICATE, rule.entries().get("id").location(), Problems.RULE_DUPLICATE,
          Map.of("id", id.get()));
    }
    Optional<Subject<?>> subject = requiredText(rule, "subject").flatMap(code -> subject(code, rule));
    Severity severity = optionalText(rule, "severity").map(code -> severity(code, rule)).orElse(Severity.WARNING);
    Optional<Label> title = requiredLabel(rule, "title");
    Optional<Label> explanation = requiredLabel(rule, "explanation");
    Optional<Label> message = requiredLabel(rule, "message");
    Optional<String> reference = optionalText(rule, "source");
    List<Parameter<?>> parameters = parameters(rule);
    Optional<Node.Scalar> when = requiredExpression(rule, "when");
    if (subject.isEmpty() || title.isEmpty() || explanation.isEmpty() || message.isEmpty()) {
      return Optional.empty();
    }
    RuleInfo.Builder<?> info;
    try {
      info = RuleInfo.builder(subject.get(), id.get());
    } catch (RuleConfigurationException e) {
      Node.Location at = rule.entries().get("id").location();
      problems.add(Problems.VALUE_INVALID, at.line(), at.column(), at.pointer(), ruleId, e::getMessage);
      return Optional.empty();
    }
    info.severity(severity).title(title.get().en(), title.get().fr())
        .explanation(explanation.get().en(), explanation.get().fr()).message(message.get().en(), message.get().fr());
    reference.ifPresent(info::reference);
    parameters.forEach(info::parameter);
    return compile(info.build(), rule, when, message.get());
  }

  private <S> Optional<Rule<?>> compile(RuleInfo<S> info, Node.Mapping rule, Optional<Node.Scalar> when,
      Label message) {
    StructDef<S> subject = Types.of(info.subject());
    Map<String, CelType> parameterTypes = new LinkedHashMap<>();
    for (Parameter<?> parameter : info.parameters()) {
      parameterTypes.put(parameter.name(), parameter.type() == Integer.class ? SimpleType.INT : SimpleType.DOUBLE);
    }
    String variable = info.subject().code();
    CelCompiler environment = Expressions.environment(subject, variable, parameterTypes, null);
    Expressions.Compiled forEach = null;
    Node forEachNode = rule.entries().get("for-each");
    if (forEachNode != null) {
      Optional<Node.Scalar> text = expression(forEachNode, "for-each");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      forEach = compiled(environment, text.get());
      if (forEach == null) {
        return Optional.empty();
      }
      CelType result = forEach.ast().getResultType();
      if (!(result instanceof ListType list)) {
        problem(Problems.EXPRESSION_RESULT, text.get().location(), Problems.EXPRESSION_RESULT + ".for-each",
            Map.of("type", result.name()));
        return Optional.empty();
      }
      environment = Expressions.environment(subject, variable, parameterTypes, list.elemType());
    }
    CelCompiler itemEnvironment = environment;
    Expressions.Compiled condition = when.map(text -> compiled(itemEnvironment, text)).orElse(null);
    if (condition != null && condition.ast().getResultType().kind() != CelKind.BOOL
        && condition.ast().getResultType().kind() != CelKind.DYN) {
      problem(Problems.EXPRESSION_RESULT, when.get().location(), Problems.EXPRESSION_RESULT + ".when",
          Map.of("type", condition.ast().getResultType().name()));
      condition = null;
    }
    List<FileRule.Argument> arguments = arguments(rule, itemEnvironment);
    String path = optionalText(rule, "path").orElse("");
    placeholders(rule, message, path, forEach != null);
    if (condition == null || problems.any()) {
      return Optional.empty();
    }
    return Optional.of(new FileRule<>(info, subject, forEach == null ? null : forEach.evaluator(),
        condition.evaluator(), path, arguments));
  }

  private List<FileRule.Argument> arguments(Node.Mapping rule, CelCompiler environment) {
    List<FileRule.Argument> arguments = new ArrayList<>();
    Node node = rule.entries().get("arguments");
    if (node == null) {
      return arguments;
    }
    Optional<Node.Mapping> mapping = mapping(node, "arguments");
    if (mapping.isEmpty()) {
      return arguments;
    }
    for (Map.Entry<String, Node> entry : mapping.get().entries().entrySet()) {
      if (RESERVED.contains(entry.getKey()) || !entry.getKey().matches("[A-Za-z][A-Za-z0-9_]*")) {
        problem(Problems.VALUE_INVALID, mapping.get().keys().get(entry.getKey()),
            Problems.VALUE_INVALID + ".argument-name", Map.of("name", entry.getKey()));
        continue;
      }
      Optional<Node.Scalar> text = expression(entry.getValue(), entry.getKey());
      Expressions.Compiled compiled = text.map(t -> compiled(environment, t)).orElse(null);
      if (compiled != null) {
        arguments.add(new FileRule.Argument(entry.getKey(), compiled.evaluator(), codeList(compiled.ast())));
      }
    }
    return arguments;
  }

  /** A field of a code list, selected as the whole argument, is shown by its label. */
  private static Class<? extends Coded> codeList(CelAbstractSyntaxTree ast) {
    CelExpr root = ast.getExpr();
    if (root.getKind() != CelExpr.ExprKind.Kind.SELECT) {
      return null;
    }
    CelExpr operand = root.select().operand();
    return ast.getType(operand.id())
        .flatMap(type -> Types.named(type.name()))
        .flatMap(def -> def.field(root.select().field()))
        .map(field -> (Class<? extends Coded>) field.codeList())
        .orElse(null);
  }

  /** Each placeholder of the message or path names an argument (even one whose expression does not check). */
  private void placeholders(Node.Mapping rule, Label message, String path, boolean forEach) {
    Set<String> names = new HashSet<>();
    if (rule.entries().get("arguments") instanceof Node.Mapping declared) {
      names.addAll(declared.entries().keySet());
    }
    Node messageNode = rule.entries().get("message");
    Set<String> named = new LinkedHashSet<>(placeholdersOf(message.en()));
    named.addAll(placeholdersOf(message.fr()));
    for (String name : named) {
      if (!names.contains(name)) {
        unknownPlaceholder(messageNode, name, "message");
      }
    }
    for (String name : placeholdersOf(path)) {
      if (!names.contains(name) && !(forEach && name.equals(Expressions.INDEX))) {
        unknownPlaceholder(rule.entries().get("path"), name, "path");
      }
    }
  }

  private void unknownPlaceholder(Node at, String name, String where) {
    problem(Problems.PLACEHOLDER_UNKNOWN, at.location(), Problems.PLACEHOLDER_UNKNOWN,
        Map.of("where", where, "placeholder", "{" + name + "}"));
  }

  private static Set<String> placeholdersOf(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = FileRule.PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private Expressions.Compiled compiled(CelCompiler environment, Node.Scalar text) {
    Expressions.Compiled compiled = Expressions.compile(environment, text.text());
    for (Expressions.Issue issue : compiled.issues()) {
      String code = switch (issue.kind()) {
        case SYNTAX -> Problems.EXPRESSION_SYNTAX;
        case TYPE -> Problems.EXPRESSION_TYPE;
        case LIMIT -> Problems.EXPRESSION_LIMIT;
      };
      int[] at = position(text, issue);
      problems.add(code, at[0], at[1], text.location().pointer(), ruleId, CelTexts.of(issue));
    }
    return compiled.ok() ? compiled : null;
  }

  /**
   * Where, in the file, a position within an expression is: after the quote of a quoted value, on
   * the lines below a block scalar ({@code |} or {@code >}), or where a plain value starts.
   */
  private int[] position(Node.Scalar text, Expressions.Issue issue) {
    Node.Location at = text.location();
    String line = at.line() - 1 < lines.length ? lines[at.line() - 1] : "";
    char first = at.column() - 1 < line.length() ? line.charAt(at.column() - 1) : ' ';
    if (first == '|' || first == '>') {
      String firstContent = at.line() < lines.length ? lines[at.line()] : "";
      int indent = firstContent.length() - firstContent.stripLeading().length();
      return new int[] {at.line() + issue.line(), indent + issue.column() + 1};
    }
    int shift = first == '"' || first == '\'' ? 1 : 0;
    if (issue.line() == 1) {
      return new int[] {at.line(), at.column() + shift + issue.column()};
    }
    return new int[] {at.line() + issue.line() - 1, issue.column() + 1};
  }

  private List<Parameter<?>> parameters(Node.Mapping rule) {
    List<Parameter<?>> parameters = new ArrayList<>();
    Node node = rule.entries().get("parameters");
    if (node == null) {
      return parameters;
    }
    Optional<Node.Mapping> mapping = mapping(node, "parameters");
    if (mapping.isEmpty()) {
      return parameters;
    }
    for (Map.Entry<String, Node> entry : mapping.get().entries().entrySet()) {
      String name = entry.getKey();
      Optional<Node.Mapping> parameter = mapping(entry.getValue(), part("parameter"));
      if (parameter.isEmpty()) {
        continue;
      }
      if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
        problem(Problems.VALUE_INVALID, mapping.get().keys().get(name), Problems.VALUE_INVALID + ".parameter-name",
            Map.of("name", name));
        continue;
      }
      unknownNames(parameter.get(), PARAMETER);
      Optional<String> type = requiredText(parameter.get(), "type");
      Optional<Label> description = requiredLabel(parameter.get(), "description");
      Node defaultValue = parameter.get().entries().get("default");
      if (defaultValue == null) {
        missing(parameter.get(), "default");
        continue;
      }
      if (type.isEmpty() || description.isEmpty()) {
        continue;
      }
      Optional<Parameter<?>> built = parameter(name, type.get(), defaultValue, description.get(),
          parameter.get().entries().get("type"));
      built.ifPresent(parameters::add);
    }
    return parameters;
  }

  private Optional<Parameter<?>> parameter(String name, String type, Node value, Label description, Node typeNode) {
    Optional<Object> parsed = parameterValue(type, value, typeNode);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(type.equals("int")
        ? Parameter.ofInt(name, (Integer) parsed.get(), description.en(), description.fr())
        : Parameter.ofDecimal(name, parsed.get().toString(), description.en(), description.fr()));
  }

  /**
   * @param type {@code int} or {@code decimal}
   * @param value the value written
   * @param typeNode where the type is, for an unknown type
   * @return the value as an Integer or a BigDecimal
   */
  Optional<Object> parameterValue(String type, Node value, Node typeNode) {
    if (!type.equals("int") && !type.equals("decimal")) {
      problem(Problems.VALUE_INVALID, typeNode.location(), Problems.VALUE_INVALID + ".parameter-type",
          Map.of("type", type));
      return Optional.empty();
    }
    if (value instanceof Node.Scalar scalar && (scalar.kind() == Node.Scalar.Kind.INTEGER
        || (type.equals("decimal") && scalar.kind() == Node.Scalar.Kind.DECIMAL))) {
      try {
        return Optional.of(type.equals("int") ? Integer.valueOf(scalar.text()) : new BigDecimal(scalar.text()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(Problems.VALUE_INVALID, value.location(), Problems.VALUE_INVALID + (type.equals("int") ? ".int" : ".decimal"),
        Map.of());
    return Optional.empty();
  }

  private Optional<ProfileSection> profile(Node node) {
    ruleId = Optional.empty();
    Optional<Node.Mapping> mapping = mapping(node, "profile");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Node.Mapping profile = mapping.get();
    unknownNames(profile, PROFILE);
    Optional<String> name = requiredText(profile, "name");
    Optional<String> base = optionalText(profile, "base");
    if (base.isPresent() && Profiles.byName(base.get()).isEmpty()) {
      problem(Problems.PROFILE_UNKNOWN, profile.entries().get("base").location(), Problems.PROFILE_UNKNOWN,
          Map.of("base", base.get(), "names", String.join(", ", Profiles.all().stream().map(p -> p.name()).toList())));
    }
    Map<String, Node.Location> disable = ids(profile, "disable");
    Map<String, Node.Location> enable = ids(profile, "enable");
    Map<String, Map<String, Object>> set = new LinkedHashMap<>();
    Map<String, Node.Location> setAt = new LinkedHashMap<>();
    Node setNode = profile.entries().get("set");
    if (setNode != null) {
      mapping(setNode, "set").ifPresent(rules -> rules.entries().forEach((rule, values) -> {
        setAt.put(rule, rules.keys().get(rule));
        mapping(values, part("rule-parameters")).ifPresent(params -> {
          Map<String, Object> read = new LinkedHashMap<>();
          params.entries().forEach((param, value) -> scalarValue(value).ifPresent(v -> read.put(param, v)));
          set.put(rule, read);
        });
      }));
    }
    return name.map(n -> new ProfileSection(n, base, disable, enable, set, setAt));
  }

  private Optional<Object> scalarValue(Node value) {
    if (value instanceof Node.Scalar scalar) {
      try {
        if (scalar.kind() == Node.Scalar.Kind.INTEGER) {
          return Optional.of(Long.valueOf(scalar.text()));
        }
        if (scalar.kind() == Node.Scalar.Kind.DECIMAL) {
          return Optional.of(new BigDecimal(scalar.text()));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(Problems.VALUE_INVALID, value.location(), Problems.VALUE_INVALID + ".number", Map.of());
    return Optional.empty();
  }

  private Map<String, Node.Location> ids(Node.Mapping profile, String name) {
    Map<String, Node.Location> ids = new LinkedHashMap<>();
    Node node = profile.entries().get(name);
    if (node != null) {
      sequence(node, name).ifPresent(list -> list.items().forEach(item -> text(item, part("rule-id"))
          .ifPresent(id -> ids.put(id, item.location()))));
    }
    return ids;
  }

  private Optional<Subject<?>> subject(String code, Node.Mapping rule) {
    Optional<Subject<?>> subject = Subject.all().stream().filter(s -> s.code().equals(code)).findFirst();
    if (subject.isEmpty()) {
      problem(Problems.VALUE_INVALID, rule.entries().get("subject").location(), Problems.VALUE_INVALID + ".subject",
          Map.of("subject", code, "subjects", String.join(", ", Subject.all().stream().map(Subject::code).toList())));
    }
    return subject;
  }

  private Severity severity(String code, Node.Mapping rule) {
    for (Severity severity : Severity.values()) {
      if (severity.code().equals(code)) {
        return severity;
      }
    }
    problem(Problems.VALUE_INVALID, rule.entries().get("severity").location(), Problems.VALUE_INVALID + ".severity",
        Map.of("severity", code));
    return Severity.WARNING;
  }

  private Optional<Label> requiredLabel(Node.Mapping parent, String name) {
    Node node = parent.entries().get(name);
    if (node == null) {
      missing(parent, name);
      return Optional.empty();
    }
    return label(node);
  }

  private Optional<Label> label(Node node) {
    Optional<Node.Mapping> mapping = mapping(node, part("text"));
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    unknownNames(mapping.get(), LANGUAGES);
    Optional<String> en = requiredText(mapping.get(), "en");
    Optional<String> fr = requiredText(mapping.get(), "fr");
    return en.isPresent() && fr.isPresent() ? Optional.of(new Label(en.get(), fr.get())) : Optional.empty();
  }

  private Optional<Node.Scalar> requiredExpression(Node.Mapping parent, String name) {
    Node node = parent.entries().get(name);
    if (node == null) {
      missing(parent, name);
      return Optional.empty();
    }
    return expression(node, name);
  }

  private Optional<Node.Scalar> expression(Node node, String what) {
    if (node instanceof Node.Scalar scalar && scalar.kind() != Node.Scalar.Kind.NULL) {
      return Optional.of(scalar);
    }
    wrongKind(node, "expression", what);
    return Optional.empty();
  }

  private Optional<String> requiredText(Node.Mapping parent, String name) {
    Node node = parent.entries().get(name);
    if (node == null) {
      missing(parent, name);
      return Optional.empty();
    }
    return text(node, name);
  }

  private Optional<String> optionalText(Node.Mapping parent, String name) {
    Node node = parent.entries().get(name);
    return node == null ? Optional.empty() : text(node, name);
  }

  private Optional<String> text(Node node, Object what) {
    if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.TEXT) {
      return Optional.of(scalar.text());
    }
    wrongKind(node, "text", what);
    return Optional.empty();
  }

  /** @param what a name of the format, or a {@link #part(String)} */
  private Optional<Node.Mapping> mapping(Node node, Object what) {
    if (node instanceof Node.Mapping mapping) {
      return Optional.of(mapping);
    }
    wrongKind(node, "mapping", what);
    return Optional.empty();
  }

  private Optional<Node.Sequence> sequence(Node node, String what) {
    if (node instanceof Node.Sequence sequence) {
      return Optional.of(sequence);
    }
    wrongKind(node, "list", what);
    return Optional.empty();
  }

  /**
   * @param expected {@code mapping}, {@code list}, {@code text} or {@code expression}
   * @param what the value's name in the format, or a {@link #part(String)}
   */
  private void wrongKind(Node node, String expected, Object what) {
    problem(Problems.VALUE_INVALID, node.location(), Problems.VALUE_INVALID + "." + expected, Map.of("what", what));
  }

  /** @return a part of the file, said in the reader's language: {@code rules.file.part.NAME} */
  private static RuleFileTexts.Phrase part(String name) {
    return RuleFileTexts.phrase("rules.file.part." + name, Map.of());
  }

  private void missing(Node.Mapping parent, String name) {
    problem(Problems.PROPERTY_MISSING, parent.location(), Problems.PROPERTY_MISSING, Map.of("name", name));
  }

  private void unknownNames(Node.Mapping mapping, Set<String> known) {
    for (String name : mapping.entries().keySet()) {
      if (!known.contains(name)) {
        problem(Problems.PROPERTY_UNKNOWN, mapping.keys().get(name), Problems.PROPERTY_UNKNOWN,
            Map.of("name", name, "known", String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  /**
   * @param key the message's key in {@link RuleFileTexts}: the code, or {@code CODE.VARIANT}
   */
  private void problem(String code, Node.Location at, String key, Map<String, ?> arguments) {
    problems.add(code, at, ruleId, key, arguments);
  }

  private String defaultName() {
    String file = source.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}

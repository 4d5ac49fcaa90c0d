package org.partnershipsdk.rules.cel.internal;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelVariableResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.rules.Findings;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.rules.cel.ExpressionFailedException;

/**
 * A rule read from a file, its expressions compiled once when the file was loaded: for each
 * element of its subject (and, with {@code for-each}, each item of a list of it), the condition
 * {@code when} is evaluated; where it holds, the arguments are evaluated and a finding reported at
 * the path, its placeholders filled. Immutable and thread-safe, as rules are. Not for public use.
 *
 * @param <S> the type of the elements it checks
 */
public final class FileRule<S> implements Rule<S> {
  /** A placeholder of a message or path: {@code {name}}. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final RuleInfo<S> info;
  private final StructDef<S> subject;
  private final String subjectVariable;
  private final Expressions.Evaluator forEach;
  private final Expressions.Evaluator when;
  private final String path;
  private final boolean pathHasPlaceholders;
  private final List<Argument> arguments;

  /**
   * An argument of the findings' message.
   *
   * @param name its placeholder's name
   * @param program its expression
   * @param codeList the code list its value comes from, so that messages show its label, or {@code null}
   */
  public record Argument(String name, Expressions.Evaluator program, Class<? extends Coded> codeList) {}

  /**
   * @param info the rule's description
   * @param subject the struct type of its subject
   * @param forEach the list it reports on item by item, or {@code null}
   * @param when its condition
   * @param path the path of its findings, with placeholders
   * @param arguments the arguments of its message
   */
  public FileRule(RuleInfo<S> info, StructDef<S> subject, Expressions.Evaluator forEach, Expressions.Evaluator when, String path,
      List<Argument> arguments) {
    this.info = info;
    this.subject = subject;
    this.subjectVariable = info.subject().code();
    this.forEach = forEach;
    this.when = when;
    this.path = path;
    this.pathHasPlaceholders = PLACEHOLDER.matcher(path).find();
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public RuleInfo<S> info() {
    return info;
  }

  @Override
  public void check(S element, RuleContext context, Findings findings) {
    Variables variables = new Variables(subjectVariable, subject.wrap(element), context);
    RuleContext previous = Functions.enter(context);
    try {
      if (forEach == null) {
        checkOne(variables, findings);
        return;
      }
      List<?> items = (List<?>) evaluate(forEach, variables, "for-each");
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        variables.item = Types.wrapIfModel(item).orElse(item);
        variables.index = i;
        checkOne(variables, findings);
      }
    } finally {
      Functions.leave(previous);
    }
  }

  private void checkOne(Variables variables, Findings findings) {
    if (!Boolean.TRUE.equals(evaluate(when, variables, "when"))) {
      return;
    }
    Map<String, Object> values = new HashMap<>();
    for (Argument argument : arguments) {
      values.put(argument.name(), shown(evaluate(argument.program(), variables, argument.name()), argument.codeList()));
    }
    findings.report(pathHasPlaceholders ? fill(path, values, variables) : path, values);
  }

  private Object evaluate(Expressions.Evaluator program, Variables variables, String part) {
    try {
      return program.eval(variables);
    } catch (CelEvaluationException | RuntimeException e) {
      throw new ExpressionFailedException(info.id(), part, e);
    }
  }

  /** A value as a message shows it: a code by its label, a decimal without trailing zeros, a struct as its model value. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object shown(Object value, Class<? extends Coded> codeList) {
    if (codeList != null && codeList.isEnum() && value instanceof String code) {
      return Coded.fromCode((Class) codeList, code);
    }
    if (value instanceof Double number && !number.isNaN() && !number.isInfinite()) {
      return new BigDecimal(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
    }
    if (value instanceof ModelValue<?> model) {
      return model.value();
    }
    if (value instanceof List<?> list) {
      List<Object> shown = new ArrayList<>(list.size());
      list.forEach(item -> shown.add(shown(item, null)));
      return List.copyOf(shown);
    }
    return value;
  }

  private String fill(String template, Map<String, Object> values, Variables variables) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      Object value = name.equals(Expressions.INDEX) && variables.item != null ? variables.index : values.get(name);
      String shown = value instanceof Coded coded ? coded.code() : String.valueOf(value);
      placeholder.appendReplacement(text, Matcher.quoteReplacement(shown));
    }
    placeholder.appendTail(text);
    return text.toString();
  }

  @Override
  public String toString() {
    return info.toString();
  }

  /** The day of the last run asked, kept for the next element: the clock's zone rules are built at each ask. */
  private volatile Today lastToday;

  private record Today(RuleContext context, LocalDate day) {}

  private LocalDate today(RuleContext context) {
    Today last = lastToday;
    if (last != null && last.context() == context) {
      return last.day();
    }
    LocalDate day = context.today();
    lastToday = new Today(context, day);
    return day;
  }

  /** The variables of one element's check: read by CEL by name, parameters looked up only when used. */
  private final class Variables implements CelVariableResolver {
    private final String subjectName;
    private final ModelValue<S> subjectValue;
    private final RuleContext context;
    private LocalDate today;
    private Object item;
    private long index;

    Variables(String subjectName, ModelValue<S> subjectValue, RuleContext context) {
      this.subjectName = subjectName;
      this.subjectValue = subjectValue;
      this.context = context;
    }

    @Override
    public Optional<Object> find(String name) {
      if (name.equals(subjectName)) {
        return Optional.of(subjectValue);
      }
      switch (name) {
        case Expressions.ITEM:
          return Optional.ofNullable(item);
        case Expressions.INDEX:
          return Optional.of(index);
        case Expressions.TODAY:
          if (today == null) {
            today = today(context);
          }
          return Optional.of(today);
        default:
          return name.startsWith(Expressions.PARAMS) ? parameter(name.substring(Expressions.PARAMS.length()))
              : Optional.empty();
      }
    }

    private Optional<Object> parameter(String name) {
      Optional<Parameter<?>> parameter = info.parameter(name);
      if (parameter.isEmpty()) {
        return Optional.empty();
      }
      Object value = context.parameter(parameter.get());
      if (value instanceof Integer number) {
        return Optional.of(number.longValue());
      }
      return Optional.of(value instanceof BigDecimal decimal ? decimal.doubleValue() : value);
    }
  }
}

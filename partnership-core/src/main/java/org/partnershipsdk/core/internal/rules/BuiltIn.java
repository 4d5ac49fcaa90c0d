package org.partnershipsdk.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleInfo;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * Declares a built-in rule from its id: the title, explanation and message come from
 * {@code texts/rules-AREA_en|fr.properties} under {@code ID.title}, {@code ID.explanation} and
 * {@code ID.message}. Not for public use.
 */
public final class BuiltIn {
  private BuiltIn() {}

  /**
   * @param subject the kind of element the rule checks
   * @param id the rule's id
   * @param severity its severity
   * @param reference where the practice comes from: {@code [KEY] what it says}, KEY a document of
   *     docs/sources.md, such as {@code [CCFD 2011]}
   * @param check the check
   * @param parameters its parameters
   * @param <S> the type of the elements
   * @return the rule
   */
  public static <S> Rule<S> rule(Subject<S> subject, String id, Severity severity, String reference,
      Rule.Check<S> check, Parameter<?>... parameters) {
    RuleInfo.Builder<S> info = RuleInfo.builder(subject, id)
        .severity(severity)
        .title(text(id, "title", Locale.ENGLISH), text(id, "title", Locale.FRENCH))
        .explanation(text(id, "explanation", Locale.ENGLISH), text(id, "explanation", Locale.FRENCH))
        .message(text(id, "message", Locale.ENGLISH), text(id, "message", Locale.FRENCH))
        .reference(reference);
    for (Parameter<?> parameter : parameters) {
      info.parameter(parameter);
    }
    return Rule.of(info.build(), check);
  }

  /**
   * @param families lists of rules
   * @return their rules in one list, in order
   */
  @SafeVarargs
  public static List<Rule<?>> concat(List<Rule<?>>... families) {
    List<Rule<?>> all = new ArrayList<>();
    for (List<Rule<?>> family : families) {
      all.addAll(family);
    }
    return List.copyOf(all);
  }

  private static String text(String id, String part, Locale locale) {
    String code = id + "." + part;
    if (!Texts.has(code)) {
      throw new IllegalStateException("Missing text " + code + " in texts/rules-*_en.properties");
    }
    return Texts.text(code, locale);
  }
}

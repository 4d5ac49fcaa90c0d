package org.partnershipsdk.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnershipsdk.core.rules.BuiltInRules;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleCatalogue;
import org.partnershipsdk.core.rules.RuleInfo;

/** The {@code rules} and {@code explain} commands: the built-in rules as text. */
final class RuleTexts {
  private static final CliText HEADER = CliText.of("cli.rules.header");
  private static final List<CliText> COLUMNS = List.of(CliText.of("cli.rules.column.rule"),
      CliText.of("cli.rules.column.severity"), CliText.of("cli.rules.column.checks"),
      CliText.of("cli.rules.column.profiles"), CliText.of("cli.rules.column.title"));
  private static final CliText PROFILES = CliText.of("cli.explain.profiles");
  private static final CliText RUNS = CliText.of("cli.explain.runs");
  private static final CliText DOES_NOT_RUN = CliText.of("cli.explain.does-not-run");
  private static final CliText UNKNOWN_RULE = CliText.of("cli.rule.unknown");

  private RuleTexts() {}

  /** Every built-in rule, one line each: id, severity, kind of element, profiles that run it, title. */
  static String catalogue(Locale locale) {
    List<Rule<?>> rules = BuiltInRules.all();
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(COLUMNS.stream().map(c -> c.in(locale)).toList());
    for (Rule<?> rule : rules) {
      RuleInfo<?> info = rule.info();
      String profiles = Profiles.all().stream().filter(p -> p.isEnabled(info.id())).map(Profile::name)
          .collect(Collectors.joining(","));
      rows.add(List.of(info.id(), info.severity().label(locale), info.subject().label(locale),
          profiles.isEmpty() ? "-" : profiles, info.title(locale)));
    }
    StringBuilder text = new StringBuilder(HEADER.in(locale, "count", rules.size())).append("\n\n");
    int[] widths = new int[COLUMNS.size() - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        text.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
      }
      text.append(row.get(widths.length)).append('\n');
    }
    return text.toString();
  }

  /**
   * A rule's title, id, severity, explanation and parameters (from {@link RuleCatalogue#explain}),
   * then whether each built-in profile runs it and with which parameter values.
   *
   * @throws CliUsageException if no built-in rule has that id
   */
  static String explain(String ruleId, Locale locale) {
    RuleInfo<?> info = BuiltInRules.byId(ruleId).map(Rule::info).orElseThrow(() ->
        CliUsageException.of(CliUsageException.RULE_UNKNOWN, UNKNOWN_RULE, Map.of("rule", ruleId)));
    StringBuilder text = new StringBuilder(RuleCatalogue.explain(info, locale));
    text.append('\n').append(PROFILES.in(locale)).append('\n');
    for (Profile profile : Profiles.all()) {
      text.append("  ").append(profile.name()).append(": ");
      if (!profile.isEnabled(info.id())) {
        text.append(DOES_NOT_RUN.in(locale)).append('\n');
        continue;
      }
      text.append(RUNS.in(locale));
      for (Parameter<?> parameter : info.parameters()) {
        text.append(", ").append(parameter.name()).append(" = ").append(profile.parameter(info.id(), parameter));
      }
      text.append('\n');
    }
    return text.toString();
  }
}

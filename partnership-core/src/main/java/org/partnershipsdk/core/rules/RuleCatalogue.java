package org.partnershipsdk.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders rules' own metadata as a Markdown catalogue: ids, severities, kinds of element,
 * parameters with their defaults and the values each profile sets, and texts in English and French. The SDK's {@code docs/rules.md}
 * is generated with it, so the documentation cannot drift from the rules.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * @param title the document's title
   * @param profiles the profiles to list, with the rules each runs
   * @param rules the rules to describe, in order
   * @return the catalogue in Markdown
   */
  public static String markdown(String title, List<Profile> profiles, List<Rule<?>> rules) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    md.append("<!-- Generated from the rules' metadata by RuleCatalogueTest: do not edit by hand. -->\n\n");
    md.append("A profile's column ticks the rules it runs, with the parameters it sets to another value than\n"
        + "the rule's own default (the \"parameters\" column).\n\n");
    md.append("| id | severity | checks | parameters |").append(profiles.isEmpty() ? "" : profileHeader(profiles))
        .append("\n| --- | --- | --- | --- |").append(" --- |".repeat(profiles.size())).append('\n');
    for (Rule<?> rule : rules) {
      RuleInfo<?> info = rule.info();
      md.append("| [`").append(info.id()).append("`](#").append(anchor(info.id())).append(") | ")
          .append(info.severity().code()).append(" | ").append(info.subject().code()).append(" | ")
          .append(info.parameters().stream().map(p -> "`" + p.name() + "` = " + p.defaultValue())
              .collect(Collectors.joining(", ")))
          .append(" |");
      for (Profile profile : profiles) {
        md.append(profile.isEnabled(info.id()) ? " ✓" + overrides(profile, info) + " |" : " |");
      }
      md.append('\n');
    }
    for (Rule<?> rule : rules) {
      md.append('\n').append(describe(rule.info(), profiles));
    }
    return md.toString();
  }

  /**
   * @param info a rule's description
   * @param locale the reader's locale
   * @return a few lines of plain text: title, id, severity, explanation and parameters
   */
  public static String explain(RuleInfo<?> info, Locale locale) {
    StringBuilder text = new StringBuilder();
    text.append(info.title(locale)).append('\n')
        .append(info.id()).append(" — ").append(info.severity().label(locale)).append(", ")
        .append(info.subject().label(locale)).append('\n').append('\n')
        .append(info.explanation(locale)).append('\n');
    if (!info.parameters().isEmpty()) {
      text.append('\n');
      for (Parameter<?> p : info.parameters()) {
        text.append("  ").append(p.name()).append(" = ").append(p.defaultValue()).append(" — ")
            .append(info.describe(p, locale)).append('\n');
      }
    }
    info.reference().ifPresent(r -> text.append('\n').append(r).append('\n'));
    return text.toString();
  }

  /** The parameters a profile sets to another value than the rule's default, after its ✓. */
  private static String overrides(Profile profile, RuleInfo<?> info) {
    return info.parameters().stream()
        .filter(p -> !profile.parameter(info.id(), p).equals(p.defaultValue()))
        .map(p -> " `" + p.name() + "` = " + profile.parameter(info.id(), p))
        .collect(Collectors.joining(","));
  }

  private static String profileHeader(List<Profile> profiles) {
    return profiles.stream().map(p -> " " + p.name() + " |").collect(Collectors.joining());
  }

  private static String describe(RuleInfo<?> info, List<Profile> profiles) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(info.id()).append("\n\n");
    md.append("- Severity: ").append(info.severity().code()).append("\n");
    md.append("- Checks: ").append(info.subject().code()).append("\n");
    info.reference().ifPresent(r -> md.append("- Source: ").append(r).append("\n"));
    for (Parameter<?> p : info.parameters()) {
      md.append("- Parameter `").append(p.name()).append("` (").append(p.type().getSimpleName()).append(", default ")
          .append(p.defaultValue());
      for (Profile profile : profiles) {
        Object value = profile.parameter(info.id(), p);
        if (profile.isEnabled(info.id()) && !value.equals(p.defaultValue())) {
          md.append("; ").append(profile.name()).append(": ").append(value);
        }
      }
      md.append("): ").append(p.description().en()).append(" / ").append(p.description().fr()).append("\n");
    }
    md.append("\n| | English | Français |\n| --- | --- | --- |\n");
    md.append("| title | ").append(cell(info.title().en())).append(" | ").append(cell(info.title().fr())).append(" |\n");
    md.append("| explanation | ").append(cell(info.explanation().en())).append(" | ")
        .append(cell(info.explanation().fr())).append(" |\n");
    md.append("| message | ").append(cell(info.message().en())).append(" | ").append(cell(info.message().fr()))
        .append(" |\n");
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String anchor(String id) {
    return id.replace(".", "");
  }
}

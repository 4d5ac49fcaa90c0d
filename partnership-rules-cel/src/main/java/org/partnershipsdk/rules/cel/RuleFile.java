package org.partnershipsdk.rules.cel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleConfigurationException;
import org.partnershipsdk.core.rules.RuleSet;
import org.partnershipsdk.rules.cel.internal.Node;
import org.partnershipsdk.rules.cel.internal.Problems;
import org.partnershipsdk.rules.cel.internal.RuleFileReader;

/**
 * A rule file, loaded and checked by {@link RuleFiles}: its rules, compiled once and ready to run
 * in any {@link Profile} beside the built-in ones, and its profile section if it has one.
 *
 * <pre>{@code
 * RuleFile file = RuleFiles.load(Path.of("acme.rules.yaml"));
 * Profile profile = file.applyTo(Profiles.caac());     // CAAC's rules, then the file's
 * RuleReport report = RulesEngine.of(profile, clock).evaluate(portfolio);
 * }</pre>
 */
public final class RuleFile {
  private final String source;
  private final RuleFileReader.Content content;

  RuleFile(String source, RuleFileReader.Content content) {
    this.source = source;
    this.content = content;
  }

  /** @return the file, as it was named when loaded */
  public String source() {
    return source;
  }

  /** @return the rule set's name: the file's {@code name}, or the file name without its extension */
  public String name() {
    return content.name();
  }

  /** @return the file's rules, in order */
  public List<Rule<?>> rules() {
    return content.rules();
  }

  /** @return the file's rules as a rule set named after the file */
  public RuleSet ruleSet() {
    return new RuleSet(name(), rules());
  }

  /** @return the name of the profile the file describes, if it has a profile section */
  public Optional<String> profileName() {
    return content.profile().map(RuleFileReader.ProfileSection::name);
  }

  /** @return the built-in profile the file's profile starts from, if it names one */
  public Optional<String> baseProfile() {
    return content.profile().flatMap(RuleFileReader.ProfileSection::base);
  }

  /**
   * The profile the file describes: the built-in profile it names as its base (or none), the file's
   * rules, then its switches and parameters.
   *
   * @return the profile
   * @throws RuleFileException if a switch or parameter names a rule or parameter the profile does
   *     not have
   */
  public Profile profile() {
    Profile start = Profile.builder(profileName().orElse(name())).build();
    if (baseProfile().isPresent()) {
      start = Profiles.byName(baseProfile().get()).orElseThrow(); // the reader checked it names one
    }
    return applyTo(start);
  }

  /**
   * Derives a profile from another, as {@link Profile#toBuilder()} does in code: the file's rules
   * are added (a rule with the id of one of the profile's takes its place), then the file's profile
   * section, if any, renames the profile, disables and enables rules and sets parameters.
   *
   * @param base the profile to start from, such as {@code Profiles.caac()}
   * @return the derived profile
   * @throws RuleFileException if a switch or parameter names a rule or parameter that the derived
   *     profile does not have, or a value has the wrong type
   */
  public Profile applyTo(Profile base) {
    if (base == null) {
      throw new IncompleteValueException("base");
    }
    Profile.Builder builder = base.toBuilder();
    List<Rule<?>> known = new ArrayList<>(base.rules());
    for (Rule<?> rule : rules()) {
      if (base.rule(rule.info().id()).isPresent()) {
        builder.replace(rule);
      } else {
        builder.add(rule);
        known.add(rule);
      }
    }
    if (content.profile().isEmpty()) {
      return builder.build();
    }
    RuleFileReader.ProfileSection section = content.profile().get();
    Problems problems = new Problems(source);
    builder.name(section.name());
    section.disable().forEach((id, at) -> {
      if (find(known, id, at, problems).isPresent()) {
        builder.disable(id);
      }
    });
    section.enable().forEach((id, at) -> {
      if (find(known, id, at, problems).isPresent()) {
        builder.enable(id);
      }
    });
    section.set().forEach((id, values) -> {
      Node.Location at = section.setAt().get(id);
      find(known, id, at, problems).ifPresent(rule -> values.forEach((name, value) -> {
        if (accepts(rule, name, value, at, problems)) {
          builder.set(id, name, value);
        }
      }));
    });
    if (problems.any()) {
      throw new RuleFileException(source, problems.all());
    }
    return builder.build();
  }

  private static Optional<Rule<?>> find(List<Rule<?>> known, String id, Node.Location at, Problems problems) {
    Optional<Rule<?>> rule = known.stream().filter(r -> r.info().id().equals(id)).findFirst();
    if (rule.isEmpty()) {
      problems.add(Problems.RULE_UNKNOWN, at, Optional.of(id), Problems.RULE_UNKNOWN, Map.of("id", id));
    }
    return rule;
  }

  /** Whether the rule has the parameter and the value fits it, tried on a profile of that rule alone. */
  private static boolean accepts(Rule<?> rule, String name, Object value, Node.Location at, Problems problems) {
    Optional<Parameter<?>> parameter = rule.info().parameter(name);
    if (parameter.isEmpty()) {
      problems.add(Problems.PARAMETER_INVALID, at, Optional.of(rule.info().id()), Problems.PARAMETER_INVALID,
          Map.of("id", rule.info().id(), "name", name));
      return false;
    }
    try {
      Profile.builder("check").add(rule).set(rule.info().id(), name, value).build();
      return true;
    } catch (RuleConfigurationException e) {
      problems.add(Problems.PARAMETER_INVALID, at.line(), at.column(), at.pointer(), Optional.of(rule.info().id()),
          e::getMessage);
      return false;
    }
  }

  @Override
  public String toString() {
    return "RuleFile " + source + " (" + rules().size() + " rules" + profileName().map(p -> ", profile " + p).orElse("")
        + ")";
  }
}

package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * Which rules run and with which parameters: the configuration a programme (CAAC, EXPLOR...) or a
 * user sets. Built-in profiles are in {@link Profiles}; derive your own from them without touching
 * them:
 *
 * <pre>{@code
 * Profile ours = Profiles.caac().toBuilder()
 *     .disable("initiative.sdg.missing")
 *     .set("initiative.follow-up.overdue", "months", 3)
 *     .add(summaryMissing)
 *     .build();
 * }</pre>
 */
public final class Profile {
  private final String name;
  private final List<Rule<?>> rules;
  private final Set<String> disabled;
  private final Map<String, Map<String, Object>> values;

  private Profile(Builder builder) {
    this.name = builder.name;
    this.rules = List.copyOf(builder.rules.values());
    this.disabled = Set.copyOf(builder.disabled);
    Map<String, Map<String, Object>> copy = new HashMap<>();
    builder.values.forEach((rule, params) -> copy.put(rule, Map.copyOf(params)));
    this.values = Map.copyOf(copy);
  }

  /**
   * @param name the profile's name, such as {@code caac}
   * @return an empty builder
   */
  public static Builder builder(String name) {
    if (name == null) {
      throw new IncompleteValueException("name");
    }
    return new Builder(name);
  }

  /** @return a builder holding this profile's rules, switches and parameters */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    rules.forEach(builder::add);
    builder.disabled.addAll(disabled);
    values.forEach((rule, params) -> builder.values.put(rule, new LinkedHashMap<>(params)));
    return builder;
  }

  /** @return the profile's name */
  public String name() {
    return name;
  }

  /** @return every rule the profile knows, enabled or not, in order */
  public List<Rule<?>> rules() {
    return rules;
  }

  /** @return the rules that run, in order */
  public List<Rule<?>> activeRules() {
    return rules.stream().filter(r -> !disabled.contains(r.info().id())).toList();
  }

  /**
   * @param ruleId a rule's id
   * @return the rule, if the profile knows it
   */
  public Optional<Rule<?>> rule(String ruleId) {
    return rules.stream().filter(r -> r.info().id().equals(ruleId)).findFirst();
  }

  /**
   * @param ruleId a rule's id
   * @return whether it runs
   */
  public boolean isEnabled(String ruleId) {
    return rule(ruleId).isPresent() && !disabled.contains(ruleId);
  }

  /**
   * @param ruleId a rule's id
   * @param parameter one of its parameters
   * @param <T> the parameter's type
   * @return the value this profile sets, or the parameter's default
   */
  public <T> T parameter(String ruleId, Parameter<T> parameter) {
    Object value = values.getOrDefault(ruleId, Map.of()).get(parameter.name());
    return value == null ? parameter.defaultValue() : parameter.type().cast(value);
  }

  /**
   * The value this profile gives a rule's parameter, by names:
   * {@code (int) Profiles.explor().parameter("mission.duration.out-of-bounds", "maxDays")} is 21.
   *
   * @param ruleId a rule's id
   * @param parameterName the name of one of its parameters
   * @return the value this profile sets, or the parameter's default
   * @throws RuleConfigurationException {@code rules.rule.unknown} if the profile has no such rule,
   *     {@code rules.parameter.unknown} if the rule has no such parameter
   */
  public Object parameter(String ruleId, String parameterName) {
    Rule<?> rule = rule(ruleId).orElseThrow(() -> RuleConfigurationException.unknownRule(ruleId));
    Parameter<?> parameter = rule.info().parameter(parameterName)
        .orElseThrow(() -> RuleConfigurationException.unknownParameter(ruleId, parameterName));
    return parameter(ruleId, parameter);
  }

  @Override
  public String toString() {
    return "Profile " + name + " (" + activeRules().size() + " of " + rules.size() + " rules)";
  }

  /** Builds a {@link Profile}. */
  public static final class Builder {
    private String name;
    private final Map<String, Rule<?>> rules = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param name the derived profile's name
     * @return this builder
     */
    public Builder name(String name) {
      if (name == null) {
        throw new IncompleteValueException("name");
      }
      this.name = name;
      return this;
    }

    /**
     * @param rule a rule to run
     * @return this builder
     * @throws RuleConfigurationException if the profile already has a rule with its id
     */
    public Builder add(Rule<?> rule) {
      if (rule == null) {
        throw new IncompleteValueException("rule");
      }
      if (rules.putIfAbsent(rule.info().id(), rule) != null) {
        throw RuleConfigurationException.duplicateRule(rule.info().id());
      }
      return this;
    }

    /**
     * @param set rules to run
     * @return this builder
     */
    public Builder addAll(RuleSet set) {
      set.rules().forEach(this::add);
      return this;
    }

    /**
     * @param rule a rule that takes the place of the profile's rule with the same id
     * @return this builder
     * @throws RuleConfigurationException if the profile has no rule with that id
     */
    public Builder replace(Rule<?> rule) {
      if (rule == null) {
        throw new IncompleteValueException("rule");
      }
      if (!rules.containsKey(rule.info().id())) {
        throw RuleConfigurationException.unknownRule(rule.info().id());
      }
      rules.put(rule.info().id(), rule);
      return this;
    }

    /**
     * @param ruleId the id of a rule that must not run
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabled.add(requireId(ruleId));
      return this;
    }

    /**
     * @param ruleId the id of a rule to run again
     * @return this builder
     */
    public Builder enable(String ruleId) {
      disabled.remove(requireId(ruleId));
      return this;
    }

    /**
     * @param ruleId a rule's id
     * @param parameter the name of one of its parameters
     * @param value the value to use instead of the default
     * @return this builder
     */
    public Builder set(String ruleId, String parameter, Object value) {
      if (parameter == null || value == null) {
        throw new IncompleteValueException(parameter == null ? "parameter" : "value");
      }
      values.computeIfAbsent(requireId(ruleId), id -> new LinkedHashMap<>()).put(parameter, value);
      return this;
    }

    /**
     * @return the profile
     * @throws RuleConfigurationException if a disabled rule or a parameter names something that
     *     does not exist, or a value has the wrong type
     */
    public Profile build() {
      for (String ruleId : disabled) {
        if (!rules.containsKey(ruleId)) {
          throw RuleConfigurationException.unknownRule(ruleId);
        }
      }
      for (Map.Entry<String, Map<String, Object>> entry : values.entrySet()) {
        Rule<?> rule = rules.get(entry.getKey());
        if (rule == null) {
          throw RuleConfigurationException.unknownRule(entry.getKey());
        }
        for (Map.Entry<String, Object> value : new ArrayList<>(entry.getValue().entrySet())) {
          Parameter<?> parameter = rule.info().parameter(value.getKey())
              .orElseThrow(() -> RuleConfigurationException.unknownParameter(entry.getKey(), value.getKey()));
          entry.getValue().put(value.getKey(), parameter.convert(value.getValue()));
        }
      }
      return new Profile(this);
    }

    private static String requireId(String ruleId) {
      if (ruleId == null) {
        throw new IncompleteValueException("ruleId");
      }
      return ruleId;
    }
  }
}

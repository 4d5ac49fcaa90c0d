package org.partnershipsdk.core.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * Which rules judge a programme's elements (its initiatives, missions, partnerships and their
 * assessments, the agreements that fund its initiatives): a profile named by its name, such as
 * {@code caac}, and what the programme changes in it: parameter values, rules it turns off or on.
 * The rules engine resolves it per element ({@code RulesEngine.byProgramme}); names are checked
 * then, and a programme that names an unknown profile, rule or parameter is reported as an error
 * finding ({@code rules.profile.invalid}) instead of being applied.
 *
 * <pre>{@code
 * ProfileSettings settings = ProfileSettings.builder().name("caac")
 *     .set("initiative.follow-up.overdue", "months", 3)
 *     .addDisabledRules("partnership.relation.recent")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class ProfileSettings implements WithProfileSettings, Extensible {
  ProfileSettings() {}

  /** @return the profile's name, such as {@code default}, {@code caac} or {@code explor}; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the parameter values the programme sets, each over the profile's */
  public abstract List<@Valid ParameterSetting> parameters();

  /** @return the ids of rules of the profile that do not run for the programme */
  public abstract List<@NotBlank String> disabledRules();

  /** @return the ids of rules of the profile, off there, that run for the programme */
  public abstract List<@NotBlank String> enabledRules();

  /** @return whether the programme takes the profile as it is */
  public final boolean changesNothing() {
    return parameters().isEmpty() && disabledRules().isEmpty() && enabledRules().isEmpty();
  }

  /**
   * @param name the profile's name
   * @return the settings that take that profile as it is
   */
  public static ProfileSettings of(String name) {
    return builder().name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProfileSettings}. */
  public static final class Builder extends ImmutableProfileSettings.Builder {
    Builder() {}

    /**
     * @param rule a rule's id
     * @param parameter the name of one of its parameters
     * @param value the value the programme sets
     * @return this builder
     */
    public Builder set(String rule, String parameter, long value) {
      addParameters(ParameterSetting.of(rule, parameter, value));
      return this;
    }

    /**
     * @param rule a rule's id
     * @param parameter the name of one of its parameters
     * @param value the value the programme sets
     * @return this builder
     */
    public Builder set(String rule, String parameter, BigDecimal value) {
      addParameters(ParameterSetting.of(rule, parameter, value));
      return this;
    }
  }
}

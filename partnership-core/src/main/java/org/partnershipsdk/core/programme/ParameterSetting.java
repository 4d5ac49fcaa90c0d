package org.partnershipsdk.core.programme;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * The value a programme sets for one parameter of one rule, such as 3 months for
 * {@code initiative.follow-up.overdue}. Rules and parameters are named by their ids and names, as
 * {@code docs/rules.md} lists them; a whole-number parameter takes a value without a fraction. The
 * names and the value are checked when the rules engine resolves the programme's profile.
 *
 * <pre>{@code
 * ParameterSetting months = ParameterSetting.of("initiative.follow-up.overdue", "months", 3);
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class ParameterSetting implements WithParameterSetting, Extensible {
  ParameterSetting() {}

  /** @return the rule's id */
  @NotBlank
  public abstract String rule();

  /** @return the parameter's name, such as {@code months} */
  @NotBlank
  public abstract String parameter();

  /** @return the value, kept without trailing zeros */
  public abstract BigDecimal value();

  @Value.Check
  ParameterSetting normalize() {
    return Decimals.isNormal(value()) ? this : withValue(Decimals.normalise(value()));
  }

  /**
   * @param rule the rule's id
   * @param parameter the parameter's name
   * @param value the value
   * @return the setting
   */
  public static ParameterSetting of(String rule, String parameter, BigDecimal value) {
    return builder().rule(rule).parameter(parameter).value(value).build();
  }

  /**
   * @param rule the rule's id
   * @param parameter the parameter's name
   * @param value a whole value
   * @return the setting
   */
  public static ParameterSetting of(String rule, String parameter, long value) {
    return of(rule, parameter, BigDecimal.valueOf(value));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterSetting}. */
  public static final class Builder extends ImmutableParameterSetting.Builder {
    Builder() {}
  }
}

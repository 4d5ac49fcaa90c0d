package org.partnershipsdk.core.results;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * A dimension an {@link Indicator}'s values are broken down by (ventilation, désagrégation): sex,
 * age group, or one of the user's own (a site, a kind of farm...), with the groups it distinguishes
 * when they are fixed. An indicator may declare several, and each part of a value's
 * {@linkplain IndicatorValue#breakdown() breakdown} names a group of one or more of them, such as
 * women aged 15 to 24. In IATI terms, the dimension is a {@code dimension/@name} and its groups
 * the {@code dimension/@value}s.
 *
 * <pre>{@code
 * Disaggregation sex = Disaggregation.of(Disaggregation.SEX, "female", "male");
 * Disaggregation age = Disaggregation.of(Disaggregation.AGE_GROUP, "15-24", "25+");
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Disaggregation implements WithDisaggregation, Extensible {
  /** The name of the breakdown by sex; its groups are usually {@code female} and {@code male}. */
  public static final String SEX = "sex";
  /** The name of the breakdown by age group; the groups are the user's, such as {@code 15-24}. */
  public static final String AGE_GROUP = "age-group";

  Disaggregation() {}

  /**
   * @return the dimension's name, such as {@link #SEX}, {@link #AGE_GROUP} or one of the user's own;
   *     unique among the indicator's dimensions; blank only in a draft
   */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /**
   * @return the groups the dimension distinguishes, such as {@code female} and {@code male}; when
   *     none are listed, a breakdown may name any group; none blank
   */
  public abstract List<@NotBlank String> groups();

  /**
   * @param name the dimension's name
   * @param groups the groups it distinguishes; none for any
   * @return the dimension
   */
  public static Disaggregation of(String name, String... groups) {
    return builder().name(name).addGroups(groups).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disaggregation}. */
  public static final class Builder extends ImmutableDisaggregation.Builder {
    Builder() {}
  }
}

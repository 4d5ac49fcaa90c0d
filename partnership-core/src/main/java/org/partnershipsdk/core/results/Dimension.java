package org.partnershipsdk.core.results;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;

/**
 * One coordinate of a part of a broken-down value: a {@linkplain Disaggregation dimension}'s name
 * and the group of it the part counts, such as {@code sex} = {@code female} (IATI's
 * {@code dimension} with its {@code name} and {@code value}).
 *
 * <pre>{@code
 * Dimension women = Dimension.of(Disaggregation.SEX, "female");
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class Dimension implements WithDimension, Extensible {
  Dimension() {}

  /** @return the name of a dimension the indicator declares, such as {@code sex}; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the group, such as {@code female}; blank only in a draft */
  @Value.Default
  @NotBlank
  public String group() {
    return "";
  }

  /**
   * @param name the dimension's name
   * @param group the group of it
   * @return the coordinate
   */
  public static Dimension of(String name, String group) {
    return builder().name(name).group(group).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dimension}. */
  public static final class Builder extends ImmutableDimension.Builder {
    Builder() {}
  }
}

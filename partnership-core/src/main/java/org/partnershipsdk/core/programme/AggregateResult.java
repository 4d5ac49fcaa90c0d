package org.partnershipsdk.core.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.Decimals;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Referable;

/**
 * A result a {@link Programme} reports for all the initiatives it supported together (résultat
 * agrégé), as its operator publishes it: how many initiatives, partners, people reached over a
 * period, such as the nine initiatives, more than 70 partners and 460,000 people of CAAC from 2014
 * to 2018. These figures belong to the programme: no initiative holds them, and they are not the
 * sum of what the portfolio records.
 *
 * <pre>{@code
 * AggregateResult partners = AggregateResult.builder()
 *     .description("Partners mobilised in France, Asia, Latin America and Africa")
 *     .number(BigDecimal.valueOf(70))
 *     .qualifier(FigureQualifier.MORE_THAN)
 *     .unit("partners")
 *     .period(Period.of(LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31)))
 *     .source("Fonda, « Coopérer autrement en acteurs du changement », 2020")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
public abstract class AggregateResult implements WithAggregateResult, Extensible, Referable {
  AggregateResult() {}

  /** @return what is counted, such as "Initiatives supported"; blank only in a draft */
  @Value.Default
  @NotBlank
  public String description() {
    return "";
  }

  /** @return the figure; a complete result has one */
  public abstract Optional<@NotNull BigDecimal> number();

  /** @return how the figure relates to the real count when it is not exact, such as "more than" */
  public abstract Optional<FigureQualifier> qualifier();

  /** @return the unit counted, such as {@code partners} or {@code people} */
  public abstract Optional<String> unit();

  /** @return the period the figure covers */
  public abstract Optional<@Valid Period> period();

  /** @return where the figure comes from: the organisation, the title and the year of the publication */
  public abstract Optional<String> source();

  /**
   * @param locale the reader's locale: French for {@code fr}, English otherwise
   * @return the figure as a sentence says it, such as "more than 70 partners"; empty without a number
   */
  public final Optional<String> figure(Locale locale) {
    return number().map(n -> (qualifier().map(q -> q.label(locale) + " ").orElse("")) + n.toPlainString()
        + unit().map(u -> " " + u).orElse(""));
  }

  @Value.Check
  AggregateResult normalize() {
    if (number().isEmpty() || Decimals.isNormal(number().get())) {
      return this;
    }
    return withNumber(Decimals.normalise(number().get()));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AggregateResult}. */
  public static final class Builder extends ImmutableAggregateResult.Builder {
    Builder() {}
  }
}

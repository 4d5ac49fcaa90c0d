package org.partnershipsdk.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.json.PartnershipJson;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Binds, through the same table as the model's, the kinds of properties the existing model types do
 * not have yet (optional integers and decimals, lists of dates and of model objects), on a
 * hand-written value and builder shaped like the ones Immutables generates: the table line alone
 * gives each its setter, its omission rule and the SDK's (de)serializers.
 */
class BindingRecipeTest {
  private static final Territory OCCITANIE = Territory.of(CountryCode.FRANCE, TerritoryLevel.REGION, "Occitanie");
  private static final JsonMapper MAPPER = PartnershipJson.mapper().rebuild().addModule(new SimpleModule() {
    @Override
    public void setupModule(SetupContext context) {
      super.setupModule(context);
      Bindings.bindObjects(context, List.of(ObjectBinding.of(Value.class, Builder::new, "count", "days", "rate",
          "territories")));
    }
  }).build();

  @Test
  void everyKindOfPropertyRoundTripsAndEmptiesAreOmitted() {
    Value full = new Builder().count(3).addDays(LocalDate.of(2022, 3, 7)).rate(new BigDecimal("0.250"))
        .addTerritories(OCCITANIE).build();
    String written = MAPPER.writeValueAsString(full);
    assertThat(written).isEqualTo("{\"count\":3,\"days\":[\"2022-03-07\"],\"rate\":\"0.250\","
        + "\"territories\":[{\"country\":\"FR\",\"level\":\"region\",\"name\":\"Occitanie\"}]}");
    assertThat(MAPPER.readValue(written, Value.class)).isEqualTo(full);
    assertThat(MAPPER.writeValueAsString(new Builder().build())).isEqualTo("{}");
    assertThat(MAPPER.readValue("{}", Value.class)).isEqualTo(new Builder().build());
  }

  @Test
  void listElementsAreReadStrictly() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"days\":[\"2022-02-30\"]}", Value.class))
        .isInstanceOf(BindingProblem.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"days\":\"2022-02-03\"}", Value.class))
        .isInstanceOf(DatabindException.class);
  }

  /**
   * A value shaped like a generated one.
   *
   * @param count an optional integer
   * @param days a list of dates
   * @param rate an optional decimal
   * @param territories a list of model objects
   */
  public record Value(OptionalInt count, List<LocalDate> days, Optional<BigDecimal> rate, List<Territory> territories) {}

  /** A builder with the overloads Immutables generates. */
  public static final class Builder {
    private OptionalInt count = OptionalInt.empty();
    private final List<LocalDate> days = new ArrayList<>();
    private Optional<BigDecimal> rate = Optional.empty();
    private final List<Territory> territories = new ArrayList<>();

    /** @param value the count @return this */
    public Builder count(int value) {
      count = OptionalInt.of(value);
      return this;
    }

    /** @param value the count @return this */
    public Builder count(OptionalInt value) {
      count = value;
      return this;
    }

    /** @param value a day @return this */
    public Builder addDay(LocalDate value) {
      days.add(value);
      return this;
    }

    /** @param values days @return this */
    public Builder addDays(LocalDate... values) {
      days.addAll(Arrays.asList(values));
      return this;
    }

    /** @param values days @return this */
    public Builder days(Iterable<? extends LocalDate> values) {
      days.clear();
      values.forEach(days::add);
      return this;
    }

    /** @param value the rate @return this */
    public Builder rate(BigDecimal value) {
      rate = Optional.of(value);
      return this;
    }

    /** @param value the rate @return this */
    public Builder rate(Optional<? extends BigDecimal> value) {
      rate = value.map(BigDecimal.class::cast);
      return this;
    }

    /** @param values territories @return this */
    public Builder addTerritories(Territory... values) {
      territories.addAll(Arrays.asList(values));
      return this;
    }

    /** @param values territories @return this */
    public Builder territories(Iterable<? extends Territory> values) {
      territories.clear();
      values.forEach(territories::add);
      return this;
    }

    /** @return the value */
    public Value build() {
      return new Value(count, List.copyOf(days), rate, List.copyOf(territories));
    }
  }
}

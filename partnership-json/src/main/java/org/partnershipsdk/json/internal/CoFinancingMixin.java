package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link CoFinancing}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"funder", "amount", "rateToBudgetCurrency"})
@JsonDeserialize(builder = CoFinancing.Builder.class)
abstract class CoFinancingMixin {
  @JsonProperty("funder") abstract OrganisationId funder();

  @JsonProperty("amount") abstract Money amount();

  @JsonProperty("rateToBudgetCurrency") @JsonSerialize(contentUsing = DecimalSerializer.class)
  abstract Optional<BigDecimal> rateToBudgetCurrency();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link CoFinancing.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("funder") abstract BuilderMixin funder(OrganisationId funder);

    @JsonProperty("amount") abstract BuilderMixin amount(Money amount);

    @JsonProperty("rateToBudgetCurrency") @JsonDeserialize(using = DecimalDeserializer.class)
    abstract BuilderMixin rateToBudgetCurrency(BigDecimal rateToBudgetCurrency);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

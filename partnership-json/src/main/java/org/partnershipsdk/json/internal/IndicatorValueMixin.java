package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.results.IndicatorValue;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link IndicatorValue}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"number", "flag", "text", "date", "sourceOfVerification", "disaggregationKey"})
@JsonDeserialize(builder = IndicatorValue.Builder.class)
abstract class IndicatorValueMixin {
  @JsonProperty("number") @JsonSerialize(contentUsing = DecimalSerializer.class)
  abstract Optional<BigDecimal> number();

  @JsonProperty("flag") abstract Optional<Boolean> flag();

  @JsonProperty("text") abstract Optional<String> text();

  @JsonProperty("date") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> date();

  @JsonProperty("sourceOfVerification") abstract Optional<String> sourceOfVerification();

  @JsonProperty("disaggregationKey") abstract Optional<String> disaggregationKey();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link IndicatorValue.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("number") @JsonDeserialize(using = DecimalDeserializer.class)
    abstract BuilderMixin number(BigDecimal number);

    @JsonProperty("flag") abstract BuilderMixin flag(boolean flag);

    @JsonProperty("text") abstract BuilderMixin text(String text);

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin date(LocalDate date);

    @JsonProperty("sourceOfVerification")
    abstract BuilderMixin sourceOfVerification(String sourceOfVerification);

    @JsonProperty("disaggregationKey") abstract BuilderMixin disaggregationKey(String disaggregationKey);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

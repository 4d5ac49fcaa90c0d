package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.partnershipsdk.core.initiative.Beneficiaries;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Beneficiaries}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"direct", "indirect", "description"})
@JsonDeserialize(builder = Beneficiaries.Builder.class)
abstract class BeneficiariesMixin {
  @JsonProperty("direct") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract OptionalLong direct();

  @JsonProperty("indirect") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract OptionalLong indirect();

  @JsonProperty("description") abstract Optional<String> description();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Beneficiaries.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("direct") abstract BuilderMixin direct(long direct);

    @JsonProperty("indirect") abstract BuilderMixin indirect(long indirect);

    @JsonProperty("description") abstract BuilderMixin description(String description);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

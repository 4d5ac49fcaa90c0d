package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.Period;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link Period}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"start", "end"})
@JsonDeserialize(builder = Period.Builder.class)
abstract class PeriodMixin {
  @JsonProperty("start") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> start();

  @JsonProperty("end") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> end();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Period.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("start") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin start(LocalDate start);

    @JsonProperty("end") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin end(LocalDate end);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

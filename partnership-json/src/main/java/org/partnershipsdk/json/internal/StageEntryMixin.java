package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link StageEntry}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"stage", "date", "reason"})
@JsonDeserialize(builder = StageEntry.Builder.class)
abstract class StageEntryMixin {
  @JsonProperty("stage") abstract Stage stage();

  @JsonProperty("date") @JsonSerialize(using = IsoDateSerializer.class) abstract LocalDate date();

  @JsonProperty("reason") abstract Optional<String> reason();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link StageEntry.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("stage") abstract BuilderMixin stage(Stage stage);

    @JsonProperty("date") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin date(LocalDate date);

    @JsonProperty("reason") abstract BuilderMixin reason(String reason);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.reciprocity.Answer;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The JSON binding of {@link Response}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"respondent", "side", "answeredOn", "answers"})
@JsonDeserialize(builder = Response.Builder.class)
abstract class ResponseMixin {
  @JsonProperty("respondent") abstract OrganisationId respondent();

  @JsonProperty("side") abstract Side side();

  @JsonProperty("answeredOn") @JsonSerialize(contentUsing = IsoDateSerializer.class)
  abstract Optional<LocalDate> answeredOn();

  @JsonProperty("answers") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract List<Answer> answers();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Response.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("respondent") abstract BuilderMixin respondent(OrganisationId respondent);

    @JsonProperty("side") abstract BuilderMixin side(Side side);

    @JsonProperty("answeredOn") @JsonDeserialize(using = IsoDateDeserializer.class)
    abstract BuilderMixin answeredOn(LocalDate answeredOn);

    @JsonProperty("answers") abstract BuilderMixin addAnswers(Answer... answers);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

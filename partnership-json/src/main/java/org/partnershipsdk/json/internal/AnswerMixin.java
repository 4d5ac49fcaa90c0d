package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.partnershipsdk.core.reciprocity.Answer;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON binding of {@link Answer}. Not for public use. */
@ModelObject
@JsonPropertyOrder({"criterion", "score", "comment"})
@JsonDeserialize(builder = Answer.Builder.class)
abstract class AnswerMixin {
  @JsonProperty("criterion") abstract String criterion();

  @JsonProperty("score") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract OptionalInt score();

  @JsonProperty("comment") abstract Optional<String> comment();

  @WritesUnknownProperties abstract Map<String, String> unknownProperties();

  /** The binding of {@link Answer.Builder}. */
  @ModelBuilder
  abstract static class BuilderMixin {
    @JsonProperty("criterion") abstract BuilderMixin criterion(String criterion);

    @JsonProperty("score") abstract BuilderMixin score(int score);

    @JsonProperty("comment") abstract BuilderMixin comment(String comment);

    @KeepsUnknownProperties abstract BuilderMixin putUnknownProperty(String name, String json);
  }
}

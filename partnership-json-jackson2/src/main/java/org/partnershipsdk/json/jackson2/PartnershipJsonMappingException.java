package org.partnershipsdk.json.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Locale;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;

/**
 * A failure to read one of the SDK's values with a Jackson 2 mapper: a {@code JsonMappingException},
 * so that Jackson 2 frameworks report it as unreadable input (Spring MVC: a
 * {@code HttpMessageNotReadableException} with this as its cause, a 400), carrying the SDK's
 * {@link JsonReadException} whole. Its code, problems, pointers and messages are those
 * {@link org.partnershipsdk.json.PartnershipJson} gives for the same text; pointers start from the
 * root of the mapper's input ({@code /initiatives/3/title} when the initiative is the fourth of your
 * own {@code initiatives} list), lines and columns are the input's.
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(body, Initiative.class);
 * } catch (PartnershipJsonMappingException e) {
 *   e.problems().forEach(p -> log.warn("{} {} {}", p.pointer(), p.code(), p.message(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * <p>The {@link JsonReadException} is also the {@linkplain #getCause() cause}, so that a handler of
 * {@code JsonReadException} that looks through causes (Spring's {@code @ExceptionHandler} does)
 * finds it.
 */
public final class PartnershipJsonMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The SDK's exception. */
  private final JsonReadException failure;

  /**
   * @param parser the parser that read the value
   * @param failure the SDK's exception, with pointers and positions in the parser's input
   */
  public PartnershipJsonMappingException(JsonParser parser, JsonReadException failure) {
    super(parser, failure.getMessage(), failure);
    this._location = location(failure);
    this.failure = failure;
  }

  private static JsonLocation location(JsonReadException failure) {
    return failure.line() > 0
        ? new JsonLocation(ContentReference.unknown(), -1L, failure.line(), failure.column())
        : JsonLocation.NA;
  }

  /** @return the SDK's exception, as {@code PartnershipJson} would have thrown it */
  public JsonReadException readException() {
    return failure;
  }

  /** @return the stable code, such as {@code json.type-mismatch} */
  public String code() {
    return failure.code();
  }

  /** @return every problem found, at least one, each with its code, pointer, position and messages */
  public List<JsonProblem> problems() {
    return failure.problems();
  }

  /**
   * @param locale the reader's locale
   * @return the SDK's message in that language (English for a language that has no text)
   */
  public String getMessage(Locale locale) {
    return failure.getMessage(locale);
  }
}

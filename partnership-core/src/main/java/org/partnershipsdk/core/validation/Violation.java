package org.partnershipsdk.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnershipsdk.core.internal.Texts;

/**
 * One problem found by {@link ModelValidator}: what is wrong (a stable {@linkplain #code() code}),
 * where (a {@linkplain #path() property path}), with which value, and a message in the reader's
 * language.
 *
 * @param code stable code, such as {@code value.blank} or {@code mission.dates.order}; programs
 *     switch on it, it never changes between versions
 * @param path property path from the validated object, such as {@code participants[0].roles};
 *     empty for the validated object itself
 * @param segments the same path split into property names and list indexes, such as
 *     {@code [participants, 0, roles]}; the JSON module turns it into a JSON Pointer
 * @param invalidValue the offending value as text, {@code <personal data>} when it is personal,
 *     empty when there is no single value (a whole object) or it is missing
 * @param arguments the values the message refers to (bounds, dates, names), by name
 * @param ref the stable reference of the element concerned: the innermost element of the path that
 *     carries one ({@link org.partnershipsdk.core.model.Referable}), such as the indicator of
 *     {@code resultsFramework.specificObjectives[0].indicators[1].name}; empty when none on the
 *     path has one. Unlike an index of the path, it still names the same element after the lists
 *     were reordered
 */
public record Violation(
    String code,
    String path,
    List<String> segments,
    Optional<String> invalidValue,
    Map<String, Object> arguments,
    Optional<String> ref) {

  /** The text that replaces a personal value. */
  public static final String REDACTED = "<personal data>";

  /** Copies the lists and maps; rejects nulls. */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    segments = List.copyOf(segments);
    Objects.requireNonNull(invalidValue, "invalidValue");
    arguments = Map.copyOf(arguments);
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * A violation about an element without a stable reference.
   *
   * @param code stable code
   * @param path property path from the validated object
   * @param segments the same path split into property names and list indexes
   * @param invalidValue the offending value as text
   * @param arguments the values the message refers to
   */
  public Violation(String code, String path, List<String> segments, Optional<String> invalidValue,
      Map<String, Object> arguments) {
    this(code, path, segments, invalidValue, arguments, Optional.empty());
  }

  /** The most characters of an argument a message quotes; longer ones are cut and end with "…". */
  public static final int MAX_QUOTED_LENGTH = 64;

  /**
   * @param locale the reader's locale: French for {@code fr}, English for anything else
   * @return the message, with the arguments filled in, each cut to {@value #MAX_QUOTED_LENGTH}
   *     characters: an argument can be a document's text, of any length
   */
  public String message(Locale locale) {
    return Texts.format(code, locale, org.partnershipsdk.core.text.Texts.quoted(arguments, MAX_QUOTED_LENGTH));
  }

  /**
   * @return the path followed by the reference after a {@code #} when there is one, such as
   *     {@code evaluations[1].period.end #final-2018}; {@code <root>} for the validated object
   */
  public String located() {
    return (path.isEmpty() ? "<root>" : path) + ref.map(r -> " #" + r).orElse("");
  }

  /** @return the path and reference, the message in English and the code, for logs */
  @Override
  public String toString() {
    return located() + ": " + message(Locale.ENGLISH) + " [" + code + "]";
  }
}

package org.partnershipsdk.core.model;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * An element of a list that can carry a stable reference (référence stable): an evaluation, an
 * objective, an indicator, a budget line, a tranche... A front-end gives each element a reference
 * of its own (a database key, a UUID) so that it can find the element again after the list was
 * reordered or grown, where a list index would point at another element.
 *
 * <p>A reference is optional. When given, it is unique among the elements of its list (validation
 * code {@code ref.duplicate}, at the second element's {@code ref}) and is 1 to 64 letters, digits,
 * {@code -}, {@code _}, {@code .} or {@code :}, beginning with a letter or a digit
 * ({@code ref.invalid}). Violations and rule findings about an element, or about anything inside
 * it, carry the reference of the innermost referenced element beside their path
 * ({@code Violation.ref()}, {@code Finding.ref()}).
 */
public interface Referable {
  /** What a reference looks like: 1 to 64 letters, digits, '-', '_', '.' or ':', from a letter or digit. */
  String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  /**
   * @return the element's stable reference, unique within its list; empty when the element has
   *     none (the SDK never makes one up)
   */
  Optional<@Pattern(regexp = PATTERN, message = "{ref.invalid}") String> ref();
}

package org.partnershipsdk.core.model;

import java.util.List;
import org.partnershipsdk.core.internal.Texts;

/**
 * Thrown when a model value cannot be built at all: a mandatory attribute was never set, or a
 * {@code null} was passed where the type forbids it (the model is null-free: absent values are
 * {@link java.util.Optional#empty()} or empty collections).
 *
 * <p>This is the only failure a builder raises. Everything a form may still be filling in (a blank
 * title, a missing date, a score outside its scale...) is accepted at {@code build()} and reported
 * by validation instead, all problems at once.
 */
public final class IncompleteValueException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The names of the attributes that are missing or were given {@code null}. */
  private final List<String> attributes;

  /**
   * Called by generated builders with the names of the missing attributes, or of the attribute
   * that was given {@code null}.
   *
   * @param attributes the attributes' names
   */
  public IncompleteValueException(String... attributes) {
    super("value.incomplete",
        locale -> Texts.format("value.incomplete", locale, java.util.Map.of("attributes", String.join(", ", attributes))));
    this.attributes = List.of(attributes);
  }

  /** @return the names of the attributes that are missing or were given {@code null} */
  public List<String> attributes() {
    return attributes;
  }
}

package org.partnershipsdk.core.rules;

import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * Names the element a finding is about: its kind and its identifier.
 *
 * @param kind the {@linkplain Subject#code() kind's code}, such as {@code initiative}
 * @param id the element's identifier, such as {@code caac-comasagua-montauban}
 */
public record SubjectRef(String kind, String id) {

  /** Rejects nulls. */
  public SubjectRef {
    if (kind == null || id == null) {
      throw new IncompleteValueException(kind == null ? "kind" : "id");
    }
  }

  @Override
  public String toString() {
    return kind + " " + id;
  }
}

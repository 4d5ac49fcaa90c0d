package org.partnershipsdk.core.reciprocity;

import org.partnershipsdk.core.model.IncompleteValueException;

/** Rejects the nulls a caller may pass, with the SDK's exception rather than a bare one. */
final class Require {
  private Require() {}

  static <T> T present(T value, String name) {
    if (value == null) {
      throw new IncompleteValueException(name);
    }
    return value;
  }
}

package org.partnershipsdk.json;

import java.util.List;

/** The SDK's document types, found by their registered names. */
final class Documents {
  /** Every top-level document type. */
  static final List<DocumentType<?>> ALL = DocumentType.values();

  private Documents() {}

  /**
   * @param name a registered name
   * @return the document type of that name
   */
  static DocumentType<?> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No document type " + name));
  }
}

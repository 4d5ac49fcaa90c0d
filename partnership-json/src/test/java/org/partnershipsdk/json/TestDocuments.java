package org.partnershipsdk.json;

import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;

/** Test-only document types, until the model's top-level types are bound. */
final class TestDocuments {
  static final DocumentType<Territory> TERRITORY = DocumentType.of("test-territory", Territory.class);
  static final DocumentType<Period> PERIOD = DocumentType.of("test-period", Period.class);
  static final DocumentType<Sample> SAMPLE = DocumentType.of("test-sample", Sample.class);

  private TestDocuments() {}
}

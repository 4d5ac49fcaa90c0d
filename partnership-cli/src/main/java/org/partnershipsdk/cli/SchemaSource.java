package org.partnershipsdk.cli;

import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipSchemas;

/**
 * Where the {@code schema} command finds the JSON Schema of a document type: the one seam between
 * the checker and the schemas shipped by partnership-json, so that tests can hand it others.
 */
@FunctionalInterface
interface SchemaSource {
  /** The schemas partnership-json ships in its jar. */
  SchemaSource SHIPPED = PartnershipSchemas::schema;

  /**
   * @param type a document type of the SDK
   * @return the text of its JSON Schema
   */
  String schema(DocumentType<?> type);
}

package org.partnershipsdk.examples.cli;

import java.util.Optional;
import org.partnershipsdk.json.DocumentType;

/**
 * Where the {@code schema} command finds the JSON Schema of a document type: the one seam between
 * the checker and the schemas shipped by partnership-json.
 */
@FunctionalInterface
interface SchemaSource {
  /**
   * The schemas of this build. partnership-json does not ship its document types' schemas yet, so
   * there are none; once it does, this is {@code type -> Optional.of(PartnershipSchemas.schema(type))}.
   */
  SchemaSource SHIPPED = type -> Optional.empty();

  /**
   * @param type a document type of the SDK
   * @return the text of its JSON Schema, empty when this build has none
   */
  Optional<String> schema(DocumentType<?> type);
}

package org.partnershipsdk.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against a JSON Schema with a maintained draft 2020-12 validator (networknt),
 * as an application in another language would.
 */
final class SchemaValidation {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /**
   * @param schema the text of a schema
   * @param document the text of a document
   * @return the validator's messages; empty when the document is valid
   */
  static List<String> errors(String schema, String document) {
    Schema compiled = SCHEMAS.computeIfAbsent(schema, text -> REGISTRY.getSchema(text, InputFormat.JSON));
    return compiled.validate(document, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /**
   * @param type a document type with a shipped schema
   * @param document the text of a document of that type
   * @return the validator's messages; empty when the document is valid
   */
  static List<String> errors(DocumentType<?> type, String document) {
    return errors(PartnershipSchemas.schema(type), document);
  }
}

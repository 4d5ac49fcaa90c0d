package org.partnershipsdk.json.jackson2;

import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.DocumentType;

/**
 * A whole document of the wire format, {@code {"type": ..., "schemaVersion": ..., "data": ...}},
 * for a Jackson 2 mapper with {@link PartnershipJackson2Module}: written with the envelope
 * {@link org.partnershipsdk.json.PartnershipJson} writes, read with its checks (the type named,
 * the major schema version, trailing content when your mapper checks it).
 *
 * <pre>{@code
 * JsonDocument<Portfolio> read = mapper.readValue(text, new TypeReference<JsonDocument<Portfolio>>() {});
 * String written = mapper.writeValueAsString(JsonDocument.of(DocumentType.PORTFOLIO, portfolio));
 * }</pre>
 *
 * <p>A document is read as the type its Java type names: {@code JsonDocument<Initiative>} reads an
 * initiative document, and fails with {@code json.document-type.mismatch} on another.
 * {@code JsonDocument<?>} cannot be read (the SDK never reads a document of a type it was not asked
 * for).
 *
 * @param type the document type
 * @param data the model value
 * @param <T> the model type
 */
public record JsonDocument<T>(DocumentType<T> type, T data) {

  /**
   * @param type the document type
   * @param data the model value
   * @throws IncompleteValueException if one is null
   */
  public JsonDocument {
    if (type == null) {
      throw new IncompleteValueException("type");
    }
    if (data == null) {
      throw new IncompleteValueException("data");
    }
  }

  /**
   * @param type the document type
   * @param data the model value
   * @param <T> the model type
   * @return the document
   * @throws IncompleteValueException if one is null
   */
  public static <T> JsonDocument<T> of(DocumentType<T> type, T data) {
    return new JsonDocument<>(type, data);
  }
}

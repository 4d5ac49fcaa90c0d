package org.partnershipsdk.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * The JSON Schemas (draft 2020-12) of the SDK's documents, one per {@link DocumentType}, shipped in
 * this jar at {@code partnership-sdk/json/schema/v1/<type>.schema.json} (for instance
 * {@code partnership-sdk/json/schema/v1/initiative.schema.json}). The path stays the same for every
 * 1.x version of the format; a format 2.0 would add {@code v2} beside it.
 *
 * <p>Each schema is self-contained: it describes the envelope ({@code type}, {@code schemaVersion},
 * {@code data}) and, in its {@code $defs}, every model object, code list and value the document can
 * hold; it refers to no other file. A definition has the same name and content in every schema. The
 * schemas describe what the SDK reads: drafts are valid (only identifiers and the few attributes a
 * value cannot be built without are required) and properties the SDK does not know are allowed
 * everywhere except in money. The description of the format is {@code docs/wire-format.md}.
 *
 * <pre>{@code
 * String schema = PartnershipSchemas.schema(DocumentType.INITIATIVE);   // hand it to any validator
 * }</pre>
 *
 * <p>The folder's name is not a Java package name ({@code partnership-sdk}), so the resources are not
 * encapsulated by the module system: on the module path as on the class path, any code can read
 * them by path, through this class or a class loader:
 * <pre>{@code
 * URL url = PartnershipSchemas.class.getClassLoader().getResource(PartnershipSchemas.resourcePath(type));
 * }</pre>
 */
public final class PartnershipSchemas {
  /** The JSON Schema dialect of the schemas: draft 2020-12. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /**
   * The base of the schemas' {@code $id}s for this major version of the format: an identifier,
   * not an address to download from.
   */
  public static final String ID_BASE = "https://partnershipsdk.org/json/schema/v1/";

  /** The folder of the schemas inside the jar, without a leading slash. */
  public static final String RESOURCE_FOLDER = "partnership-sdk/json/schema/v1/";

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private PartnershipSchemas() {}

  /**
   * @param type a document type of the SDK
   * @return the text of its JSON Schema, in UTF-8 as shipped (indented, {@code \n} line ends)
   * @throws IncompleteValueException if {@code type} is null
   * @throws IllegalStateException if the jar holds no schema for the type (a broken jar)
   */
  public static String schema(DocumentType<?> type) {
    String path = resourcePath(type);
    return CACHE.computeIfAbsent(path, PartnershipSchemas::load);
  }

  /**
   * @param type a document type of the SDK
   * @return where its schema is in the jar, such as
   *     {@code partnership-sdk/json/schema/v1/initiative.schema.json}
   * @throws IncompleteValueException if {@code type} is null
   */
  public static String resourcePath(DocumentType<?> type) {
    return RESOURCE_FOLDER + fileName(type);
  }

  /**
   * @param type a document type of the SDK
   * @return its schema's {@code $id}, such as
   *     {@code https://partnershipsdk.org/json/schema/v1/initiative.schema.json}
   * @throws IncompleteValueException if {@code type} is null
   */
  public static URI id(DocumentType<?> type) {
    return URI.create(ID_BASE + fileName(type));
  }

  /** Where the bundled schema is in the jar: every document type and shared definition in one file. */
  public static final String BUNDLE_RESOURCE = RESOURCE_FOLDER + "partnership-sdk.schema.json";

  /**
   * One schema for every document type, for code generators (json-schema-to-typescript, quicktype)
   * and form libraries: each shared definition ({@code Date}, {@code OrganisationId},
   * {@code Territory}...) is declared once under {@code $defs}, each document type's envelope is
   * {@code $defs/<Type>Document} ({@code PortfolioDocument}...), and the root accepts any of them.
   * Same rules as the per-type schemas, which stay the ones to validate one type with.
   *
   * @return the text of the bundled schema ({@code $id} {@code ID_BASE + "partnership-sdk.schema.json"})
   */
  public static String bundle() {
    return CACHE.computeIfAbsent(BUNDLE_RESOURCE, PartnershipSchemas::load);
  }

  private static String fileName(DocumentType<?> type) {
    if (type == null) {
      throw new IncompleteValueException("type");
    }
    return type.name() + ".schema.json";
  }

  private static String load(String path) {
    try (InputStream in = PartnershipSchemas.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("No JSON Schema in the jar at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}

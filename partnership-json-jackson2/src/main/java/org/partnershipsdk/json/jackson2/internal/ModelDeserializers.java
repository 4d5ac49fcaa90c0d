package org.partnershipsdk.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.internal.Bindings;
import org.partnershipsdk.json.internal.DocumentReader;
import org.partnershipsdk.json.internal.Source;
import org.partnershipsdk.json.jackson2.JsonDocument;
import org.partnershipsdk.json.jackson2.PartnershipJsonMappingException;

/**
 * The Jackson 2 deserializers: for every type partnership-json's binding table owns, one that gives
 * the value's tokens to partnership-json's reader (as a document's data is read), and one for
 * {@link JsonDocument} that gives them to {@link PartnershipJson} (as a whole document is read).
 * Not for public use.
 */
public final class ModelDeserializers extends Deserializers.Base {
  private final boolean strict;
  private final boolean validating;

  /**
   * @param strict whether unknown properties are rejected
   * @param validating whether the values read are validated
   */
  public ModelDeserializers(boolean strict, boolean validating) {
    this.strict = strict;
    this.validating = validating;
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (raw == JsonDocument.class) {
      return new DocumentDeserializer(json(), null);
    }
    return value(raw);
  }

  @Override
  public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
      BeanDescription description) {
    return value(type);
  }

  private JsonDeserializer<?> value(Class<?> type) {
    return Bindings.modelTypeOf(type).map(bound -> new ValueDeserializer(bound, new DocumentReader(strict, validating)))
        .orElse(null);
  }

  private PartnershipJson json() {
    PartnershipJson json = PartnershipJson.create();
    json = strict ? json.strict() : json;
    return validating ? json.validating() : json;
  }

  /**
   * Reads the value at the parser's current token through partnership-json.
   *
   * @param parser the parser, at the value's first token; left at its last
   * @param context the context of the read
   * @param read how partnership-json reads the value's text
   * @param <T> the value's type
   * @return the value
   * @throws PartnershipJsonMappingException for any failure partnership-json reports
   * @throws IOException for a failure that is the mapper's own (a limit of its parser)
   */
  static <T> T read(JsonParser parser, DeserializationContext context, Reading<T> read) throws IOException {
    ValueText text = ValueText.of(parser, context.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    try {
      T value = read.read(text);
      text.finish();
      return value;
    } catch (JsonReadException failure) {
      throw new PartnershipJsonMappingException(parser, text.failure(failure));
    }
  }

  /**
   * How partnership-json reads a value's text.
   *
   * @param <T> the value's type
   */
  @FunctionalInterface
  interface Reading<T> {
    /**
     * @param text the value's text
     * @return the value
     * @throws JsonReadException for any failure
     */
    T read(Reader text);
  }

  /** A model value, read as a document's data is. */
  private static final class ValueDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient DocumentReader reader;

    ValueDeserializer(Class<?> type, DocumentReader reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, text -> reader.readValue(handledType(), Source.of(text)));
    }
  }

  /** A whole document, of the type its Java type names. */
  @SuppressWarnings("rawtypes")
  private static final class DocumentDeserializer extends StdDeserializer<JsonDocument>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient PartnershipJson json;
    private final transient DocumentType<?> type;

    DocumentDeserializer(PartnershipJson json, DocumentType<?> type) {
      super(JsonDocument.class);
      this.json = json;
      this.type = type;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      JavaType document = context.getContextualType();
      JavaType data = document == null ? null : document.containedType(0);
      Optional<DocumentType<?>> named = data == null ? Optional.empty()
          : DocumentType.values().stream().filter(t -> t.modelType() == data.getRawClass()).findFirst();
      return new DocumentDeserializer(json, named.orElse(null));
    }

    @Override
    public JsonDocument deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (type == null) {
        return context.reportBadDefinition(JsonDocument.class, "A JsonDocument is read as the document type its"
            + " Java type names, such as JsonDocument<Initiative>; found " + context.getContextualType());
      }
      return read(parser, context, text -> document(type, text));
    }

    private <T> JsonDocument<T> document(DocumentType<T> type, Reader text) {
      return JsonDocument.of(type, json.read(type, text));
    }
  }
}

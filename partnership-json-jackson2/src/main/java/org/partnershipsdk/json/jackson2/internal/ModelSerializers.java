package org.partnershipsdk.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.internal.Bindings;
import org.partnershipsdk.json.internal.DocumentReader;
import org.partnershipsdk.json.jackson2.JsonDocument;

/**
 * The Jackson 2 serializers: one for every type partnership-json's binding table owns (the model's
 * objects, closed values and code lists, generated subclasses included), one for {@link JsonDocument}.
 * Not for public use.
 */
public final class ModelSerializers extends Serializers.Base {
  private static final ValueSerializer VALUE = new ValueSerializer();
  private static final DocumentSerializer DOCUMENT = new DocumentSerializer();

  @Override
  public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    if (raw == JsonDocument.class) {
      return DOCUMENT;
    }
    return Bindings.modelTypeOf(raw).isPresent() ? VALUE : null;
  }

  /** A model value, as partnership-json writes it. */
  private static final class ValueSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    ValueSerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      TokenCopy.write(value, generator);
    }
  }

  /** A document: its envelope, in partnership-json's order, then its data. */
  @SuppressWarnings("rawtypes")
  private static final class DocumentSerializer extends StdSerializer<JsonDocument> {
    private static final long serialVersionUID = 1L;

    DocumentSerializer() {
      super(JsonDocument.class);
    }

    @Override
    public void serialize(JsonDocument document, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      generator.writeStringField(DocumentReader.TYPE, document.type().name());
      generator.writeStringField(DocumentReader.SCHEMA_VERSION, PartnershipJson.SCHEMA_VERSION);
      generator.writeFieldName(DocumentReader.DATA);
      TokenCopy.write(document.data(), generator);
      generator.writeEndObject();
    }
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.partnershipsdk.core.model.Coded;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes every member of a closed code list (an enum implementing {@link Coded}) as its stable
 * {@link Coded#code() code}, never its Java name. Not for public use.
 */
final class CodedSerializers extends Serializers.Base {
  private static final CodeSerializer CODE = new CodeSerializer();

  @Override
  public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier description, JsonFormat.Value format) {
    return isCodedEnum(type.getRawClass()) ? CODE : null;
  }

  @Override
  public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier description, JsonFormat.Value format) {
    return isCodedEnum(type.getRawClass()) ? CODE : null;
  }

  static boolean isCodedEnum(Class<?> type) {
    return Enum.class.isAssignableFrom(type) && Coded.class.isAssignableFrom(type);
  }

  /** Writes a code. */
  private static final class CodeSerializer extends StdSerializer<Coded> {
    CodeSerializer() {
      super(Coded.class);
    }

    @Override
    public void serialize(Coded value, JsonGenerator generator, SerializationContext context) {
      generator.writeString(value.code());
    }
  }
}

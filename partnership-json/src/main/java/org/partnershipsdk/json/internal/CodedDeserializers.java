package org.partnershipsdk.json.internal;

import java.util.HashMap;
import java.util.Map;
import org.partnershipsdk.core.model.Coded;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every member of a closed code list (an enum implementing {@link Coded}) from its stable
 * code. Only a JSON string is accepted (no ordinal, no Java name); an unknown code fails with
 * {@code json.code.unknown}. Not for public use.
 */
final class CodedDeserializers extends Deserializers.Base {
  @Override
  public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription.Supplier description) {
    return CodedSerializers.isCodedEnum(type.getRawClass()) ? new CodeDeserializer(type.getRawClass()) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return CodedSerializers.isCodedEnum(valueType);
  }

  /** Reads one code list. */
  private static final class CodeDeserializer extends StdDeserializer<Object> {
    private final transient Map<String, Object> byCode = new HashMap<>();

    CodeDeserializer(Class<?> type) {
      super(type);
      for (Object member : type.getEnumConstants()) {
        byCode.put(((Coded) member).code(), member);
      }
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      String code = Tokens.requireString(parser);
      Object member = byCode.get(code);
      if (member == null) {
        throw BindingProblem.of(parser, "json.code.unknown", "json.code.unknown",
            Map.of("value", code, "list", handledType().getSimpleName()));
      }
      return member;
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.Enum;
    }
  }
}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.partnershipsdk.json.internal.ObjectBinding.Property;
import tools.jackson.core.Version;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMethod;

/**
 * Tells Jackson, from the binding table alone, what per-type mixins used to say: which accessors
 * are properties, their names and order, which builder reads the type and which setter each
 * property, when a property is omitted, and which of the SDK's (de)serializers a date or a decimal
 * takes. Jackson asks once per type, when it builds the type's serializer or deserializer, and
 * caches the answer, so the table costs nothing per value. What is the same for every model type
 * (visibility, unknown properties, the builder's naming) stays in annotations, on
 * {@link ExtensibleMixin}. Not for public use.
 */
final class ModelIntrospector extends AnnotationIntrospector {
  private static final long serialVersionUID = 1L;
  private static final JsonInclude.Value NON_EMPTY = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);

  private final transient Map<Class<?>, ObjectBinding> byType = new HashMap<>();
  private final transient Map<Method, Property> byAccessor = new HashMap<>();
  private final transient Map<Method, Property> bySetter = new HashMap<>();

  /** @param objects the model types written as objects */
  ModelIntrospector(List<ObjectBinding> objects) {
    for (ObjectBinding object : objects) {
      byType.put(object.type(), object);
      for (Property property : object.properties()) {
        byAccessor.put(property.accessor(), property);
        bySetter.put(property.setter(), property);
      }
    }
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  // Writing, through the accessors of the model type's implementation.

  @Override
  public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass annotated) {
    ObjectBinding object = binding(annotated.getRawType());
    return object == null ? null : object.names().toArray(String[]::new);
  }

  @Override
  public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated annotated) {
    Property property = accessor(annotated);
    return property == null ? null : PropertyName.construct(property.name());
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated annotated) {
    Property property = accessor(annotated);
    if (property == null) {
      return JsonInclude.Value.empty();
    }
    Class<?> type = property.accessor().getReturnType();
    return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type == OptionalInt.class
        || type == OptionalLong.class || type == OptionalDouble.class ? NON_EMPTY : JsonInclude.Value.empty();
  }

  @Override
  public Object findSerializer(MapperConfig<?> config, Annotated annotated) {
    return accessor(annotated) == null ? null : serializer(((AnnotatedMethod) annotated).getType().getRawClass());
  }

  @Override
  public Object findContentSerializer(MapperConfig<?> config, Annotated annotated) {
    if (accessor(annotated) == null) {
      return null;
    }
    JavaType type = ((AnnotatedMethod) annotated).getType();
    return type.isReferenceType() || type.isCollectionLikeType() ? serializer(type.getContentType().getRawClass())
        : null;
  }

  // Reading, through the builder's setters.

  @Override
  public Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass annotated) {
    ObjectBinding object = byType.get(annotated.getRawType());
    return object == null ? null : object.builder();
  }

  @Override
  public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated annotated) {
    Property property = setter(annotated);
    return property == null ? null : PropertyName.construct(property.name());
  }

  @Override
  public Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
    Property property = setter(annotated);
    return property == null ? null : deserializer(property.setter().getParameterTypes()[0]);
  }

  @Override
  public Object findContentDeserializer(MapperConfig<?> config, Annotated annotated) {
    Property property = setter(annotated);
    Class<?> parameter = property == null ? null : property.setter().getParameterTypes()[0];
    return parameter != null && parameter.isArray() ? deserializer(parameter.getComponentType()) : null;
  }

  private static Class<?> serializer(Class<?> type) {
    if (type == LocalDate.class) {
      return IsoDateSerializer.class;
    }
    return type == BigDecimal.class ? DecimalSerializer.class : null;
  }

  private static Class<?> deserializer(Class<?> type) {
    if (type == LocalDate.class) {
      return IsoDateDeserializer.class;
    }
    return type == BigDecimal.class ? DecimalDeserializer.class : null;
  }

  /** @return the binding of the model type the class is or implements (ImmutableTerritory: Territory's) */
  private ObjectBinding binding(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      ObjectBinding object = byType.get(c);
      if (object != null) {
        return object;
      }
    }
    return null;
  }

  private Property accessor(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod method) || method.getParameterCount() != 0) {
      return null;
    }
    Property declared = byAccessor.get(method.getAnnotated()); // the model type's own, or inherited (ResultsLevel's)
    ObjectBinding object = declared == null ? binding(method.getDeclaringClass()) : null;
    if (object == null) {
      return declared;
    }
    for (Property property : object.properties()) {
      if (property.name().equals(method.getName())) {
        return property;
      }
    }
    return null;
  }

  private Property setter(Annotated annotated) {
    return annotated instanceof AnnotatedMethod method && method.getParameterCount() == 1
        ? bySetter.get(method.getAnnotated()) : null;
  }
}

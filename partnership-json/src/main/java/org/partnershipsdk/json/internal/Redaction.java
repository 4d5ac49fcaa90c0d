package org.partnershipsdk.json.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsdk.core.model.PersonalData;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.BeanSerializerBuilder;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The redaction of personal data, driven by {@link PersonalData} alone: Jackson asks it for the
 * properties of every model object it writes, and it decides for each from the annotation on the
 * accessor or on the type of the value, never from the model type itself. Not for public use.
 *
 * <p>A property is personal when its accessor carries {@code @PersonalData}, when its value (or the
 * elements of its list, or the content of its {@code Optional}) is of a {@code @PersonalData} type,
 * or when it belongs to a {@code @PersonalData} type (every attribute of a person is personal).
 * A personal property is then:
 * <ul>
 *   <li>kept as a shell when it holds persons (values of a {@code @PersonalData} type): they stay in
 *       place, so that a mission still counts its volunteers, and are written with their own
 *       properties redacted by these rules;</li>
 *   <li>masked when it is a text the format always writes (a name): written as {@value #MASK};</li>
 *   <li>left out otherwise (optional values, lists, codes, dates, numbers): it reads back absent,
 *       empty or with its default.</li>
 * </ul>
 * Unknown properties are left out everywhere: the SDK cannot tell whether they hold personal data.
 */
public final class Redaction extends ValueSerializerModifier {
  /** What a masked text is written as: the marker {@code toString()} and validation reports use. */
  public static final String MASK = "<personal data>";

  private static final JsonMapper MAPPER = HardenedMapper.mapper().rebuild().addModule(new Module()).build();

  private Redaction() {}

  /** @return the hardened mapper, writing with personal data redacted */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier description,
      List<BeanPropertyWriter> properties) {
    Class<?> owner = description.getBeanClass();
    boolean person = isPersonal(owner);
    List<BeanPropertyWriter> kept = new ArrayList<>(properties.size());
    for (BeanPropertyWriter property : properties) {
      if (!person && property.getAnnotation(PersonalData.class) == null && !holdsPersons(property.getType())) {
        kept.add(property);
      } else if (holdsPersons(property.getType())) {
        kept.add(property);
      } else if (property.getType().getRawClass() == String.class) {
        kept.add(new MaskedProperty(property));
      } else if (isRequired(owner, property)) {
        throw new IllegalStateException("Cannot redact " + owner.getName() + "." + property.getName()
            + ": a required personal property must be a text, to be masked");
      }
    }
    return kept;
  }

  /**
   * Leaves out the unknown properties. Jackson 3 adds the any-getter to the properties after
   * {@link #changeProperties} has run, so it can only be taken out here, from the final list.
   */
  @Override
  public BeanSerializerBuilder updateBuilder(SerializationConfig config, BeanDescription.Supplier description,
      BeanSerializerBuilder builder) {
    builder.setAnyGetter(null);
    List<BeanPropertyWriter> properties = builder.getProperties();
    BeanPropertyWriter[] filtered = builder.getFilteredProperties();
    List<BeanPropertyWriter> known = new ArrayList<>(properties.size());
    List<BeanPropertyWriter> knownFiltered = new ArrayList<>(properties.size());
    for (int i = 0; i < properties.size(); i++) {
      BeanPropertyWriter property = properties.get(i);
      if (!(property instanceof AnyGetterWriter) && !isUnknownProperties(property)) {
        known.add(property);
        if (filtered != null) {
          knownFiltered.add(filtered[i]);
        }
      }
    }
    builder.setProperties(known);
    if (filtered != null) {
      builder.setFilteredProperties(knownFiltered.toArray(BeanPropertyWriter[]::new));
    }
    return builder;
  }

  /** The accessor of {@link org.partnershipsdk.core.model.Extensible#unknownProperties()}, however Jackson wraps it. */
  private static boolean isUnknownProperties(BeanPropertyWriter property) {
    return property.getMember() != null && "unknownProperties".equals(property.getMember().getName());
  }

  private static boolean holdsPersons(JavaType type) {
    JavaType value = type;
    while (value.isReferenceType() || value.isCollectionLikeType()) {
      value = value.getContentType();
    }
    return isPersonal(value.getRawClass());
  }

  private static boolean isPersonal(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(PersonalData.class)) {
        return true;
      }
    }
    return false;
  }

  /** Required: declared abstract by the model (no default) and neither optional nor a collection. */
  private static boolean isRequired(Class<?> owner, BeanPropertyWriter property) {
    JavaType type = property.getType();
    if (type.isReferenceType() || type.isContainerType() || type.getRawClass().getName().startsWith("java.util.Optional")) {
      return false;
    }
    for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (method.getName().equals(property.getMember().getName()) && method.getParameterCount() == 0
            && Modifier.isAbstract(method.getModifiers())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Writes the property's name with the mask instead of its value. */
  private static final class MaskedProperty extends BeanPropertyWriter {
    MaskedProperty(BeanPropertyWriter base) {
      super(base);
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator generator, SerializationContext context) {
      generator.writeName(getSerializedName());
      generator.writeString(MASK);
    }

    @Override
    public void serializeAsElement(Object bean, JsonGenerator generator, SerializationContext context) {
      generator.writeString(MASK);
    }
  }

  /** Registers the redaction on a mapper. */
  private static final class Module extends JacksonModule {
    @Override
    public String getModuleName() {
      return "partnership-sdk-redaction";
    }

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
      context.addSerializerModifier(new Redaction());
    }
  }
}

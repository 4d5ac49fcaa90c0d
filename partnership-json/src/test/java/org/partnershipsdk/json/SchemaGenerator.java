package org.partnershipsdk.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.model.Referable;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.json.internal.HardenedMapper;
import org.partnershipsdk.json.internal.SchemaVersions;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of a document type from the model and its binding: the properties of
 * each model object are those Jackson writes through the module's binding, in their order, typed
 * from the accessors' Java types; a property is required when the model cannot be built without it
 * (an abstract accessor that is neither optional nor a collection); code lists are listed from the
 * Java enums. {@code SchemaTest} compares the result with the schemas shipped in the jar.
 */
final class SchemaGenerator {
  static final String PERSONAL_DATA = "Personal data: masked or left out by the redacting writer.";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonMapper mapper = HardenedMapper.mapper();
  private final SerializationConfig config = mapper.serializationConfig();
  private final SerializationContext context = mapper._serializationContext();
  private final Map<String, ObjectNode> defs = new TreeMap<>();
  private final Map<String, Class<?>> defined = new HashMap<>();

  private SchemaGenerator() {}

  /**
   * @param type a document type
   * @return the text of its schema, as shipped
   */
  static String generate(DocumentType<?> type) {
    ObjectNode schema = new SchemaGenerator().document(type.name(), type.modelType());
    return HardenedMapper.mapper().writer().with(HardenedMapper.prettyPrinter()).writeValueAsString(schema) + "\n";
  }

  private ObjectNode document(String name, Class<?> modelType) {
    ObjectNode data = schemaOf(config.constructType(modelType));
    ObjectNode root = NODES.objectNode();
    root.put("$schema", PartnershipSchemas.DIALECT);
    root.put("$id", PartnershipSchemas.ID_BASE + name + ".schema.json");
    root.put("title", "partnership-sdk " + name + " document, schema version " + SchemaVersions.MAJOR + ".x");
    root.put("description", "A document of the partnership-sdk JSON wire format (docs/wire-format.md): an envelope"
        + " naming its type and schema version around the data. Drafts are valid documents: only identifiers and the"
        + " attributes a value cannot be built without are required. Values are checked as the SDK writes them: codes"
        + " from their lists, ISO codes, dates and decimals by pattern. Properties the SDK does not know are allowed"
        + " (and kept by its default reader) everywhere except in money and labels, so that a newer minor version"
        + " stays valid.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("type").put("const", name);
    properties.putObject("schemaVersion")
        .put("description", "MAJOR.MINOR; this SDK writes " + SchemaVersions.CURRENT + " and reads every "
            + SchemaVersions.MAJOR + ".x")
        .put("type", "string")
        .put("pattern", "^" + SchemaVersions.MAJOR + "\\.(0|[1-9][0-9]{0,8})$");
    properties.set("data", data);
    root.putArray("required").add("type").add("schemaVersion").add("data");
    root.put("additionalProperties", true);
    ObjectNode all = root.putObject("$defs");
    defs.forEach(all::set);
    return root;
  }

  private ObjectNode schemaOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType()) {
      return schemaOf(type.getContentType());
    }
    if (type.isCollectionLikeType()) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", schemaOf(type.getContentType()));
      return array;
    }
    if (raw == String.class) {
      return NODES.objectNode().put("type", "string");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (raw == int.class || raw == Integer.class || raw == OptionalInt.class) {
      return NODES.objectNode().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }
    if (raw == long.class || raw == Long.class || raw == OptionalLong.class) {
      return NODES.objectNode().put("type", "integer").put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
    }
    if (raw == OptionalDouble.class) {
      return NODES.objectNode().put("type", "number");
    }
    if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
      return ref(raw.getSimpleName(), raw, () -> codes(raw));
    }
    if (raw == LocalDate.class) {
      return ref("Date", raw, SchemaGenerator::date);
    }
    if (raw == BigDecimal.class) {
      return ref("Decimal", raw, SchemaGenerator::decimal);
    }
    if (raw == Money.class) {
      return ref("Money", raw, this::money);
    }
    if (raw == Label.class) {
      return ref("Label", raw, SchemaGenerator::label);
    }
    if (raw == Year.class) {
      return NODES.objectNode().put("type", "integer").put("minimum", Year.MIN_VALUE).put("maximum", Year.MAX_VALUE);
    }
    if (raw == URI.class) {
      return ref("WebAddress", raw, () -> text("A web address (URI, RFC 3986); validation checks that it is an"
          + " http or https address.").put("format", "uri-reference"));
    }
    if (raw == CountryCode.class) {
      return ref("CountryCode", raw, () -> text("An ISO 3166-1 alpha-2 country code, such as BJ, as the SDK writes"
          + " it: two capital letters. The SDK's default reader also reads other texts (trimmed and upper-cased), which"
          + " its validation then reports, as it reports a code ISO 3166-1 does not assign.").put("pattern", "^[A-Z]{2}$"));
    }
    if (raw == CurrencyCode.class) {
      return ref("CurrencyCode", raw, () -> text("An ISO 4217 currency code, such as XOF, as the SDK writes it: three"
          + " capital letters. The SDK's default reader also reads other texts (trimmed and upper-cased), which its"
          + " validation then reports, as it reports a code ISO 4217 does not define.").put("pattern", "^[A-Z]{3}$"));
    }
    if (raw == OrganisationIdentifier.class) {
      return ref("OrganisationIdentifier", raw, () -> text("An organisation's identifier with a registration agency,"
          + " as IATI organisation identifiers are written: the agency's code from the IATI OrganisationRegistrationAgency"
          + " list, a hyphen and the number the agency gave, such as GB-CHC-202918. The SDK's reader reads any text"
          + " (trimmed); its validation reports one of another form or whose agency the list does not have or has"
          + " withdrawn.").put("pattern", "^[A-Z]{2}(_[A-Z]{2})?-[A-Z0-9_]+-\\S+$"));
    }
    if (raw == SdgTarget.class) {
      return ref("SdgTarget", raw, () -> text("A target of the Sustainable Development Goals, such as 2.3 or 5.a, as the"
          + " SDK writes it: the goal's number, a dot and the target's number or letter. The SDK's default reader also"
          + " reads other texts (trimmed and lower-cased), which its validation then reports, as it reports a target"
          + " the 2030 Agenda does not have.").put("pattern", "^[1-9][0-9]?\\.([1-9][0-9]?|[a-z])$"));
    }
    if (isIdentifier(raw)) {
      return ref(raw.getSimpleName(), raw, () -> identifier(raw));
    }
    if (config.findMixInClassFor(raw) != null) {
      return ref(raw.getSimpleName(), raw, () -> object(type));
    }
    throw new IllegalStateException("No schema rule for " + type + ": teach SchemaGenerator how it is written");
  }

  private ObjectNode ref(String name, Class<?> type, java.util.function.Supplier<ObjectNode> definition) {
    Class<?> previous = defined.putIfAbsent(name, type);
    if (previous != null && previous != type) {
      throw new IllegalStateException("Two types would be defined as " + name + ": " + previous + " and " + type);
    }
    if (previous == null) {
      defs.put(name, NODES.objectNode()); // a placeholder while recursing
      defs.put(name, definition.get());
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private ObjectNode object(JavaType type) {
    Class<?> raw = type.getRawClass();
    BeanDescription description = context.introspectBeanDescription(type);
    ObjectNode object = NODES.objectNode().put("type", "object");
    if (raw.isAnnotationPresent(PersonalData.class)) {
      object.put("description", "A person. " + PERSONAL_DATA);
    }
    ObjectNode properties = object.putObject("properties");
    List<String> required = new ArrayList<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      AnnotatedMember accessor = property.getAccessor();
      AnnotatedMember unknownProperties = description.findAnyGetter();
      if (accessor == null || unknownProperties != null && accessor.getName().equals(unknownProperties.getName())) {
        continue;
      }
      ObjectNode schema = schemaOf(accessor.getType());
      Method method = accessorMethod(raw, property.getName());
      if (method.isAnnotationPresent(PersonalData.class)) {
        schema.put("description", PERSONAL_DATA);
      }
      if (Referable.class.isAssignableFrom(raw) && property.getName().equals("ref")) {
        schema = NODES.objectNode().put("type", "string").put("pattern", "^" + Referable.PATTERN + "$")
            .put("description", "The element's stable reference, unique among the elements of its list.");
      }
      properties.set(property.getName(), schema);
      if (Modifier.isAbstract(method.getModifiers()) && !omissible(method.getReturnType())) {
        required.add(property.getName());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = object.putArray("required");
      required.forEach(names::add);
    }
    object.put("additionalProperties", true);
    return object;
  }

  private static Method accessorMethod(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no accessor " + name + "()", e);
    }
  }

  private static boolean omissible(Class<?> type) {
    return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
  }

  private ObjectNode money() {
    ObjectNode money = NODES.objectNode().put("description", "An amount in a currency; a closed value: no other"
        + " property is allowed.").put("type", "object");
    ObjectNode properties = money.putObject("properties");
    properties.set("amount", schemaOf(config.constructType(BigDecimal.class)));
    properties.set("currency", schemaOf(config.constructType(CurrencyCode.class)));
    money.putArray("required").add("amount").add("currency");
    money.put("additionalProperties", false);
    return money;
  }

  private static ObjectNode label() {
    ObjectNode label = NODES.objectNode().put("description", "A text in English and French; a closed value: no"
        + " other property is allowed.").put("type", "object");
    ObjectNode properties = label.putObject("properties");
    properties.putObject("en").put("type", "string");
    properties.putObject("fr").put("type", "string");
    label.putArray("required").add("en").add("fr");
    label.put("additionalProperties", false);
    return label;
  }

  private static ObjectNode codes(Class<?> type) {
    ObjectNode codes = NODES.objectNode().put("type", "string");
    ArrayNode values = codes.putArray("enum");
    for (Object member : type.getEnumConstants()) {
      values.add(((Coded) member).code());
    }
    return codes;
  }

  private static ObjectNode date() {
    return NODES.objectNode()
        .put("description", "A day, ISO-8601 yyyy-MM-dd; a year beyond 9999 carries a sign and 5 digits or more."
            + " The day must exist in its month (2022-02-30 is read as an invalid value).")
        .put("type", "string")
        .put("format", "date")
        .put("pattern", "^([0-9]{4}|[+-][0-9]{5,9}|-[0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
  }

  private static ObjectNode decimal() {
    ObjectNode decimal = NODES.objectNode()
        .put("description", "A decimal, written as a string in plain notation with its scale, such as \"1200.5\";"
            + " a JSON number is read too, exactly. At most 64 digits before and 64 after the point.");
    decimal.putArray("type").add("string").add("number");
    return decimal.put("pattern", "^-?(0|[1-9][0-9]{0,63})(\\.[0-9]{1,64})?$");
  }

  private static ObjectNode text(String description) {
    return NODES.objectNode().put("description", description).put("type", "string");
  }

  private static ObjectNode identifier(Class<?> type) {
    return NODES.objectNode()
        .put("description", "An identifier (" + type.getSimpleName() + "): 1 to 200 characters, not blank,"
            + " no control character.")
        .put("type", "string")
        .put("minLength", 1)
        .put("maxLength", 200)
        .put("pattern", "^" + Patterns.ALLOWED + "*" + Patterns.VISIBLE + Patterns.ALLOWED + "*$");
  }

  /** Typed identifiers: records of one text, {@code value}, made by {@code of(String)}. */
  private static boolean isIdentifier(Class<?> type) {
    return type.isRecord() && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getName().equals("value")
        && type.getRecordComponents()[0].getType() == String.class
        && type.getSimpleName().endsWith("Id");
  }

  /** Character classes of identifiers, from the JDK's own definitions of blank and control characters. */
  static final class Patterns {
    /** Any character but a control character. */
    static final String ALLOWED = "[^" + ranges(Character::isISOControl) + "]";
    /** A character that is neither a control character nor white space. */
    static final String VISIBLE = "[^" + ranges(c -> Character.isISOControl(c) || Character.isWhitespace(c)) + "]";

    private Patterns() {}

    private static String ranges(java.util.function.IntPredicate excluded) {
      StringBuilder out = new StringBuilder();
      int c = 0;
      while (c <= 0xFFFF) {
        if (!excluded.test(c)) {
          c++;
          continue;
        }
        int start = c;
        while (c + 1 <= 0xFFFF && excluded.test(c + 1)) {
          c++;
        }
        out.append(escape(start));
        if (c > start) {
          out.append('-').append(escape(c));
        }
        c++;
      }
      return out.toString();
    }

    private static String escape(int c) {
      return String.format(java.util.Locale.ROOT, "\\u%04X", c);
    }
  }
}

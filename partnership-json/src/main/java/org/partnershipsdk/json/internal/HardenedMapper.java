package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.partnershipsdk.json.PartnershipJsonModule;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.type.LogicalType;

/**
 * Builds the hardened mapper: explicit stream-read limits, duplicate keys and trailing tokens
 * rejected, no coercion of scalars, no {@code null} for a value, no default typing. The limits are
 * documented in {@code docs/wire-format.md}; keep both in step. Not for public use.
 */
public final class HardenedMapper {
  /** The deepest nesting of objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest document read whole, in characters whatever the source (64 Mi). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** The most tokens in a document read whole. */
  public static final long MAX_TOKEN_COUNT = 10_000_000L;
  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 200;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final JsonMapper MAPPER = build(false);
  private static final JsonMapper STREAMING_MAPPER = build(true);

  private HardenedMapper() {}

  /** @return the shared hardened mapper, with the module registered */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * @return the same mapper for documents read or written item by item: its document length and
   *     token count are unlimited, every other limit holds
   */
  public static JsonMapper streamingMapper() {
    return STREAMING_MAPPER;
  }

  /**
   * @param streaming whether the document is read item by item, in bounded memory: its length and
   *     token count are then unlimited (every other limit holds)
   * @return the stream-read limits
   */
  public static StreamReadConstraints constraints(boolean streaming) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxDocumentLength(streaming ? -1 : MAX_DOCUMENT_LENGTH)
        .maxTokenCount(streaming ? -1 : MAX_TOKEN_COUNT)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .build();
  }

  /** @return the pretty printer of indented output: two spaces, {@code \n} on every platform */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static JsonMapper build(boolean streaming) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints(streaming))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new PartnershipJsonModule())
        // No default typing, and nothing allowed even if an annotation asked for class names.
        .deactivateDefaultTyping()
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .changeDefaultNullHandling(nulls -> JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
        .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Integer, config -> config
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, config -> config
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, config -> config
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .build();
  }
}

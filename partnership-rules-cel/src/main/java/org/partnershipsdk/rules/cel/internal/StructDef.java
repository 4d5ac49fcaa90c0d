package org.partnershipsdk.rules.cel.internal;

import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.partnershipsdk.core.model.Coded;

/**
 * A model type as expressions see it: a CEL struct type with named, typed, documented fields, each
 * read from the model value when an expression selects it. Optional attributes of the model are
 * fields that may be absent: {@code has(x.field)} tells. Not for public use.
 *
 * @param <T> the model type
 */
public final class StructDef<T> {
  private final String name;
  private final Class<T> type;
  private final String description;
  private final Map<String, Field<T>> fields = new LinkedHashMap<>();
  private StructType celType;

  /**
   * One field: its name, CEL type, how it is read, whether it may be absent, the code list its
   * values come from (so that a message shows them by their label), and what it means.
   *
   * @param name the field's name
   * @param type its CEL type
   * @param read reads it from the model value; {@code null} when absent
   * @param optional whether it may be absent
   * @param codeList the code list of its values, or {@code null}
   * @param description what it means, in English
   * @param <T> the model type
   */
  public record Field<T>(String name, CelType type, Function<T, Object> read, boolean optional,
      Class<? extends Coded> codeList, String description) {}

  private StructDef(String name, Class<T> type, String description) {
    this.name = name;
    this.type = type;
    this.description = description;
  }

  static <T> StructDef<T> of(String name, Class<T> type, String description) {
    return new StructDef<>(name, type, description);
  }

  /** @return the CEL type's name, such as {@code Initiative} */
  public String name() {
    return name;
  }

  /** @return the model type */
  public Class<T> type() {
    return type;
  }

  /** @return what the type is, in English */
  public String description() {
    return description;
  }

  /** @return the fields, in the order they are documented */
  public List<Field<T>> fields() {
    return List.copyOf(fields.values());
  }

  /**
   * @param field a field's name
   * @return the field
   */
  public Optional<Field<T>> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** @return the CEL struct type */
  public StructType celType() {
    if (celType == null) {
      celType = StructType.create(name, ImmutableSet.copyOf(fields.keySet()),
          field -> Optional.ofNullable(fields.get(field)).map(Field::type));
    }
    return celType;
  }

  /**
   * @param value a model value of this type
   * @return the value as expressions see it
   */
  public ModelValue<T> wrap(T value) {
    return new ModelValue<>(this, value);
  }

  // Field declarations, by the kind of value, converted once to what CEL's runtime expects:
  // strings, longs for whole numbers, doubles for decimals, booleans, dates, lists and structs.

  StructDef<T> string(String field, Function<T, String> read, String description) {
    return add(field, SimpleType.STRING, read::apply, false, null, description);
  }

  StructDef<T> optionalString(String field, Function<T, Optional<String>> read, String description) {
    return add(field, SimpleType.STRING, v -> read.apply(v).orElse(null), true, null, description);
  }

  StructDef<T> bool(String field, Function<T, Boolean> read, String description) {
    return add(field, SimpleType.BOOL, read::apply, false, null, description);
  }

  StructDef<T> integer(String field, Function<T, Long> read, String description) {
    return add(field, SimpleType.INT, read::apply, false, null, description);
  }

  StructDef<T> optionalInt(String field, Function<T, OptionalLong> read, String description) {
    return add(field, SimpleType.INT, v -> {
      OptionalLong n = read.apply(v);
      return n.isPresent() ? n.getAsLong() : null;
    }, true, null, description);
  }

  StructDef<T> optionalSmallInt(String field, Function<T, OptionalInt> read, String description) {
    return add(field, SimpleType.INT, v -> {
      OptionalInt n = read.apply(v);
      return n.isPresent() ? (Object) (long) n.getAsInt() : null;
    }, true, null, description);
  }

  StructDef<T> optionalDecimal(String field, Function<T, Optional<BigDecimal>> read, String description) {
    return add(field, SimpleType.DOUBLE, v -> read.apply(v).map(BigDecimal::doubleValue).orElse(null), true, null,
        description);
  }

  StructDef<T> decimal(String field, Function<T, BigDecimal> read, String description) {
    return add(field, SimpleType.DOUBLE, v -> read.apply(v).doubleValue(), false, null, description);
  }

  StructDef<T> date(String field, Function<T, LocalDate> read, String description) {
    return add(field, Types.DATE, read::apply, false, null, description);
  }

  StructDef<T> optionalDate(String field, Function<T, Optional<LocalDate>> read, String description) {
    return add(field, Types.DATE, v -> read.apply(v).orElse(null), true, null, description);
  }

  <E extends Coded> StructDef<T> code(String field, Class<E> codeList, Function<T, E> read, String description) {
    return add(field, SimpleType.STRING, v -> read.apply(v).code(), false, codeList, description);
  }

  <E extends Coded> StructDef<T> optionalCode(String field, Class<E> codeList, Function<T, Optional<E>> read,
      String description) {
    return add(field, SimpleType.STRING, v -> read.apply(v).map(Coded::code).orElse(null), true, codeList,
        description);
  }

  StructDef<T> codes(String field, Function<T, Collection<? extends Coded>> read, String description) {
    return add(field, ListType.create(SimpleType.STRING), v -> codesOf(read.apply(v)), false, null, description);
  }

  private static List<String> codesOf(Collection<? extends Coded> values) {
    String[] codes = new String[values.size()];
    int i = 0;
    for (Coded value : values) {
      codes[i++] = value.code();
    }
    return java.util.Arrays.asList(codes);
  }

  StructDef<T> strings(String field, Function<T, Collection<String>> read, String description) {
    return add(field, ListType.create(SimpleType.STRING), v -> List.copyOf(read.apply(v)), false, null, description);
  }

  StructDef<T> ints(String field, Function<T, List<Long>> read, String description) {
    return add(field, ListType.create(SimpleType.INT), read::apply, false, null, description);
  }

  <U> StructDef<T> struct(String field, StructDef<U> def, Function<T, U> read, String description) {
    return add(field, def.celType(), v -> def.wrap(read.apply(v)), false, null, description);
  }

  <U> StructDef<T> optionalStruct(String field, StructDef<U> def, Function<T, Optional<U>> read,
      String description) {
    return add(field, def.celType(), v -> read.apply(v).map(def::wrap).orElse(null), true, null, description);
  }

  <U> StructDef<T> list(String field, StructDef<U> def, Function<T, List<U>> read, String description) {
    return add(field, ListType.create(def.celType()), v -> new ModelList<>(def, read.apply(v)), false, null,
        description);
  }

  private StructDef<T> add(String field, CelType celFieldType, Function<T, Object> read, boolean optional,
      Class<? extends Coded> codeList, String description) {
    fields.put(field, new Field<>(field, celFieldType, read, optional, codeList, description));
    celType = null;
    return this;
  }

  @Override
  public String toString() {
    return name;
  }
}

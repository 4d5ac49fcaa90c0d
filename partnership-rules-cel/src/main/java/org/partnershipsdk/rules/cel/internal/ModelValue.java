package org.partnershipsdk.rules.cel.internal;

import dev.cel.common.types.CelType;
import dev.cel.common.values.StructValue;
import java.util.Optional;

/**
 * A model value as expressions see it: its fields are read when selected, never copied. Selecting
 * an absent field fails with a message that says to test it with {@code has()} first. Not for
 * public use.
 *
 * @param <T> the model type
 */
public final class ModelValue<T> extends StructValue<String, Object> {
  private final StructDef<T> def;
  private final T value;

  ModelValue(StructDef<T> def, T value) {
    this.def = def;
    this.value = value;
  }

  @Override
  public T value() {
    return value;
  }

  @Override
  public boolean isZeroValue() {
    return false;
  }

  @Override
  public CelType celType() {
    return def.celType();
  }

  @Override
  public Object select(String field) {
    StructDef.Field<T> declared = def.field(field).orElseThrow(() -> new IllegalArgumentException(
        def.name() + " has no field '" + field + "'"));
    Object read = declared.read().apply(value);
    if (read == null) {
      throw new IllegalStateException(def.name() + "." + field + " is absent here: test it with has() before reading it");
    }
    return read;
  }

  @Override
  public Optional<Object> find(String field) {
    return def.field(field).map(declared -> declared.read().apply(value));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelValue<?> that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return def.name() + "(" + value + ")";
  }
}

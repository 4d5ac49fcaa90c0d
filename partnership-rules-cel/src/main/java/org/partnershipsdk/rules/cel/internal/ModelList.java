package org.partnershipsdk.rules.cel.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** A list of model values seen as expressions see them, wrapped one by one when read. */
final class ModelList<T> extends AbstractList<ModelValue<T>> implements RandomAccess {
  private final StructDef<T> def;
  private final List<T> values;

  ModelList(StructDef<T> def, List<T> values) {
    this.def = def;
    this.values = values;
  }

  @Override
  public ModelValue<T> get(int index) {
    return def.wrap(values.get(index));
  }

  @Override
  public int size() {
    return values.size();
  }
}

package org.partnershipsdk.rules.cel.internal;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.values.CelValue;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;

/**
 * A list of model values as expressions see them, each wrapped when read. It is a CEL value whose
 * value is itself, so that CEL's runtime, which unwraps the values of plain lists into a new list
 * and wraps them again each time a list is read, takes it as it is.
 *
 * @param <T> the model type of the items
 */
final class ModelList<T> extends CelValue implements List<ModelValue<T>>, RandomAccess {
  private final StructDef<T> def;
  private final List<T> values;

  ModelList(StructDef<T> def, List<T> values) {
    this.def = def;
    this.values = values;
  }

  /** A plain list view, for the rarely used methods of {@link List}. */
  private List<ModelValue<T>> view() {
    return new AbstractList<>() {
      @Override
      public ModelValue<T> get(int index) {
        return def.wrap(values.get(index));
      }

      @Override
      public int size() {
        return values.size();
      }
    };
  }

  @Override
  public Object value() {
    return this;
  }

  @Override
  public boolean isZeroValue() {
    return values.isEmpty();
  }

  @Override
  public CelType celType() {
    return ListType.create(def.celType());
  }

  @Override
  public ModelValue<T> get(int index) {
    return def.wrap(values.get(index));
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean contains(Object o) {
    return view().contains(o);
  }

  @Override
  public Iterator<ModelValue<T>> iterator() {
    Iterator<T> items = values.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public ModelValue<T> next() {
        return def.wrap(items.next());
      }
    };
  }

  @Override
  public Object[] toArray() {
    return view().toArray();
  }

  @Override
  public <A> A[] toArray(A[] a) {
    return view().toArray(a);
  }

  @Override
  public boolean add(ModelValue<T> e) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean containsAll(Collection<?> c) {
    return view().containsAll(c);
  }

  @Override
  public boolean addAll(Collection<? extends ModelValue<T>> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean addAll(int index, Collection<? extends ModelValue<T>> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public ModelValue<T> set(int index, ModelValue<T> element) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(int index, ModelValue<T> element) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ModelValue<T> remove(int index) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int indexOf(Object o) {
    return view().indexOf(o);
  }

  @Override
  public int lastIndexOf(Object o) {
    return view().lastIndexOf(o);
  }

  @Override
  public ListIterator<ModelValue<T>> listIterator() {
    return view().listIterator();
  }

  @Override
  public ListIterator<ModelValue<T>> listIterator(int index) {
    return view().listIterator(index);
  }

  @Override
  public List<ModelValue<T>> subList(int fromIndex, int toIndex) {
    return view().subList(fromIndex, toIndex);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof List<?> list && view().equals(list);
  }

  @Override
  public int hashCode() {
    return view().hashCode();
  }

  @Override
  public String toString() {
    return view().toString();
  }
}

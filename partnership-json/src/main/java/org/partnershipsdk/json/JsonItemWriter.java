package org.partnershipsdk.json;

import org.partnershipsdk.json.internal.ItemStreamWriter;

/**
 * Writes a document whose one list (such as a portfolio's initiatives) is given one item at a time,
 * in bounded memory. Obtained from {@link PartnershipJson#writeItems(ItemList, Object, java.nio.file.Path)}
 * and its overloads, with the document's other properties; {@link #close()} ends the list and the
 * document, and must be called (try-with-resources).
 *
 * <pre>{@code
 * Portfolio others = Portfolio.builder().organisations(organisations).build();
 * try (JsonItemWriter<Initiative> out = json.writeItems(ItemList.PORTFOLIO_INITIATIVES, others, path)) {
 *   for (Initiative initiative : source) {
 *     out.write(initiative);
 *   }
 * }
 * }</pre>
 *
 * <p>The items already in the value given are written first. The bytes written are exactly those
 * of {@link PartnershipJson#write(DocumentType, Object, java.nio.file.Path)} for the whole document:
 * the properties declared before the list come first, those after it and the unknown properties are
 * held (they are small) and written on close.
 *
 * <p>Not thread-safe.
 *
 * @param <T> the items' model type
 */
public final class JsonItemWriter<T> implements AutoCloseable {
  private final ItemStreamWriter<T> writing;

  JsonItemWriter(ItemStreamWriter<T> writing) {
    this.writing = writing;
  }

  /**
   * @param item the next item of the list
   * @throws JsonWriteException if the target fails ({@code json.write.failed}), an item holds an
   *     invalid unknown property ({@code json.unknown-property.invalid}), or the writer is closed
   *     ({@code json.writer.closed})
   * @throws org.partnershipsdk.core.model.IncompleteValueException if {@code item} is null
   */
  public void write(T item) {
    writing.write(item);
  }

  /**
   * @param items the next items of the list, in order
   * @throws JsonWriteException as {@link #write(Object)}
   * @throws org.partnershipsdk.core.model.IncompleteValueException if {@code items} is null or holds null
   */
  public void writeAll(Iterable<? extends T> items) {
    if (items == null) {
      throw new org.partnershipsdk.core.model.IncompleteValueException("items");
    }
    for (T item : items) {
      writing.write(item);
    }
  }

  /** @return how many items were written, those of the value given included */
  public long count() {
    return writing.count();
  }

  /**
   * Ends the list and the document, and flushes it: closes the file the writer opened, never a
   * stream passed in. Closing twice does nothing.
   *
   * @throws JsonWriteException if the target fails
   */
  @Override
  public void close() {
    writing.close();
  }
}

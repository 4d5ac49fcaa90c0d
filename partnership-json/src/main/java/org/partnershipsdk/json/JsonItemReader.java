package org.partnershipsdk.json;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.partnershipsdk.json.internal.ItemStreamReader;

/**
 * Reads one list of a document (such as a portfolio's initiatives) one item at a time, in bounded
 * memory: only the current item is held, whatever the document's length. Obtained from
 * {@link PartnershipJson#readItems(ItemList, java.nio.file.Path)} and its overloads; close it when
 * done (it closes the file it opened, never a stream passed in).
 *
 * <pre>{@code
 * try (JsonItemReader<Initiative> initiatives = json.readItems(ItemList.PORTFOLIO_INITIATIVES, path)) {
 *   while (initiatives.hasNext()) {
 *     process(initiatives.next());
 *   }
 * }
 * try (Stream<Initiative> initiatives = json.readItems(ItemList.PORTFOLIO_INITIATIVES, path).stream()) {
 *   long count = initiatives.filter(Initiative::isCoConstructed).count();
 * }
 * }</pre>
 *
 * <p>The document's envelope is checked first ({@code type} and {@code schemaVersion} must come
 * before {@code data}, as the SDK writes them); the other properties of {@code data} are skipped,
 * only checked to be well-formed JSON; the rest of the document is checked when the list ends.
 * Reading is as hardened as a whole read, except that the document's length and token count are
 * unlimited. Every failure is a {@link JsonReadException} thrown by {@link #hasNext()} or
 * {@link #next()}, pointing into the document ({@code /data/initiatives/41871/title}); after one,
 * the reader throws it again. The strict reader rejects unknown properties as they are met, the
 * validating reader validates each item.
 *
 * <p>Not thread-safe.
 *
 * @param <T> the items' model type
 */
public final class JsonItemReader<T> implements Iterator<T>, AutoCloseable {
  private final ItemStreamReader<T> reading;

  JsonItemReader(ItemStreamReader<T> reading) {
    this.reading = reading;
  }

  /**
   * @return whether another item follows; false once the list ended or the reader was closed
   * @throws JsonReadException if the document is wrong up to the next item, or, at the list's end,
   *     in the rest of the document
   */
  @Override
  public boolean hasNext() {
    return reading.hasNext();
  }

  /**
   * @return the next item
   * @throws NoSuchElementException if there is none
   * @throws JsonReadException if the document is wrong up to and in the next item
   */
  @Override
  public T next() {
    return reading.next();
  }

  /** @return how many items {@link #next()} returned so far */
  public long count() {
    return reading.count();
  }

  /**
   * @return the remaining items as a sequential stream; closing the stream closes this reader. A
   *     failure surfaces as a {@link JsonReadException} from the stream's terminal operation.
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /** Closes the document: the file the reader opened, never a stream passed in. Closing twice does nothing. */
  @Override
  public void close() {
    reading.close();
  }
}

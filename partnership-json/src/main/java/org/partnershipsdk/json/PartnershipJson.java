package org.partnershipsdk.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.internal.DocumentReader;
import org.partnershipsdk.json.internal.DocumentWriter;
import org.partnershipsdk.json.internal.HardenedMapper;
import org.partnershipsdk.json.internal.ItemStreamReader;
import org.partnershipsdk.json.internal.ItemStreamWriter;
import org.partnershipsdk.json.internal.SchemaVersions;
import org.partnershipsdk.json.internal.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the SDK's JSON documents: {@code {"type": "initiative", "schemaVersion": "1.0",
 * "data": {...}}}. The wire format is described in {@code docs/wire-format.md}.
 *
 * <p>Reading is hardened for untrusted input (stream-read limits, duplicate keys and trailing
 * content rejected, no coercion, no {@code null}) and every failure is a {@link JsonReadException}
 * with a stable code, a JSON Pointer, a line and a column. By default properties the SDK does not
 * know are kept on the values read and written back unchanged; {@link #strict()} rejects them
 * instead, and {@link #validating()} also validates the model read, in the same call.
 *
 * <p>Instances are immutable and thread-safe; the options return copies.
 *
 * <pre>{@code
 * PartnershipJson json = PartnershipJson.create();
 * String text = json.write(DocumentType.INITIATIVE, initiative);
 * Initiative back = json.strict().validating().read(DocumentType.INITIATIVE, text);
 * }</pre>
 *
 * <p>Streams given to it are read to their end (or written and flushed) but never closed; files are
 * opened and closed by it.
 */
public final class PartnershipJson {
  /** The schema version written in every document: {@code MAJOR.MINOR}. Every {@code 1.x} is read. */
  public static final String SCHEMA_VERSION = SchemaVersions.CURRENT;

  private static final PartnershipJson DEFAULT = new PartnershipJson(false, false, false, true);

  private final boolean strict;
  private final boolean validating;
  private final boolean indented;
  private final boolean lengthLimited;

  private PartnershipJson(boolean strict, boolean validating, boolean indented, boolean lengthLimited) {
    this.strict = strict;
    this.validating = validating;
    this.indented = indented;
    this.lengthLimited = lengthLimited;
  }

  /** @return a reader and writer with the defaults: lenient, not validating, compact output */
  public static PartnershipJson create() {
    return DEFAULT;
  }

  /**
   * @return a copy whose reads reject every property the SDK does not know
   *     ({@code json.property.unknown}, one problem per property) instead of keeping it
   */
  public PartnershipJson strict() {
    return new PartnershipJson(true, validating, indented, lengthLimited);
  }

  /**
   * @return a copy whose reads also validate the model read, failing with
   *     {@code json.validation.failed} and one problem per violation, each with its JSON Pointer
   */
  public PartnershipJson validating() {
    return new PartnershipJson(strict, true, indented, lengthLimited);
  }

  /** @return a copy that writes indented documents (two spaces, {@code \n} line ends) */
  public PartnershipJson indented() {
    return new PartnershipJson(strict, validating, true, lengthLimited);
  }

  /**
   * A copy whose whole-document reads accept a document of any length and token count: for a
   * document you trust that is larger than the limits of {@code docs/wire-format.md} (64 MiB, ten
   * million tokens), such as a portfolio of 100,000 initiatives that your own system exported and
   * that must be in memory to be checked as a whole. Every other limit holds (nesting, string,
   * number and name lengths). Reading item by item ({@link #readItems(ItemList, Path)}) needs no such
   * option: it holds one item at a time. Never for input from outside: a hostile document could then
   * fill the memory.
   *
   * @return the copy
   */
  public PartnershipJson withoutLengthLimit() {
    return new PartnershipJson(strict, validating, indented, false);
  }

  /**
   * A writer of the same documents with their personal data redacted, for sharing outside an
   * organisation: persons kept as shells, names masked, every other personal value and every unknown
   * property left out (see {@link RedactingWriter}). It writes indented when this instance does.
   *
   * @return the redacting writer
   */
  public RedactingWriter redacting() {
    return new RedactingWriter(indented);
  }

  /** @return whether reads reject unknown properties */
  public boolean isStrict() {
    return strict;
  }

  /** @return whether reads validate the model read */
  public boolean isValidating() {
    return validating;
  }

  /** @return whether writes are indented */
  public boolean isIndented() {
    return indented;
  }

  /** @return whether whole-document reads refuse a document longer than the limits (true unless {@link #withoutLengthLimit()}) */
  public boolean isLengthLimited() {
    return lengthLimited;
  }

  /**
   * @param type the expected document type
   * @param json the document
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure
   */
  public <T> T read(DocumentType<T> type, String json) {
    return reader().read(type, Source.of(require(json, "json"), lengthLimited));
  }

  /**
   * @param type the expected document type
   * @param json the document, in UTF-8 (UTF-16 and UTF-32 are detected); bytes that are not text in
   *     their encoding (an overlong UTF-8 sequence, say) are {@code json.malformed}
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure
   */
  public <T> T read(DocumentType<T> type, byte[] json) {
    return reader().read(type, Source.of(require(json, "json"), lengthLimited));
  }

  /**
   * @param type the expected document type
   * @param json the document; read as it is parsed, to its end unless it fails first, never closed
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure, an I/O failure included ({@code json.io})
   */
  public <T> T read(DocumentType<T> type, Reader json) {
    return reader().read(type, Source.of(require(json, "json")));
  }

  /**
   * @param type the expected document type
   * @param json the document, in UTF-8 (UTF-16 and UTF-32 are detected); read as it is parsed, to its
   *     end unless it fails first, never closed
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure, an I/O failure included ({@code json.io})
   */
  public <T> T read(DocumentType<T> type, InputStream json) {
    return reader().read(type, Source.of(require(json, "json")));
  }

  /**
   * @param type the expected document type
   * @param file the document's file, in UTF-8 (UTF-16 and UTF-32 are detected); a regular file longer
   *     than the document-length limit is refused before it is read
   * @param <T> the model type
   * @return the model value
   * @throws JsonReadException for any failure, an I/O failure included ({@code json.io})
   */
  public <T> T read(DocumentType<T> type, Path file) {
    try (Source source = Source.of(require(file, "file"), lengthLimited)) {
      return reader().read(type, source);
    }
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the document
   * @throws JsonWriteException if a value holds an unknown property that is not JSON
   */
  public <T> String write(DocumentType<T> type, T value) {
    return writer().write(type, value);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the document in UTF-8
   * @throws JsonWriteException if a value holds an unknown property that is not JSON
   */
  public <T> byte[] writeBytes(DocumentType<T> type, T value) {
    return writer().writeBytes(type, value);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, Writer out) {
    writer().write(type, value, out);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write, in UTF-8; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    writer().write(type, value, out);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param file the file to create or replace, in UTF-8
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writer().write(type, value, out);
    } catch (IOException e) {
      throw DocumentWriter.failed(e);
    }
  }

  /**
   * Reads one list of a document item by item, in bounded memory, such as the initiatives of a
   * portfolio of a million. The envelope is read and checked at once; the reader then gives the
   * items one at a time. Strict and validating options apply to each item.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param file the document's file, in UTF-8; opened here, closed by the reader's {@code close()}
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the reader, to close
   * @throws JsonReadException for a failure before the list's first item: I/O, envelope, schema
   *     version, document type, or the other properties of {@code data} before the list
   */
  public <D, T> JsonItemReader<T> readItems(ItemList<D, T> list, Path file) {
    return items(list, file);
  }

  /**
   * Reads one list of a document item by item, as {@link #readItems(ItemList, Path)} does.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param json the document, in UTF-8; read as the items are asked for, never closed
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the reader, to close
   * @throws JsonReadException for a failure before the list's first item
   */
  public <D, T> JsonItemReader<T> readItems(ItemList<D, T> list, InputStream json) {
    return items(list, json);
  }

  /**
   * Reads one list of a document item by item, as {@link #readItems(ItemList, Path)} does.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param json the document; read as the items are asked for, never closed
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the reader, to close
   * @throws JsonReadException for a failure before the list's first item
   */
  public <D, T> JsonItemReader<T> readItems(ItemList<D, T> list, Reader json) {
    return items(list, json);
  }

  /**
   * Writes a document whose list is given item by item, in bounded memory. The envelope and the
   * properties declared before the list are written at once; the items follow as they are given;
   * the writer's {@code close()} writes the rest. The result is byte for byte the document
   * {@link #write(DocumentType, Object, Path)} writes for the whole value.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param others the document's value; the items it already holds in the list are written first
   * @param file the file to create or replace, in UTF-8; closed by the writer's {@code close()}
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the writer, to close
   * @throws JsonWriteException if the file cannot be written
   */
  public <D, T> JsonItemWriter<T> writeItems(ItemList<D, T> list, D others, Path file) {
    return items(list, others, file);
  }

  /**
   * Writes a document whose list is given item by item, as {@link #writeItems(ItemList, Object, Path)}.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param others the document's value; the items it already holds in the list are written first
   * @param out where to write, in UTF-8; flushed by the writer's {@code close()}, never closed
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the writer, to close
   * @throws JsonWriteException if writing fails
   */
  public <D, T> JsonItemWriter<T> writeItems(ItemList<D, T> list, D others, OutputStream out) {
    return items(list, others, out);
  }

  /**
   * Writes a document whose list is given item by item, as {@link #writeItems(ItemList, Object, Path)}.
   *
   * @param list the list, such as {@link ItemList#PORTFOLIO_INITIATIVES}
   * @param others the document's value; the items it already holds in the list are written first
   * @param out where to write; flushed by the writer's {@code close()}, never closed
   * @param <D> the document's model type
   * @param <T> the items' model type
   * @return the writer, to close
   * @throws JsonWriteException if writing fails
   */
  public <D, T> JsonItemWriter<T> writeItems(ItemList<D, T> list, D others, Writer out) {
    return items(list, others, out);
  }

  private <D, T> JsonItemReader<T> items(ItemList<D, T> list, Object source) {
    require(list, "list");
    return new JsonItemReader<>(ItemStreamReader.open(list.documentType(), list.property(), list.itemType(),
        require(source, "source"), strict, validating));
  }

  private <D, T> JsonItemWriter<T> items(ItemList<D, T> list, D others, Object target) {
    require(list, "list");
    require(others, "others");
    require(target, "target");
    JsonItemWriter<T> writer = new JsonItemWriter<>(ItemStreamWriter.open(list.documentType(), list.property(),
        list.withoutItems(others), target, indented));
    try {
      writer.writeAll(list.items(others));
    } catch (RuntimeException failure) {
      try {
        writer.close();
      } catch (RuntimeException alsoFailing) {
        failure.addSuppressed(alsoFailing);
      }
      throw failure;
    }
    return writer;
  }

  private static <S> S require(S value, String name) {
    if (value == null) {
      throw new IncompleteValueException(name);
    }
    return value;
  }

  /**
   * The hardened, preconfigured mapper the facade uses, for reading and writing model values
   * (not documents) with Jackson directly: the module registered, the limits of
   * {@code docs/wire-format.md}, duplicate keys and trailing tokens rejected, no coercion of
   * scalars, no {@code null} for a value, no default typing. Failures are Jackson's exceptions.
   * Immutable; {@code mapper().rebuild()} derives another.
   *
   * @return the shared mapper
   */
  public static JsonMapper mapper() {
    return HardenedMapper.mapper();
  }

  /** @return a new instance of the module, for a mapper of your own */
  public static PartnershipJsonModule module() {
    return new PartnershipJsonModule();
  }

  private DocumentReader reader() {
    return new DocumentReader(strict, validating, lengthLimited);
  }

  private DocumentWriter writer() {
    return new DocumentWriter(indented);
  }

  /** @return the options, for logs */
  @Override
  public String toString() {
    return "PartnershipJson{strict=" + strict + ", validating=" + validating + ", indented=" + indented
        + ", lengthLimited=" + lengthLimited + "}";
  }
}

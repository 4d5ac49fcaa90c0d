package org.partnershipsdk.json.internal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;

/**
 * Where a document is read from. Text and bytes already in memory can be parsed twice (when the
 * envelope comes after the data); streams, readers and files are parsed once, as they are read, so
 * that nothing is held but what the parser needs: a stream longer than the document-length limit,
 * or one that never ends, is refused when the limit is reached. The limit counts characters
 * whatever the source, as the parser counts them: bytes and files are only refused before parsing
 * when they are longer than {@link #MAX_BYTES}, which no document within the limit can be. Bytes
 * are decoded strictly ({@link TextInput}). Not for public use.
 */
public final class Source implements Closeable {
  /**
   * The most bytes a document within the character limit can take: four bytes a character (UTF-32,
   * and a UTF-8 character takes no more than three) and a byte-order mark.
   */
  public static final long MAX_BYTES = 4 * HardenedMapper.MAX_DOCUMENT_LENGTH + 4;

  private final String text;
  private final byte[] bytes;
  private Reader once;
  private final Closeable owned;

  private Source(String text, byte[] bytes, Reader once, Closeable owned) {
    this.text = text;
    this.bytes = bytes;
    this.once = once;
    this.owned = owned;
  }

  /**
   * @param text a document
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is longer than the limit
   */
  public static Source of(String text) {
    return of(text, true);
  }

  /**
   * @param text a document
   * @param lengthLimited whether a document longer than the limit is refused
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is limited and longer than the limit
   */
  public static Source of(String text, boolean lengthLimited) {
    if (lengthLimited && text.length() > HardenedMapper.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return new Source(text, null, null, null);
  }

  /**
   * @param bytes a document, in UTF-8, or in UTF-16 or UTF-32 (found as {@link TextInput} says)
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is longer than {@link #MAX_BYTES}
   */
  public static Source of(byte[] bytes) {
    return of(bytes, true);
  }

  /**
   * @param bytes a document, in UTF-8, or in UTF-16 or UTF-32 (found as {@link TextInput} says)
   * @param lengthLimited whether a document longer than the limit is refused
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is limited and longer than
   *     {@link #MAX_BYTES}; one within that is refused when the parser has counted more characters
   *     than the limit
   */
  public static Source of(byte[] bytes, boolean lengthLimited) {
    if (lengthLimited && bytes.length > MAX_BYTES) {
      throw tooLong();
    }
    return new Source(null, bytes, null, null);
  }

  /**
   * @param in a stream, read as the document is parsed, never closed
   * @return the source
   * @throws JsonReadException ({@code json.io}) if the stream fails
   */
  public static Source of(InputStream in) {
    try {
      return new Source(null, null, TextInput.reader(in), null);
    } catch (IOException e) {
      throw ReadFailures.io(e);
    }
  }

  /**
   * @param in a reader, read as the document is parsed, never closed
   * @return the source
   */
  public static Source of(Reader in) {
    return new Source(null, null, in, null);
  }

  /**
   * @param path a file, opened here and closed by {@link #close()}
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is a regular file longer than
   *     {@link #MAX_BYTES}; ({@code json.io}) if it cannot be opened
   */
  public static Source of(Path path) {
    return of(path, true);
  }

  /**
   * @param path a file, opened here and closed by {@link #close()}
   * @param lengthLimited whether a regular file longer than {@link #MAX_BYTES} is refused before it
   *     is opened (and one within it when the parser has counted more characters than the limit)
   * @return the source
   * @throws JsonReadException ({@code json.limit.exceeded}) if it is limited and a regular file longer
   *     than {@link #MAX_BYTES}; ({@code json.io}) if it cannot be opened
   */
  public static Source of(Path path, boolean lengthLimited) {
    InputStream in = null;
    try {
      if (lengthLimited && Files.isRegularFile(path) && Files.size(path) > MAX_BYTES) {
        throw tooLong();
      }
      in = Files.newInputStream(path);
      return new Source(null, null, TextInput.reader(in), in);
    } catch (IOException e) {
      closeQuietly(in);
      throw ReadFailures.io(e);
    }
  }

  /** @return whether {@link #open} can be called again, to parse the document a second time */
  boolean reopenable() {
    return text != null || bytes != null;
  }

  /**
   * @param reader the reader whose settings and attributes the parser takes
   * @return a parser over the whole document
   * @throws IllegalStateException if a stream, reader or file is opened a second time
   */
  JsonParser open(ObjectReader reader) {
    if (text != null) {
      return reader.createParser(text);
    }
    if (bytes != null) {
      try {
        return reader.createParser(TextInput.reader(new ByteArrayInputStream(bytes)));
      } catch (IOException notFromMemory) {
        throw new IllegalStateException(notFromMemory);
      }
    }
    if (once == null) {
      throw new IllegalStateException("A stream is parsed once");
    }
    Reader in = once;
    once = null;
    return reader.createParser(in);
  }

  /** Closes the file this source opened; never a caller's stream or reader. */
  @Override
  public void close() {
    closeQuietly(owned);
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // The document was read, or its failure is already reported; closing changes neither.
      }
    }
  }

  private static JsonReadException tooLong() {
    return ReadFailures.single(JsonReadException.LIMIT_EXCEEDED, Problems.of(JsonReadException.LIMIT_EXCEEDED, "", null,
        "json.limit.exceeded", Map.of("limit", "maxDocumentLength", "max", HardenedMapper.MAX_DOCUMENT_LENGTH)), null);
  }
}

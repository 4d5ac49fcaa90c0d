package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.partnershipsdk.json.JsonReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;

/**
 * A document held in memory, so that it can be parsed twice when its envelope comes after its data.
 * Built from any source within the document-length limit. Not for public use.
 */
public final class Source {
  private static final int CHUNK = 8192;

  private final byte[] bytes;
  private final String text;

  private Source(byte[] bytes, String text) {
    this.bytes = bytes;
    this.text = text;
  }

  /**
   * @param text a document
   * @return the source
   */
  public static Source of(String text) {
    if (text.length() > HardenedMapper.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return new Source(null, text);
  }

  /**
   * @param bytes a document, in UTF-8 (or UTF-16/32 with a byte-order mark)
   * @return the source
   */
  public static Source of(byte[] bytes) {
    if (bytes.length > HardenedMapper.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
    return new Source(bytes, null);
  }

  /**
   * @param in a stream, read to its end and not closed
   * @return the source
   * @throws JsonReadException ({@code json.io}) if the stream fails
   */
  public static Source of(InputStream in) {
    try {
      byte[] buffer = new byte[CHUNK];
      int length = 0;
      for (int read; (read = in.read(buffer, length, buffer.length - length)) >= 0; ) {
        length += read;
        if (length > HardenedMapper.MAX_DOCUMENT_LENGTH) {
          throw tooLong();
        }
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, HardenedMapper.MAX_DOCUMENT_LENGTH + 1));
        }
      }
      return new Source(Arrays.copyOf(buffer, length), null);
    } catch (IOException e) {
      throw ReadFailures.io(e);
    }
  }

  /**
   * @param in a reader, read to its end and not closed
   * @return the source
   * @throws JsonReadException ({@code json.io}) if the reader fails
   */
  public static Source of(Reader in) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[CHUNK];
      for (int read; (read = in.read(buffer)) >= 0; ) {
        text.append(buffer, 0, read);
        if (text.length() > HardenedMapper.MAX_DOCUMENT_LENGTH) {
          throw tooLong();
        }
      }
      return new Source(null, text.toString());
    } catch (IOException e) {
      throw ReadFailures.io(e);
    }
  }

  /**
   * @param path a file
   * @return the source
   * @throws JsonReadException ({@code json.io}) if the file cannot be read
   */
  public static Source of(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return of(in);
    } catch (IOException e) {
      throw ReadFailures.io(e);
    }
  }

  /**
   * @param reader the reader whose settings and attributes the parser takes
   * @return a parser over the whole document
   */
  JsonParser open(ObjectReader reader) {
    return bytes != null ? reader.createParser(bytes) : reader.createParser(text);
  }

  private static JsonReadException tooLong() {
    return ReadFailures.single(JsonReadException.LIMIT_EXCEEDED, Problems.of(JsonReadException.LIMIT_EXCEEDED, "", null,
        "json.limit.exceeded", Map.of("limit", "maxDocumentLength", "max", HardenedMapper.MAX_DOCUMENT_LENGTH)), null);
  }
}

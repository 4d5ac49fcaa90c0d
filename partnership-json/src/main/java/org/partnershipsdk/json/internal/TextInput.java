package org.partnershipsdk.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a document's bytes into characters before the parser sees them, with a decoder that refuses
 * what is not text: an overlong UTF-8 sequence ({@code C0 AF} for {@code /}), an encoded surrogate, a
 * code point above U+10FFFF, a truncated sequence. Jackson's own byte parser accepts some of these,
 * and counts a property name's length in bytes where a text parser counts characters; decoding first
 * gives every source the same rules. Not for public use.
 *
 * <p>The encoding is found as RFC 4627 and Jackson find it: a byte-order mark (dropped) names it;
 * without one, the zero bytes of the first characters tell UTF-16 and UTF-32 from UTF-8.
 */
final class TextInput {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private TextInput() {}

  /**
   * @param in the document's bytes, read as the reader is; not closed by it
   * @return the document's characters
   * @throws IOException if the first bytes cannot be read
   */
  static Reader reader(InputStream in) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 4);
    byte[] first = new byte[4];
    int length = 0;
    for (int read; length < 4 && (read = head.read(first, length, 4 - length)) > 0; ) {
      length += read;
    }
    Encoding encoding = detect(first, length);
    head.unread(first, encoding.markLength(), length - encoding.markLength());
    return new Strict(head, encoding.charset());
  }

  /**
   * @param charset an encoding
   * @return a decoder of it that reports malformed and unmappable input instead of replacing it
   */
  static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * @param b the first bytes of a document
   * @param n how many there are, at most 4
   * @return its encoding and the length of its byte-order mark
   */
  static Encoding detect(byte[] b, int n) {
    if (n >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
      return new Encoding(UTF_32BE, 4);
    }
    if (n >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new Encoding(UTF_32LE, 4);
    }
    if (n >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    if (n >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return new Encoding(UTF_32BE, 0);
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return new Encoding(UTF_32LE, 0);
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return new Encoding(StandardCharsets.UTF_16BE, 0);
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return new Encoding(StandardCharsets.UTF_16LE, 0);
    }
    return new Encoding(StandardCharsets.UTF_8, 0);
  }

  /**
   * @param text a text
   * @return whether it holds half of a surrogate pair without the other half: not Unicode text, and
   *     a property name holding one cannot be written so that a parser reads it back
   */
  static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static int u(byte b) {
    return b & 0xFF;
  }

  /** The decoder's refusal, with the name of the encoding it decoded. */
  static final class NotText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String encoding;

    NotText(String encoding, CoderResult result) {
      this.encoding = encoding;
      try {
        result.throwException();
      } catch (CharacterCodingException cause) {
        initCause(cause);
      }
    }

    /** @return the encoding the bytes are not valid in, such as {@code UTF-8} */
    String encoding() {
      return encoding;
    }

    @Override
    public String getMessage() {
      return "The bytes are not valid " + encoding;
    }
  }

  /**
   * Decodes as {@code InputStreamReader} does, but gives the parser every character before bytes it
   * refuses and only then fails, so that the failure is reported where the bytes are.
   */
  private static final class Strict extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean end;
    private boolean flushed;
    private NotText refused;

    Strict(InputStream in, Charset charset) {
      this.in = in;
      this.decoder = strict(charset);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (refused != null) {
        throw refused;
      }
      if (length == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      while (true) {
        CoderResult result = decoder.decode(bytes, out, end);
        if (result.isError()) {
          refused = new NotText(decoder.charset().name(), result);
          return out.position() > offset ? out.position() - offset : failNow();
        }
        if (result.isOverflow() || out.position() > offset && !end) {
          return out.position() - offset;
        }
        if (end) {
          if (!flushed) {
            flushed = true;
            decoder.flush(out);
          }
          return out.position() > offset ? out.position() - offset : -1;
        }
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
      }
    }

    private int failNow() throws NotText {
      throw refused;
    }

    /** Never closes the stream: whoever opened it closes it. */
    @Override
    public void close() {
      // The caller's stream stays open; a file is closed by the Source that opened it.
    }
  }

  /**
   * A document's encoding.
   *
   * @param charset the encoding
   * @param markLength the length of the byte-order mark that names it, 0 when there is none
   */
  record Encoding(Charset charset, int markLength) {}
}

package org.partnershipsdk.json.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.json.JsonProblem;
import org.partnershipsdk.json.JsonReadException;
import org.partnershipsdk.json.internal.JsonTexts;
import org.partnershipsdk.json.internal.ReadFailures;

/**
 * One value of a Jackson 2 parser's input, as JSON text that partnership-json's reader reads: the
 * tokens are written as the parser gives them, each at the line and column it has in the input
 * (counted from the value's first token), so that the reader's positions are the input's. The text
 * is made as the reader asks for it, so that the reader meets the value's problems in the order of
 * the input and a large value is never held whole.
 *
 * <p>When the Jackson 2 parser itself fails (malformed input, a duplicate key its mapper detects, an
 * I/O error), the reader is told to stop and the failure is given as partnership-json gives it for
 * the same text: {@code json.malformed}, {@code json.duplicate-key} or {@code json.io}, at the
 * pointer and position of the parser. A limit of the mapper's own (stricter than the SDK's) is left
 * as Jackson 2 reports it. Not for public use.
 */
final class ValueText extends Reader {
  private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();
  /** Text already read is dropped once it is this long, so that a large value is not held. */
  private static final int KEEP = 16 * 1024;

  private final JsonParser parser;
  private final boolean readTrailing;
  private final String prefix;
  private final int firstLine;
  private final int firstColumn;
  private final StringBuilder text = new StringBuilder();
  private int served;
  private int line = 1;
  private int column = 1;
  private int depth;
  private final BitSet hasItems = new BitSet();
  private boolean afterName;
  private boolean started;
  private boolean valueDone;
  private boolean ended;
  private JsonReadException failure;
  private JsonProcessingException ownFailure;

  private ValueText(JsonParser parser, boolean readTrailing) {
    this.parser = parser;
    this.readTrailing = readTrailing;
    this.prefix = pointerAt(parser);
    // Tokens Jackson buffered (for a creator, a type id...) all carry one position: none is known.
    JsonLocation first = parser.getClass().getEnclosingClass() == TokenBuffer.class ? null
        : parser.currentTokenLocation();
    boolean known = first != null && first.getLineNr() > 0 && first.getColumnNr() > 0;
    this.firstLine = known ? first.getLineNr() : 0;
    this.firstColumn = known ? first.getColumnNr() : 0;
  }

  /**
   * @param parser a Jackson 2 parser at the first token of a value
   * @param readTrailing whether the token after the value is read too, for the SDK's reader to
   *     reject it: for a value at the root of the input when the mapper rejects trailing tokens
   * @return the value's text, to read
   */
  static ValueText of(JsonParser parser, boolean readTrailing) {
    return new ValueText(parser, readTrailing && pointerAt(parser).isEmpty());
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (text.length() - served < length && !ended && failure == null && ownFailure == null) {
      step();
    }
    int available = text.length() - served;
    if (available == 0) {
      if (failure != null || ownFailure != null) {
        throw new IOException("The Jackson 2 parser failed");
      }
      return -1;
    }
    int count = Math.min(length, available);
    text.getChars(served, served + count, buffer, offset);
    served += count;
    if (served >= KEEP) {
      text.delete(0, served);
      served = 0;
    }
    return count;
  }

  /** Leaves the parser at the value's last token, however much of it was read. */
  void finish() throws IOException {
    while (!valueDone && !ended && failure == null && ownFailure == null) {
      step();
    }
  }

  @Override
  public void close() {
    // The parser is the mapper's: it closes it.
  }

  /**
   * @param read how partnership-json failed to read this text
   * @return the failure to report: the Jackson 2 parser's own when the reader stopped on it,
   *     otherwise the reader's, its pointers and positions moved to the parser's input
   * @throws JsonProcessingException the Jackson 2 parser's failure that is the mapper's own
   */
  JsonReadException failure(JsonReadException read) throws JsonProcessingException {
    if (ownFailure != null && JsonReadException.IO.equals(read.code())) {
      throw ownFailure;
    }
    if (failure != null && JsonReadException.IO.equals(read.code())) {
      return failure;
    }
    if (prefix.isEmpty() && firstLine == 1 && firstColumn == 1) {
      return read;
    }
    List<JsonProblem> problems = read.problems().stream().map(this::moved).toList();
    return new JsonReadException(read.code(), problems, read.getCause());
  }

  private JsonProblem moved(JsonProblem problem) {
    int problemLine = 0;
    int problemColumn = 0;
    if (firstLine > 0 && problem.line() > 0) {
      problemLine = problem.line() + firstLine - 1;
      problemColumn = problem.line() == 1 ? problem.column() + firstColumn - 1 : problem.column();
    }
    return JsonProblem.of(problem.code(), prefix + problem.pointer(), problemLine, problemColumn, problem::message);
  }

  private void step() throws IOException {
    try {
      JsonToken token = started ? parser.nextToken() : parser.currentToken();
      started = true;
      if (token == null) {
        ended = true;
      } else if (valueDone) {
        // Content after the value: one token is enough for the reader to reject it.
        moveTo(parser.currentTokenLocation());
        append(token.isStructStart() || token.isStructEnd() ? token.asString() : "0");
        ended = true;
      } else {
        write(token);
        if (depth == 0) {
          valueDone = true;
          ended = !readTrailing;
        }
      }
    } catch (JsonParseException malformed) {
      failure = translate(malformed);
    } catch (JsonProcessingException own) {
      ownFailure = own;
    } catch (IOException io) {
      failure = ReadFailures.io(io);
    }
  }

  private void write(JsonToken token) throws IOException {
    switch (token) {
      case END_OBJECT, END_ARRAY -> {
        depth--;
        moveTo(parser.currentTokenLocation());
        append(token.asString());
        afterValue();
      }
      case FIELD_NAME -> {
        separator();
        moveTo(parser.currentTokenLocation());
        quoted(parser.currentName());
        append(":");
        hasItems.set(depth);
        afterName = true;
      }
      case START_OBJECT, START_ARRAY -> {
        separator();
        moveTo(parser.currentTokenLocation());
        append(token.asString());
        afterName = false;
        depth++;
        hasItems.clear(depth);
      }
      case VALUE_STRING -> {
        separator();
        moveTo(parser.currentTokenLocation());
        quoted(parser.getText());
        afterValue();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
        separator();
        moveTo(parser.currentTokenLocation());
        append(parser.getText());
        afterValue();
      }
      default -> throw new JsonParseException(parser, "Not a JSON token: " + token);
    }
  }

  private void separator() {
    if (depth > 0 && !afterName && hasItems.get(depth)) {
      append(",");
    }
  }

  private void afterValue() {
    afterName = false;
    if (depth > 0) {
      hasItems.set(depth);
    }
  }

  /** Pads the text with whitespace up to where the token is in the input, if that is still ahead. */
  private void moveTo(JsonLocation location) {
    if (firstLine == 0 || location == null || location.getLineNr() < firstLine || location.getColumnNr() <= 0) {
      return;
    }
    int targetLine = location.getLineNr() - firstLine + 1;
    int targetColumn = location.getLineNr() == firstLine ? location.getColumnNr() - firstColumn + 1
        : location.getColumnNr();
    while (line < targetLine) {
      text.append('\n');
      line++;
      column = 1;
    }
    if (line == targetLine) {
      while (column < targetColumn) {
        text.append(' ');
        column++;
      }
    }
  }

  private void quoted(String value) {
    text.append('"');
    int before = text.length();
    ENCODER.quoteAsString(value, text);
    column += text.length() - before + 2;
    text.append('"');
  }

  private void append(String token) {
    text.append(token);
    column += token.length();
  }

  private JsonReadException translate(JsonParseException malformed) {
    JsonLocation location = Optional.ofNullable(malformed.getLocation()).orElse(parser.currentLocation());
    String message = String.valueOf(malformed.getOriginalMessage());
    String code = message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")
        ? JsonReadException.DUPLICATE_KEY : JsonReadException.MALFORMED;
    Map<String, Object> arguments = code.equals(JsonReadException.DUPLICATE_KEY)
        ? Map.of("property", String.valueOf(parser.getParsingContext().getCurrentName())) : Map.of();
    int problemLine = location.getLineNr() > 0 ? location.getLineNr() : 0;
    int problemColumn = location.getColumnNr() > 0 ? location.getColumnNr() : 0;
    return ReadFailures.single(code, JsonProblem.of(code, pointerAt(parser), problemLine, problemColumn,
        locale -> JsonTexts.format(code, locale, arguments)), malformed);
  }

  /**
   * @param parser a parser
   * @return the pointer of the element at its current token from the input's root, as
   *     partnership-json gives it: a start token names the value it starts
   */
  static String pointerAt(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }
}

package org.partnershipsdk.json;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One problem found while reading a JSON document: what is wrong (a stable {@linkplain #code()
 * code}), where (a JSON Pointer, and the line and column when the parser knew them), and a message in
 * the reader's language (English, French and Spanish are shipped; see
 * {@link org.partnershipsdk.core.text.Texts} to add one or change a text).
 *
 * <p>Problems of the JSON itself have codes starting with {@code json.} (such as
 * {@code json.property.unknown}); problems found by validating the model read carry the
 * validation's own codes (such as {@code value.blank} or {@code period.order}).
 */
public final class JsonProblem {
  private final String code;
  private final String pointer;
  private final int line;
  private final int column;
  private final String englishMessage;
  private final String frenchMessage;
  private final Function<Locale, String> message;

  /**
   * A problem with its message in English and French only (other languages read English). Rejects
   * nulls; a negative position becomes 0 (unknown).
   *
   * @param code the stable code; programs switch on it, it never changes between versions
   * @param pointer the JSON Pointer (RFC 6901) of the offending element from the document's root,
   *     such as {@code /data/territories/0/name}; empty for the root itself
   * @param line the line of the offending element, from 1; 0 when unknown (a problem found after
   *     reading, such as a validation problem)
   * @param column the column of the offending element, from 1; 0 when unknown
   * @param englishMessage the message in English
   * @param frenchMessage the message in French
   */
  public JsonProblem(String code, String pointer, int line, int column, String englishMessage,
      String frenchMessage) {
    this(code, pointer, line, column, Objects.requireNonNull(englishMessage, "englishMessage"),
        Objects.requireNonNull(frenchMessage, "frenchMessage"),
        locale -> locale != null && "fr".equals(locale.getLanguage()) ? frenchMessage : englishMessage);
  }

  private JsonProblem(String code, String pointer, int line, int column, String englishMessage,
      String frenchMessage, Function<Locale, String> message) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.englishMessage = englishMessage;
    this.frenchMessage = frenchMessage;
    this.message = message;
  }

  /**
   * A problem whose message is written for each reader from the SDK's texts (or yours).
   *
   * @param code the stable code
   * @param pointer the JSON Pointer of the offending element
   * @param line its line, from 1; 0 when unknown
   * @param column its column, from 1; 0 when unknown
   * @param message the message in a reader's locale
   * @return the problem
   */
  public static JsonProblem of(String code, String pointer, int line, int column, Function<Locale, String> message) {
    Objects.requireNonNull(message, "message");
    return new JsonProblem(code, pointer, line, column, message.apply(Locale.ENGLISH), message.apply(Locale.FRENCH),
        message);
  }

  /** @return the stable code; programs switch on it, it never changes between versions */
  public String code() {
    return code;
  }

  /** @return the JSON Pointer of the offending element from the document's root; empty for the root */
  public String pointer() {
    return pointer;
  }

  /** @return the line of the offending element, from 1; 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the column of the offending element, from 1; 0 when unknown */
  public int column() {
    return column;
  }

  /** @return the message in English */
  public String englishMessage() {
    return englishMessage;
  }

  /** @return the message in French */
  public String frenchMessage() {
    return frenchMessage;
  }

  /**
   * @param locale the reader's locale
   * @return the message in that language (English for a language that has no text)
   */
  public String message(Locale locale) {
    return message.apply(locale);
  }

  /** Problems are equal when their code, place and English and French messages are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonProblem that && code.equals(that.code) && pointer.equals(that.pointer)
        && line == that.line && column == that.column && englishMessage.equals(that.englishMessage)
        && frenchMessage.equals(that.frenchMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, line, column, englishMessage, frenchMessage);
  }

  /** @return the pointer, position, message in English and code, for logs */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "<root>" : pointer) + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
        + ": " + englishMessage + " [" + code + "]";
  }
}

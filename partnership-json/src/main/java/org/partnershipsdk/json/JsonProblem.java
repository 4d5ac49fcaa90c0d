package org.partnershipsdk.json;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found while reading a JSON document: what is wrong (a stable {@linkplain #code()
 * code}), where (a JSON Pointer, and the line and column when the parser knew them), and a message in
 * English and French.
 *
 * <p>Problems of the JSON itself have codes starting with {@code json.} (such as
 * {@code json.property.unknown}); problems found by validating the model read carry the
 * validation's own codes (such as {@code value.blank} or {@code period.order}).
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
public record JsonProblem(String code, String pointer, int line, int column, String englishMessage,
    String frenchMessage) {

  /**
   * Rejects nulls; a negative position becomes 0 (unknown).
   *
   * @param code the stable code
   * @param pointer the JSON Pointer of the offending element
   * @param line its line, from 1; 0 when unknown
   * @param column its column, from 1; 0 when unknown
   * @param englishMessage the message in English
   * @param frenchMessage the message in French
   */
  public JsonProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(englishMessage, "englishMessage");
    Objects.requireNonNull(frenchMessage, "frenchMessage");
    line = Math.max(line, 0);
    column = Math.max(column, 0);
  }

  /**
   * @param locale the reader's locale: French for {@code fr}, English for anything else
   * @return the message in that language
   */
  public String message(Locale locale) {
    return locale != null && "fr".equals(locale.getLanguage()) ? frenchMessage : englishMessage;
  }

  /** @return the pointer, position, message in English and code, for logs */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "<root>" : pointer) + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
        + ": " + englishMessage + " [" + code + "]";
  }
}

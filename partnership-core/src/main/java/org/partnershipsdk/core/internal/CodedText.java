package org.partnershipsdk.core.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.partnershipsdk.core.model.Coded;

/**
 * A message argument that is a whole text with a code for machines, such as a rule's finding quoted
 * in a refusal: shown by its text in the reader's language, asked for when the message is written
 * (so that it is in any language the texts know), and equal to another with the same code about
 * the same value. Not for public use.
 *
 * @param code the code, such as a rule's id
 * @param about the value the text is written from, which decides equality (a finding, a refusal, or
 *     the English text when the value has no equality of its own)
 * @param text the text in a reader's language
 */
public record CodedText(String code, Object about, Function<Locale, String> text) implements Coded {

  /**
   * @throws NullPointerException if a component is null (a bug of the SDK, never a user's)
   */
  public CodedText {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String label(Locale locale) {
    return text.apply(locale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CodedText that && code.equals(that.code) && about.equals(that.about);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + about.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}

package org.partnershipsdk.iati;

import java.util.Locale;
import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when a file cannot be checked as IATI XML at all: it cannot be read ({@value #IO}), is not
 * well-formed XML ({@value #MALFORMED}, with its line and column), declares a document type
 * ({@value #DOCTYPE}: refused, as entity expansion is a classic attack on XML readers), or is longer
 * than the limit ({@value #TOO_LARGE}). A file that is XML but not valid IATI is not an exception: it
 * is a report with findings.
 *
 * <p>The message is in English, French or Spanish ({@link #getMessage(Locale)}; the module's texts
 * under the code, which a bundle of yours can change, see
 * {@link org.partnershipsdk.core.text.Texts#addBundle(String)}). What the XML reader or the file
 * system said of the failure, quoted in it, is in the JDK's English.
 */
public final class IatiReadException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** The file could not be read. */
  public static final String IO = "iati.io";
  /** The file is not well-formed XML. */
  public static final String MALFORMED = "iati.xml.malformed";
  /** The file declares a document type (DTD). */
  public static final String DOCTYPE = "iati.xml.doctype";
  /** The file is longer than {@link IatiChecker#MAX_FILE_LENGTH}. */
  public static final String TOO_LARGE = "iati.xml.too-large";

  private final int line;
  private final int column;

  IatiReadException(String code, Function<Locale, String> message, int line, int column, Throwable cause) {
    super(code, message);
    initCause(cause);
    this.line = line;
    this.column = column;
  }

  /** @return the line where reading stopped, 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the column where reading stopped, 0 when unknown */
  public int column() {
    return column;
  }
}

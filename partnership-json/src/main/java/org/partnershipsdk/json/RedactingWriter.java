package org.partnershipsdk.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.json.internal.DocumentWriter;
import org.partnershipsdk.json.internal.Redaction;

/**
 * Writes documents with their personal data (données personnelles) redacted, for sharing outside an
 * organisation: the same document, in the same format, readable by the SDK and valid against the
 * same {@linkplain PartnershipSchemas schema}. Obtained from {@link PartnershipJson#redacting()}.
 *
 * <p>What is personal is what the model marks
 * {@link org.partnershipsdk.core.model.PersonalData @PersonalData}: the persons (contact persons,
 * volunteers, programme officers) and the attributes that hold something about a person (an
 * evaluation's consultant, a respondent's comment).
 * <ul>
 *   <li><b>Persons are kept as shells</b>: they stay where they are, so that a mission still counts
 *       its volunteers and a partnership still has its programme officer, but everything about them
 *       is redacted;</li>
 *   <li><b>texts the format always writes are masked</b>: a person's name is written as
 *       {@value #MASK}, the marker {@code toString()} and validation reports use;</li>
 *   <li><b>everything else personal is left out</b>: optional texts (an e-mail address, a telephone
 *       number, a role, a consultant, a comment), lists (a volunteer's skills) and codes (a programme
 *       officer's focus); they read back absent or empty;</li>
 *   <li><b>properties the SDK does not know are left out</b> everywhere, since it cannot tell
 *       whether they hold personal data;</li>
 *   <li>everything else is written exactly as {@link PartnershipJson} writes it.</li>
 * </ul>
 *
 * <p>A redacted document is for reading, not for editing and sending back: reading it gives values
 * whose personal data is gone, and validating them reports what a complete value needs and was left
 * out (a programme officer's focus, for instance).
 *
 * <pre>{@code
 * String shared = PartnershipJson.create().indented().redacting().write(DocumentType.PORTFOLIO, portfolio);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Streams given to it are written and flushed, never
 * closed; files are opened and closed by it.
 */
public final class RedactingWriter {
  /** What a masked text is written as. */
  public static final String MASK = Redaction.MASK;

  private final DocumentWriter writer;

  RedactingWriter(boolean indented) {
    this.writer = DocumentWriter.redacting(indented);
  }

  /** @return whether the documents are indented (two spaces, {@code \n} line ends) */
  public boolean isIndented() {
    return writer.indented();
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the redacted document
   * @throws IncompleteValueException if an argument is null
   */
  public <T> String write(DocumentType<T> type, T value) {
    return writer.write(type, value);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param <T> the model type
   * @return the redacted document in UTF-8
   * @throws IncompleteValueException if an argument is null
   */
  public <T> byte[] writeBytes(DocumentType<T> type, T value) {
    return writer.writeBytes(type, value);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   * @throws IncompleteValueException if an argument is null
   */
  public <T> void write(DocumentType<T> type, T value, Writer out) {
    writer.write(type, value, out);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param out where to write, in UTF-8; flushed, not closed
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   * @throws IncompleteValueException if an argument is null
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    writer.write(type, value, out);
  }

  /**
   * @param type the document type
   * @param value the model value
   * @param file the file to create or replace, in UTF-8
   * @param <T> the model type
   * @throws JsonWriteException if writing fails
   * @throws IncompleteValueException if an argument is null
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    if (file == null) {
      throw new IncompleteValueException("file");
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.write(type, value, out);
    } catch (IOException e) {
      throw DocumentWriter.failed(e);
    }
  }

  /** @return the options, for logs */
  @Override
  public String toString() {
    return "RedactingWriter{indented=" + isIndented() + "}";
  }
}

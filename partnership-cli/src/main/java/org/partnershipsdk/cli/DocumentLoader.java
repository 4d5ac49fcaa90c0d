package org.partnershipsdk.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.json.JsonReadException;

/** Reads one file as a document of the type asked for, or else of whatever type its envelope names. */
@FunctionalInterface
interface DocumentLoader {
  /**
   * @param file the file
   * @param json the reader, strict or not, length-limited or not, as the options ask
   * @param type the document type the file must be, if one was asked for ({@code --type}); empty
   *     to take the type its envelope names
   * @return the envelope's type and the model value read
   * @throws JsonReadException if the file is not a readable document
   */
  Loaded load(Path file, PartnershipJson json, Optional<DocumentType<?>> type);

  /**
   * A document read.
   *
   * @param type the envelope's type, such as {@code portfolio}
   * @param value the model value
   */
  record Loaded(String type, Object value) {}
}

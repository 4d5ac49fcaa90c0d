package org.partnershipsdk.examples.cli;

import java.nio.file.Path;
import org.partnershipsdk.json.JsonReadException;

/** Reads one file as a document of whatever type its envelope names. */
@FunctionalInterface
interface DocumentLoader {
  /**
   * @param file the file
   * @param strict whether a property the SDK does not know makes the file unreadable
   * @return the envelope's type and the model value read
   * @throws JsonReadException if the file is not a readable document
   */
  Loaded load(Path file, boolean strict);

  /**
   * A document read.
   *
   * @param type the envelope's type, such as {@code portfolio}
   * @param value the model value
   */
  record Loaded(String type, Object value) {}
}

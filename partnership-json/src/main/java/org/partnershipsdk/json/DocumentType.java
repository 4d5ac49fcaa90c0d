package org.partnershipsdk.json;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of top-level JSON document: its registered name, written in the document's {@code "type"}
 * property ({@code portfolio}, {@code initiative}, {@code mission}...; never a Java class name), and
 * the model type its {@code "data"} holds.
 *
 * @param <T> the model type of the document's data
 */
public final class DocumentType<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final String name;
  private final Class<T> modelType;

  private DocumentType(String name, Class<T> modelType) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalStateException("Not a document type name: " + name);
    }
    this.name = name;
    this.modelType = Objects.requireNonNull(modelType, "modelType");
  }

  /**
   * Declares a document type; the SDK declares its own as constants of this class.
   *
   * @param name the registered name: lower case, digits and hyphens
   * @param modelType the model type of the data
   * @param <T> that type
   * @return the document type
   */
  static <T> DocumentType<T> of(String name, Class<T> modelType) {
    return new DocumentType<>(name, modelType);
  }

  /** @return the registered name, such as {@code initiative} */
  public String name() {
    return name;
  }

  /** @return the model type of the document's data */
  public Class<T> modelType() {
    return modelType;
  }

  /** @return the registered name */
  @Override
  public String toString() {
    return name;
  }
}

package org.partnershipsdk.json;

import java.util.List;
import org.partnershipsdk.testkit.Gen;
import org.partnershipsdk.testkit.Generators;

/** The SDK's document types, each with the testkit's generator of its values. */
final class Documents {

  /**
   * A document type and the generator of its values.
   *
   * @param type the document type
   * @param values valid values of the type, drawn by seed
   * @param <T> the model type
   */
  record Generated<T>(DocumentType<T> type, Gen<T> values) {
    @Override
    public String toString() {
      return type.name();
    }
  }

  /** Every top-level document type, the portfolio first. */
  static final List<DocumentType<?>> ALL = List.of(DocumentType.PORTFOLIO, DocumentType.ORGANISATION,
      DocumentType.PARTNERSHIP, DocumentType.PROGRAMME, DocumentType.INITIATIVE, DocumentType.MISSION,
      DocumentType.ASSESSMENT);

  /** Every top-level document type with its generator, in the order of {@link #ALL}. */
  static final List<Generated<?>> GENERATED = List.of(
      new Generated<>(DocumentType.PORTFOLIO, Generators.portfolios()),
      new Generated<>(DocumentType.ORGANISATION, Generators.organisations()),
      new Generated<>(DocumentType.PARTNERSHIP, Generators.partnerships()),
      new Generated<>(DocumentType.PROGRAMME, Generators.programmes()),
      new Generated<>(DocumentType.INITIATIVE, Generators.initiatives()),
      new Generated<>(DocumentType.MISSION, Generators.missions()),
      new Generated<>(DocumentType.ASSESSMENT, Generators.reciprocityAssessments()));

  private Documents() {}

  /**
   * @param name a registered name
   * @return the document type of that name
   */
  static DocumentType<?> named(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No document type " + name));
  }
}

package org.partnershipsdk.json;

import java.util.List;
import org.partnershipsdk.testkit.Gen;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;

/** The SDK's document types with the testkit generators of their values, at sizes that keep the suite fast. */
final class ModelDocuments {
  /**
   * A document type and how to generate its values.
   *
   * @param type the document type
   * @param values the testkit generator of its values
   * @param size the size of the generation context: how large collections grow
   * @param <T> the model type
   */
  record Kind<T>(DocumentType<T> type, Gen<T> values, int size) {
    /**
     * @param seed a seed
     * @return the value generated from it
     */
    T generate(long seed) {
      return values.generate(GenContext.of(seed, size));
    }

    /**
     * @param seed a seed
     * @return the value generated from it, with its document type
     */
    Generated<T> generated(long seed) {
      return new Generated<>(type, generate(seed));
    }

    @Override
    public String toString() {
      return type.name();
    }
  }

  static final List<Kind<?>> ALL = List.of(
      new Kind<>(DocumentType.ORGANISATION, Generators.organisations(), 5),
      new Kind<>(DocumentType.PARTNERSHIP, Generators.partnerships(), 5),
      new Kind<>(DocumentType.PROGRAMME, Generators.programmes(), 5),
      new Kind<>(DocumentType.INITIATIVE, Generators.initiatives(), 4),
      new Kind<>(DocumentType.MISSION, Generators.missions(), 5),
      new Kind<>(DocumentType.ASSESSMENT, Generators.reciprocityAssessments(), 5),
      new Kind<>(DocumentType.AGREEMENT, Generators.agreements(), 5),
      new Kind<>(DocumentType.PORTFOLIO, Generators.portfolios(), 3));
  /** The portfolio's kind, the last of {@link #ALL}. */
  static final Kind<?> PORTFOLIO = ALL.get(ALL.size() - 1);

  private ModelDocuments() {}

  /**
   * @param seed a seed
   * @return a document type, chosen by the seed, with a value generated from it
   */
  static Generated<?> any(long seed) {
    return ALL.get((int) Math.floorMod(seed, (long) ALL.size())).generated(seed);
  }

  /**
   * A generated value with its document type.
   *
   * @param type the document type
   * @param value the value
   * @param <T> the model type
   */
  record Generated<T>(DocumentType<T> type, T value) {
    /**
     * @param json the writer
     * @return the value written as a document
     */
    byte[] write(PartnershipJson json) {
      return json.writeBytes(type, value);
    }
  }
}

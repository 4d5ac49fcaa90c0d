package org.partnershipsdk.testkit;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a property over generated values, one per seed, and names the seed of the first failure so
 * that it can be replayed ({@code -Dpartnership.seed=SEED}). Works with any test framework: the
 * property throws (an assertion error, say) to fail.
 *
 * <pre>{@code
 * PropertyCheck.forAll(Generators.missions(), mission ->
 *     Generators.PERSONAL_VALUES.forEach(personal -> assertThat(mission.toString()).doesNotContain(personal)));
 * }</pre>
 */
public final class PropertyCheck {
  private PropertyCheck() {}

  /**
   * Runs the property over {@link Seeds#DEFAULT_COUNT} generated values.
   *
   * @param gen the generator
   * @param property what must hold for every value; throws to fail
   * @param <T> the type of the values
   * @throws PropertyFailure naming the seed, at the first value the property fails on
   */
  public static <T> void forAll(Gen<T> gen, Consumer<? super T> property) {
    forAll(gen, Seeds.list(), property);
  }

  /**
   * Runs the property over one generated value per seed.
   *
   * @param gen the generator
   * @param seeds the seeds
   * @param property what must hold for every value; throws to fail
   * @param <T> the type of the values
   * @throws PropertyFailure naming the seed, at the first value the property fails on
   */
  public static <T> void forAll(Gen<T> gen, List<Long> seeds, Consumer<? super T> property) {
    for (long seed : seeds) {
      T value;
      try {
        value = gen.generate(GenContext.of(seed));
      } catch (RuntimeException | AssertionError e) {
        throw new PropertyFailure(seed, "<generation failed>", e);
      }
      try {
        property.accept(value);
      } catch (RuntimeException | AssertionError e) {
        throw new PropertyFailure(seed, String.valueOf(value), e);
      }
    }
  }
}

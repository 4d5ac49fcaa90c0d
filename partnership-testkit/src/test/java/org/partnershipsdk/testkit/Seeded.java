package org.partnershipsdk.testkit;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a property into one dynamic test per seed, named by its seed; a failure is a
 * {@link PropertyFailure} that names the seed to replay ({@code -Dpartnership.seed=SEED}).
 */
final class Seeded {
  private Seeded() {}

  /**
   * @param name what the tests check, shown above the seeds
   * @param count how many seeds
   * @param size the size of the generated values
   * @param gen the generator
   * @param property what must hold for every generated value
   */
  static <T> DynamicContainer property(String name, int count, int size, Gen<T> gen, Consumer<? super T> property) {
    return DynamicContainer.dynamicContainer(name, Seeds.list(count).stream()
        .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed, size, gen, property))));
  }

  /** As {@link #property(String, int, int, Gen, Consumer)}, at the default size. */
  static <T> DynamicContainer property(String name, int count, Gen<T> gen, Consumer<? super T> property) {
    return property(name, count, GenContext.DEFAULT_SIZE, gen, property);
  }

  /** @return one container per named generator */
  static Stream<DynamicContainer> each(Stream<Named<?>> generators, int count, Consumer<Object> property) {
    return generators.map(named -> property(named.name(), count, named.gen(), property));
  }

  private static <T> void check(long seed, int size, Gen<T> gen, Consumer<? super T> property) {
    T value;
    try {
      value = gen.generate(GenContext.of(seed, size));
    } catch (RuntimeException | AssertionError e) {
      throw new PropertyFailure(seed, "<generation failed>", e);
    }
    try {
      property.accept(value);
    } catch (RuntimeException | AssertionError e) {
      throw new PropertyFailure(seed, String.valueOf(value), e);
    }
  }

  /**
   * A generator and the name of what it generates.
   *
   * @param name such as {@code initiatives}
   * @param gen the generator
   */
  record Named<T>(String name, Gen<T> gen) {}

  /** @return every public generator of {@link Generators}, by name */
  static Stream<Named<?>> allGenerators() {
    return Stream.of(
        new Named<>("countries", Generators.countries()),
        new Named<>("currencies", Generators.currencies()),
        new Named<>("money", Generators.money()),
        new Named<>("periods", Generators.periods()),
        new Named<>("territories", Generators.territories()),
        new Named<>("contactPersons", Generators.contactPersons()),
        new Named<>("organisations", Generators.organisations()),
        new Named<>("programmes", Generators.programmes()),
        new Named<>("programmeOfficers", Generators.programmeOfficers()),
        new Named<>("partnerships", Generators.partnerships()),
        new Named<>("projectCycles", Generators.projectCycles()),
        new Named<>("cycleModels", Generators.cycleModels()),
        new Named<>("profileSettings", Generators.profileSettings()),
        new Named<>("indicators", Generators.indicators()),
        new Named<>("resultsFrameworks", Generators.resultsFrameworks()),
        new Named<>("evaluations", Generators.evaluations()),
        new Named<>("followUpContacts", Generators.followUpContacts()),
        new Named<>("initiatives", Generators.initiatives()),
        new Named<>("volunteers", Generators.volunteers()),
        new Named<>("missions", Generators.missions()),
        new Named<>("reciprocityAssessments", Generators.reciprocityAssessments()),
        new Named<>("documentLinks", Generators.documentLinks()),
        new Named<>("budgetLines", Generators.budgetLines()),
        new Named<>("signatories", Generators.signatories()),
        new Named<>("agreements", Generators.agreements()),
        new Named<>("transactions", Generators.transactions()),
        new Named<>("portfolios", Generators.portfolios()));
  }
}

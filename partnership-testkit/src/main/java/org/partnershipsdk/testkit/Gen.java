package org.partnershipsdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generator of values: given a {@link GenContext} (a seeded source of randomness and a size), it
 * produces one value. The same seed always gives the same value.
 *
 * <pre>{@code
 * Gen<String> titles = Gen.oneOf("Paniers paysans", "Conserves de tomates");
 * String title = titles.generate(GenContext.of(42));
 * }</pre>
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * @param context the source of randomness and the size
   * @return a value
   */
  T generate(GenContext context);

  /**
   * @param mapper turns each generated value into another
   * @param <R> the new type
   * @return a generator of the mapped values
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return context -> mapper.apply(generate(context));
  }

  /**
   * @param next chooses the next generator from each generated value
   * @param <R> the new type
   * @return a generator of the values of the chosen generators
   */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> next) {
    return context -> next.apply(generate(context)).generate(context);
  }

  /**
   * @param min the fewest elements
   * @param max the most elements; the context's size caps it
   * @return a generator of lists of this generator's values
   */
  default Gen<List<T>> list(int min, int max) {
    return context -> {
      int count = context.intBetween(min, Math.max(min, Math.min(max, context.size())));
      List<T> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(generate(context));
      }
      return List.copyOf(values);
    };
  }

  /**
   * @param presence the chance, from 0 to 1, that a value is present
   * @return a generator of optional values
   */
  default Gen<Optional<T>> optional(double presence) {
    return context -> context.chance(presence) ? Optional.of(generate(context)) : Optional.empty();
  }

  /**
   * @param value the only value
   * @param <T> its type
   * @return a generator that always gives it
   */
  static <T> Gen<T> constant(T value) {
    return context -> value;
  }

  /**
   * @param values the values to choose from, with equal chances
   * @param <T> their type
   * @return a generator that picks one of them
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    List<T> choices = List.of(values);
    return context -> context.pick(choices);
  }

  /**
   * @param generators the generators to choose from, with equal chances
   * @param <T> the type of their values
   * @return a generator that picks one generator, then generates with it
   */
  @SafeVarargs
  static <T> Gen<T> frequencyOf(Gen<? extends T>... generators) {
    List<Gen<? extends T>> choices = List.of(generators);
    return context -> context.pick(choices).generate(context);
  }
}

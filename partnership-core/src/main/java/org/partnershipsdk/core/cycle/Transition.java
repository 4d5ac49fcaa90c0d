package org.partnershipsdk.core.cycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * The outcome of asking a value to move to another stage of its cycle: either the moved value, or
 * every reason it cannot move. Never a half-moved value: when the move is refused, the value asked
 * to move is unchanged and nothing new exists.
 *
 * <pre>{@code
 * Transition<Initiative> t = initiative.moveTo(Stage.DESIGN, LocalDate.of(2015, 3, 2));
 * if (t.isMoved()) {
 *   save(t.orElseThrow());
 * } else {
 *   t.refusals().forEach(r -> show(r.message(Locale.FRENCH)));
 * }
 * }</pre>
 *
 * @param <T> the type of the value that moves
 */
public final class Transition<T> {
  private final T moved;
  private final List<TransitionRefusal> refusals;

  private Transition(T moved, List<TransitionRefusal> refusals) {
    this.moved = moved;
    this.refusals = refusals;
  }

  /**
   * @param moved the value after the move
   * @param <T> its type
   * @return a successful transition
   * @throws IncompleteValueException if {@code moved} is null
   */
  public static <T> Transition<T> of(T moved) {
    if (moved == null) {
      throw new IncompleteValueException("moved");
    }
    return new Transition<>(moved, List.of());
  }

  /**
   * @param refusals why the move is refused; at least one
   * @param <T> the type of the value that could not move
   * @return a refused transition
   * @throws IncompleteValueException if {@code refusals} is null, empty or holds null
   */
  public static <T> Transition<T> refused(List<TransitionRefusal> refusals) {
    if (refusals == null || refusals.isEmpty() || refusals.stream().anyMatch(Objects::isNull)) {
      throw new IncompleteValueException("refusals");
    }
    return new Transition<>(null, List.copyOf(refusals));
  }

  /** @return whether the value moved */
  public boolean isMoved() {
    return moved != null;
  }

  /** @return the moved value; empty when the move was refused */
  public Optional<T> moved() {
    return Optional.ofNullable(moved);
  }

  /** @return why the move was refused; empty when the value moved */
  public List<TransitionRefusal> refusals() {
    return refusals;
  }

  /**
   * @return the moved value
   * @throws TransitionRefusedException listing the refusals, if the move was refused
   */
  public T orElseThrow() {
    if (moved == null) {
      throw new TransitionRefusedException(refusals);
    }
    return moved;
  }

  /**
   * Carries a move over to a containing value: a moved project cycle becomes a moved initiative,
   * a refusal stays the same refusal.
   *
   * @param mapper turns the moved value into another; called only if the value moved
   * @param <U> the new value's type
   * @return the transition of the new value
   * @throws IncompleteValueException if {@code mapper} is null or returns null
   */
  public <U> Transition<U> map(Function<? super T, ? extends U> mapper) {
    if (mapper == null) {
      throw new IncompleteValueException("mapper");
    }
    return moved == null ? new Transition<>(null, refusals) : of(mapper.apply(moved));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transition<?> that && Objects.equals(moved, that.moved) && refusals.equals(that.refusals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(moved, refusals);
  }

  @Override
  public String toString() {
    return moved != null ? "Transition[moved=" + moved + "]" : "Transition[refused=" + refusals + "]";
  }
}

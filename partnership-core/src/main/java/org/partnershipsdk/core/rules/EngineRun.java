package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnershipsdk.core.internal.ElementRefs;
import org.partnershipsdk.core.model.Label;

/**
 * One evaluation of a portfolio, cut into chunks of elements of one kind that any thread can take:
 * the caller's thread works through them and, when more threads are asked for, tasks given to an
 * executor help. Each element is judged by the rules of its profile ({@link ProfileAssignment}),
 * which the element and the portfolio alone decide. The findings are then put together in the
 * order of the elements, so that they are the same, in the same order, however many threads ran
 * and whatever their pace: a rule of a profile that throws on an element reports that failure and
 * no finding on any later element of its kind judged by that profile, exactly as it would on one
 * thread. Not for public use.
 */
final class EngineRun {
  /** The fewest elements a chunk holds when the work is shared; fewer is not worth a hand-over. */
  private static final int MIN_CHUNK = 256;

  private static final Label RULE_FAILED_MESSAGE = new Label(
      "The rule {rule} failed on this element and was stopped: {exception}",
      "La règle {rule} a échoué sur cet élément et a été arrêtée : {exception}");

  private final List<Chunk<?>> chunks = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private final CountDownLatch done;

  EngineRun(ProfileAssignment assignment, Clock clock, PortfolioIndex index, int parallelism) {
    for (Subject<?> subject : Subject.all()) {
      plan(subject, assignment, clock, index, parallelism);
    }
    done = new CountDownLatch(chunks.size());
  }

  /**
   * Runs every chunk, on this thread and on up to {@code parallelism - 1} tasks of the executor,
   * and waits for all of them. A task the executor starts late or never only finds the work done:
   * the caller never waits for a task to start, so an executor that is busy (or is the one running
   * the caller) slows the run down but cannot block it.
   *
   * @param executor where helping tasks run
   * @param parallelism how many threads may work at once, the caller's included
   * @return every finding, in the order of the elements of each kind
   */
  List<Finding> run(Executor executor, int parallelism) {
    for (int helper = 1; helper < Math.min(parallelism, chunks.size()); helper++) {
      try {
        executor.execute(this::work);
      } catch (RejectedExecutionException busy) {
        break; // the caller's thread does the rest
      }
    }
    work();
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while rules ran on other threads", e);
    }
    return merge();
  }

  private void work() {
    for (int i = next.getAndIncrement(); i < chunks.size(); i = next.getAndIncrement()) {
      try {
        chunks.get(i).run();
      } catch (RuntimeException | Error failure) { // not a rule's own failure: thrown in the caller's thread
        chunks.get(i).error = failure;
      } finally {
        done.countDown();
      }
    }
  }

  /**
   * Cuts the elements of one kind into chunks, with the rules of each profile for that kind: every
   * rule of every profile has a slot, and an element runs the slots of its profile.
   */
  @SuppressWarnings("unchecked") // a rule whose info names Subject<S> checks elements of type S
  private <S> void plan(Subject<S> subject, ProfileAssignment assignment, Clock clock, PortfolioIndex index,
      int parallelism) {
    List<Slot<S>> slots = new ArrayList<>();
    List<Profile> profiles = assignment.profiles();
    int[][] slotsOf = new int[profiles.size()][];
    for (int p = 0; p < profiles.size(); p++) {
      Profile profile = profiles.get(p);
      List<Integer> mine = new ArrayList<>();
      for (Rule<?> rule : profile.activeRules()) {
        if (rule.info().subject() == subject) {
          mine.add(slots.size());
          slots.add(new Slot<>((Rule<S>) rule, new RunContext(clock, profile, rule.info().id(), index),
              profile.name()));
        }
      }
      slotsOf[p] = mine.stream().mapToInt(Integer::intValue).toArray();
    }
    List<S> elements = subject.in(index.portfolio());
    if (slots.isEmpty() || elements.isEmpty()) {
      return;
    }
    int size = parallelism == 1 ? elements.size()
        : Math.max(MIN_CHUNK, elements.size() / (parallelism * 8) + 1);
    for (int from = 0; from < elements.size(); from += size) {
      chunks.add(new Chunk<>(subject, slots, slotsOf, assignment, elements, from,
          Math.min(elements.size(), from + size)));
    }
  }

  /** Concatenates the chunks in order, each rule's findings stopping at its first failure. */
  private List<Finding> merge() {
    List<Finding> findings = new ArrayList<>();
    for (int c = 0; c < chunks.size(); ) {
      Subject<?> subject = chunks.get(c).subject;
      int end = c;
      int[] stop = null;
      while (end < chunks.size() && chunks.get(end).subject == subject) {
        Chunk<?> chunk = chunks.get(end);
        if (chunk.error instanceof Error error) {
          throw error;
        }
        if (chunk.error instanceof RuntimeException failure) {
          throw failure;
        }
        if (stop == null) {
          stop = new int[chunk.failedAt.length];
          Arrays.fill(stop, Integer.MAX_VALUE);
        }
        for (int r = 0; r < stop.length; r++) {
          stop[r] = Math.min(stop[r], chunk.failedAt[r]);
        }
        end++;
      }
      for (; c < end; c++) {
        chunks.get(c).addTo(findings, stop);
      }
    }
    return findings;
  }

  /** A rule of a profile, with its context: parameters of that profile. */
  private record Slot<S>(Rule<S> rule, RunContext context, String profile) {}

  /** Consecutive elements of one kind, every rule of that kind of each element's profile run on it. */
  private static final class Chunk<S> {
    private final Subject<S> subject;
    private final List<Slot<S>> slots;
    private final int[][] slotsOf;
    private final ProfileAssignment assignment;
    private final List<S> elements;
    private final int from;
    private final int to;
    private final int[] failedAt;
    private final List<Finding> findings = new ArrayList<>();
    private int[] ruleOf = new int[16];
    private int[] elementOf = new int[16];
    private Throwable error;

    Chunk(Subject<S> subject, List<Slot<S>> slots, int[][] slotsOf, ProfileAssignment assignment, List<S> elements,
        int from, int to) {
      this.subject = subject;
      this.slots = slots;
      this.slotsOf = slotsOf;
      this.assignment = assignment;
      this.elements = elements;
      this.from = from;
      this.to = to;
      this.failedAt = new int[slots.size()];
      Arrays.fill(failedAt, Integer.MAX_VALUE);
    }

    /**
     * Visits each element once and runs every rule of its kind on it while it is at hand, rather
     * than walking the list once per rule: a portfolio larger than the caches is read once per kind.
     */
    void run() {
      for (int e = from; e < to; e++) {
        S element = elements.get(e);
        SubjectRef ref = subject.refer(element);
        for (int slot : slotsOf[assignment.of(element)]) {
          if (failedAt[slot] == Integer.MAX_VALUE && !check(slot, e, element, ref)) {
            failedAt[slot] = e;
          }
        }
      }
    }

    /** @return false when the rule threw: its failure is reported and it stops for this run */
    private boolean check(int r, int e, S element, SubjectRef ref) {
      Slot<S> slot = slots.get(r);
      RuleInfo<S> info = slot.rule().info();
      try {
        slot.rule().check(element, slot.context(), (path, arguments) -> {
          String at = path == null ? "" : path;
          add(r, e, new Finding(info.id(), info.severity(), ref, at, Map.copyOf(arguments), info.message(),
              slot.profile(),
              at.isEmpty() ? Optional.empty() : ElementRefs.innermost(element, ElementRefs.segments(at))));
        });
        return true;
      } catch (RuntimeException failure) {
        add(r, e, new Finding(RulesEngine.RULE_FAILED, Severity.ERROR, ref, "",
            Map.of("rule", info.id(), "exception", describe(failure)), RULE_FAILED_MESSAGE, slot.profile()));
        return false;
      }
    }

    private void add(int rule, int element, Finding finding) {
      int i = findings.size();
      if (i == ruleOf.length) {
        ruleOf = Arrays.copyOf(ruleOf, i * 2);
        elementOf = Arrays.copyOf(elementOf, i * 2);
      }
      ruleOf[i] = rule;
      elementOf[i] = element;
      findings.add(finding);
    }

    /** Adds the findings of each rule on elements up to the one it first failed on, in any chunk. */
    void addTo(List<Finding> out, int[] stop) {
      for (int i = 0; i < findings.size(); i++) {
        if (elementOf[i] <= stop[ruleOf[i]]) {
          out.add(findings.get(i));
        }
      }
    }

    private static String describe(RuntimeException e) {
      return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }
}

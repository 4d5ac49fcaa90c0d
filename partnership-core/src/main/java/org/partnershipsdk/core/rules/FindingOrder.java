package org.partnershipsdk.core.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order of a report's findings: subject kind, subject id, severity, rule, path, then the
 * message; a total order, ties kept in the order the engine found them. Not for public use.
 */
final class FindingOrder {
  private static final Map<String, Integer> SUBJECT_ORDER = subjectOrder();

  /** The order on findings. */
  static final Comparator<Finding> ORDER = FindingOrder::compare;

  private FindingOrder() {}

  /**
   * Sorts findings into {@link #ORDER}, with the result of a stable sort of the whole list. The
   * engine gives the findings of one element together: each element's few findings are sorted
   * among themselves, then the elements by kind and id, and only elements that share a kind and an
   * id are sorted again as one. Far fewer comparisons than sorting every finding against every
   * other, and the costly ones (the message) only between findings of one element.
   *
   * @param findings the findings, those of one element next to each other; not changed
   * @return the same findings, ordered
   */
  static List<Finding> sort(List<Finding> findings) {
    Finding[] all = findings.toArray(Finding[]::new);
    int[] starts = new int[all.length + 1];
    int runs = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || !all[i].subject().equals(all[i - 1].subject())) {
        starts[runs++] = i;
      }
    }
    starts[runs] = all.length;
    Integer[] order = new Integer[runs];
    int[] kinds = new int[runs];
    for (int r = 0; r < runs; r++) {
      order[r] = r;
      kinds[r] = subjectOrder(all[starts[r]].subject().kind());
      if (starts[r + 1] - starts[r] > 1) {
        Arrays.sort(all, starts[r], starts[r + 1], ORDER);
      }
    }
    Comparator<Integer> bySubject = (a, b) -> {
      int c = Integer.compare(kinds[a], kinds[b]);
      return c != 0 ? c : all[starts[a]].subject().id().compareTo(all[starts[b]].subject().id());
    };
    Arrays.sort(order, bySubject);
    Finding[] sorted = new Finding[all.length];
    int at = 0;
    for (int k = 0; k < runs; ) {
      int block = at;
      int first = order[k];
      do {
        int r = order[k++];
        System.arraycopy(all, starts[r], sorted, at, starts[r + 1] - starts[r]);
        at += starts[r + 1] - starts[r];
      } while (k < runs && bySubject.compare(first, order[k]) == 0);
      if (block + (starts[first + 1] - starts[first]) < at) { // one element's id given twice
        Arrays.sort(sorted, block, at, ORDER);
      }
    }
    return Arrays.asList(sorted);
  }

  private static int compareSubjects(Finding a, Finding b) {
    int c = Integer.compare(subjectOrder(a.subject().kind()), subjectOrder(b.subject().kind()));
    return c != 0 ? c : a.subject().id().compareTo(b.subject().id());
  }

  private static int compare(Finding a, Finding b) {
    int c = compareSubjects(a, b);
    if (c == 0) {
      c = a.severity().compareTo(b.severity());
    }
    if (c == 0) {
      c = a.ruleId().compareTo(b.ruleId());
    }
    if (c == 0) {
      c = a.path().compareTo(b.path());
    }
    return c != 0 ? c : a.message(Locale.ROOT).compareTo(b.message(Locale.ROOT));
  }

  private static int subjectOrder(String kind) {
    Integer order = SUBJECT_ORDER.get(kind);
    return order == null ? Integer.MAX_VALUE : order;
  }

  private static Map<String, Integer> subjectOrder() {
    Map<String, Integer> order = new HashMap<>();
    for (Subject<?> subject : Subject.all()) {
      order.put(subject.code(), subject.order());
    }
    return Map.copyOf(order);
  }
}

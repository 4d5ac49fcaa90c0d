package org.partnershipsdk.core.rules;

import org.partnershipsdk.core.model.IncompleteValueException;

/**
 * A check on one kind of element of a portfolio. A rule reports what it finds to {@link Findings};
 * it holds no state, so one instance serves every run and every thread.
 *
 * <p>The shortest custom rule is a lambda:
 *
 * <pre>{@code
 * Rule<Initiative> summaryMissing = Rule.of(
 *     RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.summary-missing")
 *         .title("Initiative without a summary", "Initiative sans résumé")
 *         .explanation("Committees read the summary first.", "Les comités lisent d'abord le résumé.")
 *         .message("{title} has no summary", "{title} n'a pas de résumé")
 *         .build(),
 *     (initiative, context, findings) -> {
 *       if (initiative.summary().isEmpty()) {
 *         findings.report("summary", "title", initiative.title());
 *       }
 *     });
 * }</pre>
 *
 * @param <S> the type of the elements it checks
 */
public interface Rule<S> {

  /** @return what the rule is: id, severity, texts, parameters */
  RuleInfo<S> info();

  /**
   * Checks one element.
   *
   * @param subject the element
   * @param context the run: the clock, the rule's parameters, lookups in the portfolio
   * @param findings where to report what is found
   */
  void check(S subject, RuleContext context, Findings findings);

  /**
   * @param info what the rule is
   * @param check the check
   * @param <S> the type of the elements it checks
   * @return the rule
   */
  static <S> Rule<S> of(RuleInfo<S> info, Check<S> check) {
    if (info == null || check == null) {
      throw new IncompleteValueException(info == null ? "info" : "check");
    }
    return new Rule<>() {
      @Override
      public RuleInfo<S> info() {
        return info;
      }

      @Override
      public void check(S subject, RuleContext context, Findings findings) {
        check.check(subject, context, findings);
      }

      @Override
      public String toString() {
        return info.toString();
      }
    };
  }

  /**
   * The check of a rule, as a lambda.
   *
   * @param <S> the type of the elements it checks
   */
  @FunctionalInterface
  interface Check<S> {
    /**
     * @param subject the element
     * @param context the run
     * @param findings where to report
     */
    void check(S subject, RuleContext context, Findings findings);
  }
}

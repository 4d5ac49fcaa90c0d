package org.partnershipsdk.core.check;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.SubjectRef;
import org.partnershipsdk.core.validation.Violation;

/**
 * One problem of a {@link CheckReport}: a violation of the model's constraints (always an error)
 * or a rule's finding, about one element of the checked value.
 */
public final class Problem {
  /** Where a problem comes from. */
  public enum Source {
    /** A violation found by {@link org.partnershipsdk.core.validation.ModelValidator}. */
    VALIDATION,
    /** A finding of a profile's rules. */
    RULES
  }

  private final Source source;
  private final Severity severity;
  private final String code;
  private final SubjectRef subject;
  private final String path;
  private final String pointer;
  private final Violation violation;
  private final Finding finding;

  private Problem(Source source, Severity severity, String code, SubjectRef subject, String path, String pointer,
      Violation violation, Finding finding) {
    this.source = source;
    this.severity = severity;
    this.code = code;
    this.subject = subject;
    this.path = path;
    this.pointer = pointer;
    this.violation = violation;
    this.finding = finding;
  }

  static Problem of(Violation violation, SubjectRef subject, String path, String pointer) {
    return new Problem(Source.VALIDATION, Severity.ERROR, violation.code(), subject, path, pointer, violation, null);
  }

  static Problem of(Finding finding, String pointer) {
    return new Problem(Source.RULES, finding.severity(), finding.ruleId(), finding.subject(), finding.path(), pointer,
        null, finding);
  }

  /** @return whether it is a violation or a rule's finding */
  public Source source() {
    return source;
  }

  /** @return how serious it is; a violation is always an error */
  public Severity severity() {
    return severity;
  }

  /** @return the violation's code, such as {@code value.blank}, or the rule's id */
  public String code() {
    return code;
  }

  /**
   * @return the element concerned: an organisation, an initiative... of the checked value, or
   *     {@code portfolio} with an empty id for a problem of the portfolio as a whole
   */
  public SubjectRef subject() {
    return subject;
  }

  /** @return the property path within the element, such as {@code participants[1].roles}; empty for the element itself */
  public String path() {
    return path;
  }

  /**
   * @return the JSON Pointer (RFC 6901) of the element concerned from the checked value, such as
   *     {@code /initiatives/3/participants/1/roles}; empty for the value itself
   */
  public String pointer() {
    return pointer;
  }

  /**
   * @return the stable reference of the element concerned within the element checked (see
   *     {@link Violation#ref()} and {@link Finding#ref()}), so that a front-end anchors the problem on
   *     it; empty when no element of the path carries one
   */
  public Optional<String> ref() {
    return violation != null ? violation.ref() : finding.ref();
  }

  /**
   * @param locale the reader's locale
   * @return the message in the reader's language
   */
  public String message(Locale locale) {
    return violation != null ? violation.message(locale) : finding.message(locale);
  }

  /** @return the violation, for a problem of validation */
  public Optional<Violation> violation() {
    return Optional.ofNullable(violation);
  }

  /** @return the finding, for a problem found by a rule */
  public Optional<Finding> finding() {
    return Optional.ofNullable(finding);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem that && source == that.source && pointer.equals(that.pointer)
        && Objects.equals(violation, that.violation) && Objects.equals(finding, that.finding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, pointer, violation, finding);
  }

  /** @return severity, code, element, path, reference after a {@code #} and English message, for logs */
  @Override
  public String toString() {
    return severity.code() + " " + code + " " + subject + (path.isEmpty() ? "" : " " + path)
        + ref().map(r -> " #" + r).orElse("") + ": " + message(Locale.ENGLISH);
  }
}

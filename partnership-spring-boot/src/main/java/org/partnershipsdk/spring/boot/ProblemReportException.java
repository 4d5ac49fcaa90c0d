package org.partnershipsdk.spring.boot;

import java.util.Objects;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.validation.ValidationReport;

/**
 * Thrown by a controller to answer with the problems of a report, as RFC 9457 problem details in the
 * request's language (status 422):
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(initiative);
 * if (!report.isValid()) {
 *   throw new ProblemReportException(report);
 * }
 * }</pre>
 */
public class ProblemReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The report: a {@link ValidationReport}, a {@link RuleReport} or a {@link CheckReport}. */
  private final transient Object report;

  /** @param report the violations to answer with */
  public ProblemReportException(ValidationReport report) {
    this((Object) report);
  }

  /** @param report the findings to answer with */
  public ProblemReportException(RuleReport report) {
    this((Object) report);
  }

  /** @param report the violations and findings to answer with */
  public ProblemReportException(CheckReport report) {
    this((Object) report);
  }

  private ProblemReportException(Object report) {
    super("The request's document has problems: " + Objects.requireNonNull(report, "report").getClass().getSimpleName());
    this.report = report;
  }

  /** @return the report: a {@link ValidationReport}, a {@link RuleReport} or a {@link CheckReport} */
  public Object report() {
    return report;
  }
}

package org.partnershipsdk.spring.boot;

import java.util.Locale;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.json.JsonReadException;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers Spring MVC requests that fail on the SDK with RFC 9457 problem details in the request's
 * language ({@code Accept-Language}): a {@code @Valid} request body of the model that is not valid,
 * a {@link ProblemReportException}, a {@link JsonReadException}. A failed {@code @Valid} on one of your
 * own classes gets Spring's own answer, as if this advice were not there.
 *
 * <p>Ordered just before Boot's own problem-details handler ({@code spring.mvc.problemdetails}); an
 * advice of yours with a higher precedence, a bean of this type of your own, or
 * {@code partnership.problem-details.enabled=false} takes over.
 */
@RestControllerAdvice
@Order(-1)
public class PartnershipExceptionHandler {
  private final PartnershipProblemDetails problems;

  /** @param problems how reports become problem details */
  public PartnershipExceptionHandler(PartnershipProblemDetails problems) {
    this.problems = problems;
  }

  /**
   * @param failure a failed {@code @Valid} on a request body
   * @param locale the request's locale
   * @return the SDK's problem details for a model value, Spring's own otherwise
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException failure, Locale locale) {
    Object target = failure.getBindingResult().getTarget();
    if (target == null || !target.getClass().getName().startsWith("org.partnershipsdk.core.")) {
      return ResponseEntity.status(failure.getStatusCode()).body(failure.getBody());
    }
    return answer(problems.of(failure.getBindingResult(), locale));
  }

  /**
   * @param failure a report a controller answers with
   * @param locale the request's locale
   * @return its problem details
   */
  @ExceptionHandler(ProblemReportException.class)
  public ResponseEntity<ProblemDetail> report(ProblemReportException failure, Locale locale) {
    Object report = failure.report();
    if (report instanceof ValidationReport validation) {
      return answer(problems.of(validation, locale));
    } else if (report instanceof RuleReport rules) {
      return answer(problems.of(rules, locale));
    }
    return answer(problems.of((CheckReport) report, locale));
  }

  /**
   * @param failure a JSON document that could not be read
   * @param locale the request's locale
   * @return its problem details
   */
  @ExceptionHandler(JsonReadException.class)
  public ResponseEntity<ProblemDetail> unreadable(JsonReadException failure, Locale locale) {
    return answer(problems.of(failure, locale));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail details) {
    return ResponseEntity.status(details.getStatus()).body(details);
  }
}

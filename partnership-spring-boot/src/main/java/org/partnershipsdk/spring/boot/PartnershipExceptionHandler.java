package org.partnershipsdk.spring.boot;

import java.util.Locale;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.json.JsonReadException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers Spring MVC requests that fail on the SDK with RFC 9457 problem details in the request's
 * language ({@code Accept-Language}): a {@code @Valid} request body that is a model value, or holds
 * one, and is not valid; a request body whose model value cannot be read (an unknown code, a wrong
 * date); a {@link ProblemReportException}; a {@link JsonReadException}. A failure about one of your
 * own classes gets Spring's own answer, as if this advice were not there.
 *
 * <p>Ordered last ({@link Ordered#LOWEST_PRECEDENCE}): an exception handler of yours for the same
 * exceptions (a {@code ResponseEntityExceptionHandler} subclass, a plain {@code @ExceptionHandler}),
 * and Boot's own problem-details handler ({@code spring.mvc.problemdetails.enabled}), answer first,
 * for your classes and the model's alike. A bean of this type of your own, or
 * {@code partnership.problem-details.enabled=false}, replaces it. Servlet applications only: WebFlux
 * has no such advice from the SDK (its {@code @Valid} still sees the model's constraints).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PartnershipExceptionHandler {
  private final PartnershipProblemDetails problems;

  /** @param problems how reports become problem details */
  public PartnershipExceptionHandler(PartnershipProblemDetails problems) {
    this.problems = problems;
  }

  /**
   * @param failure a failed {@code @Valid} on a request body
   * @param locale the request's locale
   * @return the SDK's problem details when the body is or holds a model value
   *     ({@link PartnershipProblemDetails#concernsModel}), Spring's own answer otherwise
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException failure, Locale locale) {
    if (!PartnershipProblemDetails.concernsModel(failure.getBindingResult())) {
      return ResponseEntity.status(failure.getStatusCode()).body(failure.getBody());
    }
    return answer(problems.of(failure.getBindingResult(), locale));
  }

  /**
   * @param failure a request body that could not be read
   * @param locale the request's locale
   * @return the SDK's problem details (400, with the code and JSON Pointer of the offending value)
   *     when the body's model value could not be read, Spring's own answer otherwise
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException failure, Locale locale) {
    return answer(problems.ofUnreadableModel(failure, locale)
        .orElseGet(() -> ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed to read request")));
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

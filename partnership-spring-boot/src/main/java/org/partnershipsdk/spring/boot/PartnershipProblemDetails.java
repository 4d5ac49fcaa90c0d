package org.partnershipsdk.spring.boot;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Problem;
import org.partnershipsdk.core.rules.Finding;
import org.partnershipsdk.core.rules.RuleReport;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.validation.BeanValidation;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns the SDK's reports into RFC 9457 problem details, in the reader's language:
 *
 * <pre>{@code
 * {"type": "urn:partnership-sdk:problem:validation.failed", "title": "The document is not valid",
 *  "status": 422, "detail": "2 problems were found.", "instance": "/initiatives/validate",
 *  "code": "validation.failed", "omitted": 0,
 *  "problems": [{"type": "urn:partnership-sdk:problem:value.blank", "code": "value.blank",
 *                "pointer": "/title", "severity": "error", "message": "Must not be blank"}, ...]}
 * }</pre>
 *
 * <p>Each problem has a type URI made of the {@linkplain #DEFAULT_TYPE_PREFIX prefix} and its stable
 * code, the JSON Pointer of the offending element in the request's document, its severity and its
 * message. Reports give status 422 (Unprocessable Content: the document was read, and is wrong);
 * a document that cannot be read as JSON gives 400. Titles and details exist in English and French.
 */
public class PartnershipProblemDetails {
  /** The prefix of type URIs unless {@code partnership.problem-details.type-prefix} says otherwise. */
  public static final String DEFAULT_TYPE_PREFIX = "urn:partnership-sdk:problem:";
  /** The code of a validation that failed: a report's violations, or a failed {@code @Valid}. */
  public static final String VALIDATION_FAILED = "validation.failed";
  /** The code of a check that found errors: violations, or rules' error findings. */
  public static final String CHECK_FAILED = "check.failed";
  /** The code of a rules report with findings. */
  public static final String RULES_FOUND = "rules.found";
  private static final String BUNDLE = "org.partnershipsdk.spring.boot.problems";

  private final String typePrefix;

  /** @param typePrefix what each problem's type URI starts with, such as {@value #DEFAULT_TYPE_PREFIX} */
  public PartnershipProblemDetails(String typePrefix) {
    this.typePrefix = typePrefix;
  }

  /**
   * @param report a validation's report
   * @param locale the reader's language
   * @return its problem details, status 422
   */
  public ProblemDetail of(ValidationReport report, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Violation violation : report.violations()) {
      problems.add(problem(violation.code(), pointer(violation.segments()), Severity.ERROR,
          violation.message(locale)));
    }
    return details(VALIDATION_FAILED, locale, report.total(), problems, report.omitted());
  }

  /**
   * @param report a rules engine's report
   * @param locale the reader's language
   * @return its problem details, status 422; each finding's pointer is its path within its element,
   *     named by {@code subject}
   */
  public ProblemDetail of(RuleReport report, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> problem = problem(finding.ruleId(), pointer(finding.path()), finding.severity(),
          finding.message(locale));
      problem.put("subject", finding.subject().toString());
      problems.add(problem);
    }
    return details(RULES_FOUND, locale, problems.size(), problems, 0);
  }

  /**
   * @param report a check's report
   * @param locale the reader's language
   * @return its problem details, status 422
   */
  public ProblemDetail of(CheckReport report, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (Problem found : report.problems()) {
      Map<String, Object> problem = problem(found.code(), found.pointer(), found.severity(), found.message(locale));
      problem.put("subject", found.subject().toString());
      problems.add(problem);
    }
    return details(CHECK_FAILED, locale, problems.size() + report.omittedViolations(), problems,
        report.omittedViolations());
  }

  /**
   * @param failure a JSON read that failed
   * @param locale the reader's language
   * @return its problem details: status 422 when the JSON was read and its model value is not valid,
   *     400 otherwise
   */
  public ProblemDetail of(org.partnershipsdk.json.JsonReadException failure, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (org.partnershipsdk.json.JsonProblem found : failure.problems()) {
      Map<String, Object> problem = problem(found.code(), found.pointer(), Severity.ERROR, found.message(locale));
      if (found.line() > 0) {
        problem.put("line", found.line());
        problem.put("column", found.column());
      }
      problems.add(problem);
    }
    boolean invalid = failure.code().equals(org.partnershipsdk.json.JsonReadException.VALIDATION_FAILED);
    ProblemDetail details = details(failure.code(), locale, problems.size(), problems, 0);
    if (!invalid) {
      details.setStatus(HttpStatus.BAD_REQUEST);
    }
    return details;
  }

  /**
   * @param result what binding and validating a request's body found, as in a
   *     {@code MethodArgumentNotValidException}
   * @param locale the reader's language
   * @return its problem details, status 422: a violation of the Jakarta engine has the SDK's code
   *     and pointer, and the SDK's message for the model's constraints
   */
  public ProblemDetail of(BindingResult result, Locale locale) {
    List<Map<String, Object>> problems = new ArrayList<>();
    for (ObjectError error : result.getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        ConstraintViolation<?> found = error.unwrap(ConstraintViolation.class);
        Violation violation = BeanValidation.violation(found);
        problems.add(problem(violation.code(), pointer(violation.segments()), Severity.ERROR, found.getMessage()));
      } else {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
        problems.add(problem(error.getCode() == null ? "value.invalid" : error.getCode(), pointer(field), Severity.ERROR,
            String.valueOf(error.getDefaultMessage())));
      }
    }
    problems.sort((a, b) -> String.valueOf(a.get("pointer")).compareTo(String.valueOf(b.get("pointer"))));
    return details(VALIDATION_FAILED, locale, problems.size(), problems, 0);
  }

  private Map<String, Object> problem(String code, String pointer, Severity severity, String message) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", typePrefix + code);
    problem.put("code", code);
    problem.put("pointer", pointer);
    problem.put("severity", severity.code());
    problem.put("message", message);
    return problem;
  }

  private ProblemDetail details(String code, Locale locale, int count, List<Map<String, Object>> problems,
      int omitted) {
    ProblemDetail details = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        new MessageFormat(text("detail", locale), locale == null ? Locale.ROOT : locale).format(new Object[] {count}));
    details.setType(URI.create(typePrefix + code));
    details.setTitle(text(code.startsWith("json.") && !code.equals("json.validation.failed") ? "json" : code, locale));
    details.setProperty("code", code);
    details.setProperty("problems", problems);
    details.setProperty("omitted", omitted);
    return details;
  }

  private static String text(String key, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
        PartnershipProblemDetails.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return bundle.getString("title." + key);
    } catch (MissingResourceException notATitle) {
      return bundle.getString(key);
    }
  }

  /** {@code participants[1].roles} or segments as a JSON Pointer, {@code /participants/1/roles}. */
  private static String pointer(String path) {
    List<String> segments = new ArrayList<>();
    for (String part : path.split("[.\\[\\]]")) {
      if (!part.isEmpty()) {
        segments.add(part);
      }
    }
    return pointer(segments);
  }

  private static String pointer(List<String> segments) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}

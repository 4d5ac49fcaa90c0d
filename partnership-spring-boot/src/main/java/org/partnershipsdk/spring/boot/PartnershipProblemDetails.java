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
import java.util.Optional;
import java.util.ResourceBundle;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Problem;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.PartnershipException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

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
 * code, the JSON Pointer of the offending element in the request's document, the stable reference
 * ({@code ref}) of the innermost element of that path that has one (left out when none has), its
 * severity and its message. Reports give status 422 (Unprocessable Content: the document was read, and is wrong);
 * a document that cannot be read as JSON gives 400. Titles and details exist in English, French and
 * Spanish.
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
  private static final String MODEL_PACKAGE = "org.partnershipsdk.core.";

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
      problems.add(problem(violation.code(), pointer(violation.segments()), violation.ref(), Severity.ERROR,
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
      Map<String, Object> problem = problem(finding.ruleId(), pointer(finding.path()), finding.ref(),
          finding.severity(), finding.message(locale));
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
      Map<String, Object> problem = problem(found.code(), found.pointer(), found.ref(), found.severity(),
          found.message(locale));
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
      Map<String, Object> problem = problem(found.code(), found.pointer(), Optional.empty(), Severity.ERROR,
          found.message(locale));
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
   * The problem details of a model value that Boot's own {@code JsonMapper} could not read through
   * {@code PartnershipJsonModule}, such as a request body with an unknown code or a wrong date
   * (Spring wraps the failure in an {@code HttpMessageNotReadableException}).
   *
   * @param failure what the message converter threw, or its cause
   * @param locale the reader's language
   * @return status 400 with the SDK's code, and the JSON Pointer, line and column of the offending
   *     value in the request's body; empty when the failure is not about a model value (a class of
   *     your own, or JSON that is not well-formed), which Spring answers as it would without the SDK
   */
  public Optional<ProblemDetail> ofUnreadableModel(Throwable failure, Locale locale) {
    JacksonException binding = causeOfType(failure, JacksonException.class);
    if (binding == null || !concernsModel(binding)) {
      return Optional.empty();
    }
    String code = readCode(binding);
    PartnershipException model = causeOfType(binding, PartnershipException.class);
    String message = model != null && !(model instanceof IncompleteValueException) ? model.getMessage(locale)
        : message(code, locale);
    Map<String, Object> problem = problem(code, pointer(binding), Optional.empty(), Severity.ERROR, message);
    TokenStreamLocation location = binding.getLocation();
    if (location != null && location.getLineNr() > 0) {
      problem.put("line", location.getLineNr());
      problem.put("column", location.getColumnNr());
    }
    ProblemDetail details = details(code, locale, 1, List.of(problem), 0);
    details.setStatus(HttpStatus.BAD_REQUEST);
    return Optional.of(details);
  }

  /**
   * @param result what binding and validating a request's body found, as in a
   *     {@code MethodArgumentNotValidException}
   * @return whether a problem is about a model value: the body is one, or holds one ({@code @Valid}
   *     on a property of a class of yours), so that its problem details are the SDK's
   */
  public static boolean concernsModel(BindingResult result) {
    if (result.getTarget() != null && isModel(result.getTarget().getClass())) {
      return true;
    }
    for (ObjectError error : result.getAllErrors()) {
      if (error.contains(ConstraintViolation.class)) {
        Object leaf = error.unwrap(ConstraintViolation.class).getLeafBean();
        if (leaf != null && isModel(leaf.getClass())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith(MODEL_PACKAGE);
  }

  /** The failure comes from the SDK's binding, or happened while reading into a model value. */
  private static boolean concernsModel(JacksonException binding) {
    for (Throwable t = binding; t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getClass().getName().startsWith("org.partnershipsdk.")) {
        return true;
      }
    }
    for (JacksonException.Reference reference : binding.getPath()) {
      Object from = reference.from();
      if (from != null && isModel(from instanceof Class<?> type ? type : from.getClass())) {
        return true;
      }
    }
    return false;
  }

  private static String readCode(JacksonException binding) {
    String original = String.valueOf(binding.getOriginalMessage());
    // partnership-json's own binding failures start their message with their stable code.
    if (binding.getClass().getName().startsWith("org.partnershipsdk.json.") && original.startsWith("json.")) {
      int space = original.indexOf(' ');
      return space < 0 ? original : original.substring(0, space);
    }
    if (binding instanceof StreamReadException) {
      return "json.malformed";
    }
    if (causeOfType(binding, IncompleteValueException.class) != null) {
      return "json.property.missing";
    }
    if (binding instanceof MismatchedInputException && causeOfType(binding, PartnershipException.class) == null) {
      return "json.type-mismatch";
    }
    return "json.value.invalid";
  }

  private static String pointer(JacksonException binding) {
    List<String> segments = new ArrayList<>();
    for (JacksonException.Reference reference : binding.getPath()) {
      segments.add(reference.getPropertyName() != null ? reference.getPropertyName()
          : String.valueOf(reference.getIndex()));
    }
    IncompleteValueException incomplete = causeOfType(binding, IncompleteValueException.class);
    if (incomplete != null && incomplete.attributes().size() == 1) {
      segments.add(incomplete.attributes().get(0));
    }
    return pointer(segments);
  }

  private static <E extends Throwable> E causeOfType(Throwable failure, Class<E> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
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
        problems.add(problem(violation.code(), pointer(violation.segments()), violation.ref(), Severity.ERROR,
            found.getMessage()));
      } else {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : "";
        problems.add(problem(error.getCode() == null ? "value.invalid" : error.getCode(), pointer(field),
            Optional.empty(), Severity.ERROR, String.valueOf(error.getDefaultMessage())));
      }
    }
    problems.sort((a, b) -> String.valueOf(a.get("pointer")).compareTo(String.valueOf(b.get("pointer"))));
    return details(VALIDATION_FAILED, locale, problems.size(), problems, 0);
  }

  private Map<String, Object> problem(String code, String pointer, Optional<String> ref, Severity severity,
      String message) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", typePrefix + code);
    problem.put("code", code);
    problem.put("pointer", pointer);
    ref.ifPresent(r -> problem.put("ref", r));
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

  private static String message(String code, Locale locale) {
    try {
      return text("message." + code, locale);
    } catch (MissingResourceException noMessageOfItsOwn) {
      return text("message.json", locale);
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

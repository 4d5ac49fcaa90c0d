package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.Label;

/**
 * What a rule is, as people and tools read it: a stable id, a severity, the kind of element it
 * checks, a title, an explanation and the message of its findings in English and French, its
 * parameters with their defaults, and where the practice it encodes comes from.
 *
 * <pre>{@code
 * RuleInfo<Initiative> info = RuleInfo.builder(Subject.INITIATIVE, "acme.initiative.summary-missing")
 *     .severity(Severity.WARNING)
 *     .title("Initiative without a summary", "Initiative sans résumé")
 *     .explanation("Committees read the summary first.", "Les comités lisent d'abord le résumé.")
 *     .message("{title} has no summary", "{title} n'a pas de résumé")
 *     .build();
 * }</pre>
 *
 * @param <S> the type of the elements the rule checks
 */
public final class RuleInfo<S> {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final String id;
  private final Severity severity;
  private final Subject<S> subject;
  private final Label title;
  private final Label explanation;
  private final Label message;
  private final List<Parameter<?>> parameters;
  private final Optional<String> reference;

  private RuleInfo(Builder<S> builder) {
    this.id = builder.id;
    this.severity = builder.severity;
    this.subject = builder.subject;
    this.title = required(builder.title, "title");
    this.explanation = required(builder.explanation, "explanation");
    this.message = required(builder.message, "message");
    this.parameters = List.copyOf(builder.parameters);
    this.reference = Optional.ofNullable(builder.reference);
  }

  private static Label required(Label label, String what) {
    if (label == null) {
      throw new IncompleteValueException(what);
    }
    return label;
  }

  /**
   * @param subject the kind of element the rule checks
   * @param id the rule's stable id: dotted lower-case words with hyphens, such as
   *     {@code acme.initiative.summary-missing}; prefix your own rules with your organisation's name
   * @param <S> the type of the elements
   * @return a builder; severity defaults to {@link Severity#WARNING}
   * @throws RuleConfigurationException if the id does not have the expected form
   */
  public static <S> Builder<S> builder(Subject<S> subject, String id) {
    if (subject == null || id == null) {
      throw new IncompleteValueException(subject == null ? "subject" : "id");
    }
    if (!ID.matcher(id).matches()) {
      throw RuleConfigurationException.invalidId(id);
    }
    return new Builder<>(subject, id);
  }

  /** @return the stable id */
  public String id() {
    return id;
  }

  /** @return the severity of the rule's findings */
  public Severity severity() {
    return severity;
  }

  /** @return the kind of element the rule checks */
  public Subject<S> subject() {
    return subject;
  }

  /** @return a short title */
  public Label title() {
    return title;
  }

  /** @return why the rule exists and what to do about its findings */
  public Label explanation() {
    return explanation;
  }

  /** @return the message of its findings, with {@code {name}} placeholders */
  public Label message() {
    return message;
  }

  /**
   * @param locale the reader's locale
   * @return the title in that language: a text under {@code ID.title} in a bundle registered with
   *     {@link org.partnershipsdk.core.text.Texts#addBundle(String)}, else the SDK's text (Spanish
   *     for the built-in rules), else {@link #title()}
   */
  public String title(Locale locale) {
    return Texts.text(id + ".title", title, locale);
  }

  /**
   * @param locale the reader's locale
   * @return the explanation in that language, looked up as {@link #title(Locale)} is, under
   *     {@code ID.explanation}
   */
  public String explanation(Locale locale) {
    return Texts.text(id + ".explanation", explanation, locale);
  }

  /**
   * @param locale the reader's locale
   * @return the message template in that language, looked up as {@link #title(Locale)} is, under
   *     {@code ID.message}
   */
  public String message(Locale locale) {
    return Texts.text(id + ".message", message, locale);
  }

  /**
   * @param parameter one of the rule's parameters
   * @param locale the reader's locale
   * @return its description in that language, looked up as {@link #title(Locale)} is, under
   *     {@code ID.parameter.NAME}
   */
  public String describe(Parameter<?> parameter, Locale locale) {
    return Texts.text(id + ".parameter." + parameter.name(), parameter.description(), locale);
  }

  /** @return the parameters, with their defaults */
  public List<Parameter<?>> parameters() {
    return parameters;
  }

  /**
   * @param name a parameter's name
   * @return the parameter with that name
   */
  public Optional<Parameter<?>> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** @return where the practice comes from, such as a document of docs/sources.md */
  public Optional<String> reference() {
    return reference;
  }

  @Override
  public String toString() {
    return id + " (" + severity.code() + ", " + subject.code() + ")";
  }

  /**
   * Builds a {@link RuleInfo}.
   *
   * @param <S> the type of the elements the rule checks
   */
  public static final class Builder<S> {
    private final Subject<S> subject;
    private final String id;
    private Severity severity = Severity.WARNING;
    private Label title;
    private Label explanation;
    private Label message;
    private final List<Parameter<?>> parameters = new ArrayList<>();
    private String reference;

    private Builder(Subject<S> subject, String id) {
      this.subject = subject;
      this.id = id;
    }

    /**
     * @param severity the severity of the rule's findings
     * @return this builder
     */
    public Builder<S> severity(Severity severity) {
      if (severity == null) {
        throw new IncompleteValueException("severity");
      }
      this.severity = severity;
      return this;
    }

    /**
     * @param en the title in English
     * @param fr the title in French
     * @return this builder
     */
    public Builder<S> title(String en, String fr) {
      this.title = new Label(en, fr);
      return this;
    }

    /**
     * @param en the explanation in English
     * @param fr the explanation in French
     * @return this builder
     */
    public Builder<S> explanation(String en, String fr) {
      this.explanation = new Label(en, fr);
      return this;
    }

    /**
     * @param en the findings' message in English, with {@code {name}} placeholders
     * @param fr the findings' message in French
     * @return this builder
     */
    public Builder<S> message(String en, String fr) {
      this.message = new Label(en, fr);
      return this;
    }

    /**
     * @param parameter a parameter of the rule
     * @return this builder
     * @throws RuleConfigurationException if another parameter has the same name
     */
    public Builder<S> parameter(Parameter<?> parameter) {
      if (parameter == null) {
        throw new IncompleteValueException("parameter");
      }
      if (parameters.stream().anyMatch(p -> p.name().equals(parameter.name()))) {
        throw RuleConfigurationException.unknownParameter(id, parameter.name() + " (declared twice)");
      }
      parameters.add(parameter);
      return this;
    }

    /**
     * @param reference where the practice comes from
     * @return this builder
     */
    public Builder<S> reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * @return the rule's description
     * @throws IncompleteValueException if the title, explanation or message is missing
     */
    public RuleInfo<S> build() {
      return new RuleInfo<>(this);
    }
  }
}

package org.partnershipsdk.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.portfolio.Portfolio;

/** A Jakarta Validation engine of one's own, configured by {@link BeanValidation}, sees the model as the SDK does. */
class BeanValidationTest {
  private static final ContactPerson BLANK_NAME_BAD_EMAIL = ContactPerson.builder().name(" ").email("not-an-address").build();

  @Test
  void aValidatorBuiltWithNoConfigurationDoesNotSeeTheAccessorsConstraints() {
    Validator plain = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();

    assertThat(plain.validate(BLANK_NAME_BAD_EMAIL)).as("why BeanValidation exists").isEmpty();
    assertThat(ModelValidator.create().validate(BLANK_NAME_BAD_EMAIL).violations()).hasSize(2);
  }

  @Test
  void aConfiguredValidatorReportsTheSdksCodesPathsAndMessages() {
    Set<ConstraintViolation<ContactPerson>> found = validator(Locale.FRENCH).validate(BLANK_NAME_BAD_EMAIL);

    assertThat(BeanValidation.report(found)).isEqualTo(ModelValidator.create().validate(BLANK_NAME_BAD_EMAIL));
    assertThat(found).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("name", "Ne doit pas être vide"),
            org.assertj.core.groups.Tuple.tuple("email", "N'est pas une adresse électronique"));
    assertThat(found).allSatisfy(v -> assertThat(BeanValidation.violation(v).invalidValue()).contains(Violation.REDACTED));
  }

  @Test
  void theSdksOwnConstraintsGetTheirMessageWithItsArguments() {
    Portfolio portfolio = Portfolio.builder().addInitiatives(Initiative.builder().id(InitiativeId.of("i"))
        .title("t").addParticipants(Participant.of(OrganisationId.of("ghost"), ParticipantRole.HOLDER)).build()).build();

    Set<ConstraintViolation<Portfolio>> found = validator(Locale.ENGLISH).validate(portfolio);

    Violation expected = ModelValidator.create().validate(portfolio).violations().get(0);
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.getMessage()).isEqualTo(expected.message(Locale.ENGLISH)).contains("ghost");
      assertThat(BeanValidation.violation(v)).isEqualTo(expected);
    });
  }

  @Test
  void yourOwnClassesKeepYourMessagesAndGetTheSdksCodes() {
    record Form(@NotBlank String title) {}

    Set<ConstraintViolation<Form>> found = validator(Locale.ENGLISH).validate(new Form(""));

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.getMessage()).isEqualTo("must not be blank");
      assertThat(BeanValidation.violation(v).code()).isEqualTo("value.blank");
    });
  }

  @Test
  void oneCheckOfOneObjectReportsAThousandThenSaysItStopped() {
    int unknown = BeanValidation.reportsPerCheck() + 500;
    Portfolio.Builder portfolio = Portfolio.builder();
    for (int i = 0; i < unknown; i++) { // one text for all: only the cap keeps the engine's hash set linear
      portfolio.addInitiatives(Initiative.builder().id(InitiativeId.of("i" + i)).title("t")
          .addParticipants(Participant.of(OrganisationId.of("ghost"), ParticipantRole.HOLDER)).build());
    }

    Set<ConstraintViolation<Portfolio>> found = validator(Locale.ENGLISH).validate(portfolio.build());

    assertThat(found).hasSize(BeanValidation.reportsPerCheck() + 1);
    assertThat(found).filteredOn(v -> v.getPropertyPath().toString().isEmpty()).singleElement()
        .satisfies(v -> assertThat(v.getMessage()).isEqualTo(
            "This check found more problems here; only the first 1,000 are listed"))
        .satisfies(v -> assertThat(BeanValidation.violation(v).code()).isEqualTo("validation.capped"));
    assertThat(ModelValidator.create().validate(portfolio.build()).total()).as("the SDK's engine counts them all")
        .isEqualTo(unknown);
  }

  @Test
  void onlyHibernateValidatorCanBeConfigured() {
    Configuration<?> other = (Configuration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Configuration.class}, (proxy, method, args) -> null);

    assertThatThrownBy(() -> BeanValidation.configure(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Hibernate Validator");
  }

  @Test
  void withoutExpressionLanguageTheOneArgumentFormFallsBackToParameters() {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    BeanValidation.configure(configuration);

    assertThat(codes(configuration.buildValidatorFactory().getValidator().validate(BLANK_NAME_BAD_EMAIL)))
        .containsExactly("value.blank", "value.email");
  }

  /**
   * A validator configured as a framework would, its interpolator given the request's locale
   * (this module's tests have no Expression Language: Hibernate Validator's parameter interpolator
   * stands for the framework's).
   */
  @Test
  void theSdksViolationsMakeHibernateValidatorLogNothing() {
    Logger hibernate = Logger.getLogger("org.hibernate.validator");
    List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord entry) {
        logged.add(entry);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    hibernate.addHandler(handler);
    try {
      Portfolio portfolio = Portfolio.builder().addInitiatives(Initiative.builder().id(InitiativeId.of("i"))
          .title("t").addParticipants(Participant.of(OrganisationId.of("ghost"), ParticipantRole.HOLDER)).build()).build();

      assertThat(validator(Locale.ENGLISH).validate(portfolio)).isNotEmpty();
      assertThat(ModelValidator.create().validate(portfolio).violations()).isNotEmpty();
    } finally {
      hibernate.removeHandler(handler);
    }
    assertThat(logged).as("HV000257 on each violation with arguments, before expression variables were enabled")
        .noneMatch(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue());
  }

  static Validator validator(Locale requestLocale) {
    Configuration<?> configuration = Validation.byDefaultProvider().configure();
    MessageInterpolator frameworks = new ParameterMessageInterpolator();
    BeanValidation.configure(configuration, frameworks);
    MessageInterpolator configured = BeanValidation.messageInterpolator(frameworks);
    configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return configured.interpolate(template, context, requestLocale);
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return configured.interpolate(template, context, locale);
      }
    });
    return configuration.buildValidatorFactory().getValidator();
  }

  static List<String> codes(Set<? extends ConstraintViolation<?>> found) {
    return found.stream().map(v -> BeanValidation.violation(v).code()).sorted().toList();
  }
}

package org.partnershipsdk.spring.boot;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import org.partnershipsdk.core.validation.BeanValidation;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.validation.beanvalidation.LocaleContextMessageInterpolator;

/**
 * Makes Boot's validator (the one behind {@code @Valid} in MVC and WebFlux, and method validation)
 * see the model's constraints with the SDK's codes, and the SDK's messages in the request's
 * language; every other template keeps Boot's interpolation (your {@code messages.properties}).
 * A customizer, not a validator of its own: Boot's validator stays Boot's.
 */
public final class PartnershipValidationCustomizer implements ValidationConfigurationCustomizer {
  private final MessageInterpolator boots;

  /** @param boots the interpolator Boot gives its validator, for templates that are not the SDK's */
  public PartnershipValidationCustomizer(MessageInterpolator boots) {
    this.boots = boots;
  }

  @Override
  public void customize(Configuration<?> configuration) {
    BeanValidation.configure(configuration, boots);
    // Outermost, as Boot has it: the request's locale (Accept-Language) reaches the SDK's texts too.
    configuration.messageInterpolator(new LocaleContextMessageInterpolator(BeanValidation.messageInterpolator(boots)));
  }
}

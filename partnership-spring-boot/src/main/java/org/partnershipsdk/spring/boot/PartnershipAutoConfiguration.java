package org.partnershipsdk.spring.boot;

import java.time.Clock;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.ProgrammeProfiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.json.PartnershipJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of partnership-sdk in a Spring Boot application: the SDK's beans, each of which
 * a bean of your own of the same type replaces, and Boot's validator made to see the model's
 * constraints. Nothing here replaces a bean of Boot's.
 *
 * <ul>
 *   <li>{@link ModelValidator}, listing {@code partnership.validation.violation-limit} violations;
 *   <li>{@link ProgrammeProfiles}: the profiles programmes may name ({@code default}, {@code caac},
 *       {@code explor}), {@code default} judging the elements of no programme;
 *   <li>a {@link RulesEngine} that judges each element by the profile its programme names
 *       ({@link RulesEngine#byProgramme(ProgrammeProfiles, Clock)}), unless a {@link Profile} bean
 *       forces one profile on every element: the one {@code partnership.rules.profile} names when it
 *       is set, or yours. The engine reads your {@link Clock} bean if there is one, the system's
 *       clock otherwise;
 *   <li>a {@link Checker} on the {@code ModelValidator} and {@code RulesEngine} beans (yours when
 *       you declare them);
 *   <li>{@link PartnershipJson} ({@code partnership.json.strict}, {@code validating}, {@code indented})
 *       when partnership-json is there; Boot's own {@code JsonMapper} reads and writes the model's
 *       values in the same wire format, finding {@code PartnershipJsonModule} itself;
 *   <li>a {@link ValidationConfigurationCustomizer} for Boot's validator, so that {@code @Valid}
 *       sees the model's constraints (tested in MVC; WebFlux uses the same validator);
 *   <li>{@link PartnershipProblemDetails} and, in a servlet web application, the
 *       {@link PartnershipExceptionHandler} advice ({@code partnership.problem-details.enabled}).
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(PartnershipProperties.class)
public class PartnershipAutoConfiguration {

  /**
   * @param properties the partnership.* properties
   * @return the model's validator
   */
  @Bean
  @ConditionalOnMissingBean
  public ModelValidator partnershipModelValidator(PartnershipProperties properties) {
    return ModelValidator.create().withViolationLimit(properties.getValidation().getViolationLimit());
  }

  /**
   * @return the profiles programmes may name, and {@code default} for the elements of no programme;
   *     declare {@code ProgrammeProfiles.builtIn().with(yours)} to let programmes name yours
   */
  @Bean
  @ConditionalOnMissingBean
  public ProgrammeProfiles partnershipProgrammeProfiles() {
    return ProgrammeProfiles.builtIn();
  }

  /**
   * The profile forced on every element, only when {@code partnership.rules.profile} is set: without
   * it, each element is judged by its programme's profile.
   *
   * @param properties the partnership.* properties
   * @param profiles the profiles the property may name: the built-in ones, and yours if your
   *     {@code ProgrammeProfiles} bean knows them
   * @return the profile the property names
   * @throws IllegalStateException if no known profile has that name
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "partnership.rules", name = "profile")
  public Profile partnershipProfile(PartnershipProperties properties, ProgrammeProfiles profiles) {
    String name = properties.getRules().getProfile();
    return profiles.named(name).orElseThrow(() -> new IllegalStateException(
        "partnership.rules.profile=" + name + " names no known profile; the profiles are "
            + profiles.all().stream().map(Profile::name).toList()
            + " (leave the property unset to judge each element by its programme's profile)"));
  }

  /**
   * @param forced the profile to force on every element, if there is one: the property's or yours
   * @param profiles the profiles programmes may name, when none is forced
   * @param clock a clock of the application's, if it has one
   * @return the rules engine: by programme, or on the forced profile
   */
  @Bean
  @ConditionalOnMissingBean
  public RulesEngine partnershipRulesEngine(ObjectProvider<Profile> forced, ProgrammeProfiles profiles,
      ObjectProvider<Clock> clock) {
    Clock today = clock.getIfAvailable(Clock::systemDefaultZone);
    Profile profile = forced.getIfAvailable();
    return profile == null ? RulesEngine.byProgramme(profiles, today) : RulesEngine.of(profile, today);
  }

  /**
   * @param validator the model's validator
   * @param engine the rules engine: the one above, or your own bean
   * @return the checker: validation and rules in one call, with those two beans
   */
  @Bean
  @ConditionalOnMissingBean
  public Checker partnershipChecker(ModelValidator validator, RulesEngine engine) {
    return Checker.of(validator, engine);
  }

  /**
   * @param properties the partnership.* properties
   * @return how the SDK's reports become problem details
   */
  @Bean
  @ConditionalOnMissingBean
  public PartnershipProblemDetails partnershipProblemDetails(PartnershipProperties properties) {
    return new PartnershipProblemDetails(properties.getProblemDetails().getTypePrefix());
  }

  /** The JSON wire format, when partnership-json is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(PartnershipJson.class)
  static class Json {
    @Bean
    @ConditionalOnMissingBean
    PartnershipJson partnershipJson(PartnershipProperties properties) {
      PartnershipJson json = PartnershipJson.create();
      PartnershipProperties.Json settings = properties.getJson();
      if (settings.isStrict()) {
        json = json.strict();
      }
      if (settings.isValidating()) {
        json = json.validating();
      }
      return settings.isIndented() ? json.indented() : json;
    }
  }

  /** Boot's validator, configured to see the model. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({ValidationConfigurationCustomizer.class, jakarta.validation.Validator.class})
  static class Validation {
    @Bean
    ValidationConfigurationCustomizer partnershipValidationCustomizer(ApplicationContext context) {
      return new PartnershipValidationCustomizer(new MessageInterpolatorFactory(context).getObject());
    }
  }

  /** Problem details in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({org.springframework.web.servlet.DispatcherServlet.class, PartnershipJson.class})
  @ConditionalOnProperty(prefix = "partnership.problem-details", name = "enabled", matchIfMissing = true)
  static class ProblemDetails {
    @Bean
    @ConditionalOnMissingBean
    PartnershipExceptionHandler partnershipExceptionHandler(PartnershipProblemDetails problems) {
      return new PartnershipExceptionHandler(problems);
    }
  }
}

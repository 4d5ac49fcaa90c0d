package org.partnershipsdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.check.CheckReport;
import org.partnershipsdk.core.check.Checker;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.ProgrammeProfiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.BeanValidation;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;
import org.partnershipsdk.testkit.RealCases;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The auto-configuration's beans, with Boot's own JSON and validation auto-configurations beside it. */
class PartnershipAutoConfigurationTest {
  private static final String LAOS_PARTNERSHIP = "ccfd-laos-jam-producers";
  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(PartnershipAutoConfiguration.class, ValidationAutoConfiguration.class,
          JacksonAutoConfiguration.class));

  @Test
  void theSdksBeansAreThereWithTheirDefaults() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ModelValidator.class).hasSingleBean(ProgrammeProfiles.class)
          .hasSingleBean(RulesEngine.class).hasSingleBean(Checker.class).hasSingleBean(PartnershipJson.class)
          .hasSingleBean(PartnershipProblemDetails.class);
      assertThat(context).as("no profile is forced").doesNotHaveBean(Profile.class);
      assertThat(context.getBean(ProgrammeProfiles.class)).isSameAs(ProgrammeProfiles.builtIn());
      assertThat(context.getBean(RulesEngine.class).isByProgramme()).isTrue();
      assertThat(context.getBean(RulesEngine.class).profile().name()).isEqualTo(Profiles.standard().name());
      assertThat(context.getBean(ModelValidator.class).violationLimit()).isEqualTo(1_000);
      assertThat(context.getBean(PartnershipJson.class).isStrict()).isFalse();
      assertThat(context).as("not a web application").doesNotHaveBean(PartnershipExceptionHandler.class);
    });
  }

  /** The first complaint: the Laos partnership, in no programme, is not asked for a CAAC barometer. */
  @Test
  void withoutTheProfilePropertyEachElementIsJudgedByItsProgrammesProfile() {
    runner.withBean(Clock.class, RealCases::clock).run(context -> {
      CheckReport report = context.getBean(Checker.class).check(RealCases.portfolio());

      assertThat(report).isEqualTo(Checker.byProgramme(RealCases.clock()).check(RealCases.portfolio()));
      assertThat(report.problems()).extracting(p -> p.finding().orElseThrow().profile()).containsOnly("caac", "default")
          .contains("caac", "default");
      assertThat(report.problems()).noneMatch(p -> p.subject().id().equals(LAOS_PARTNERSHIP));
    });
  }

  @Test
  void theProfilePropertyForcesOneProfileOnEveryElement() {
    runner.withBean(Clock.class, RealCases::clock).withPropertyValues("partnership.rules.profile=caac").run(context -> {
      assertThat(context.getBean(RulesEngine.class).isByProgramme()).isFalse();
      CheckReport report = context.getBean(Checker.class).check(RealCases.portfolio());

      assertThat(report).isEqualTo(Checker.of(Profiles.caac(), RealCases.clock()).check(RealCases.portfolio()));
      assertThat(report.problems()).extracting(p -> p.finding().orElseThrow().profile()).containsOnly("caac");
      assertThat(report.problems()).anyMatch(p -> p.subject().id().equals(LAOS_PARTNERSHIP)
          && p.code().equals("partnership.assessment.overdue"));
    });
  }

  @Test
  void programmesAndThePropertyMayNameTheProfilesOfYourProgrammeProfilesBean() {
    Profile ours = Profiles.explor().toBuilder().name("ours").build();
    ProgrammeProfiles profiles = ProgrammeProfiles.builtIn().with(ours);
    runner.withBean(ProgrammeProfiles.class, () -> profiles).run(context -> {
      assertThat(context.getBean(ProgrammeProfiles.class)).isSameAs(profiles);
      Programme namingOurs = Programme.builder().id(ProgrammeId.of("acme")).name("ACME")
          .profile(ProfileSettings.of("ours")).build();
      RulesEngine engine = context.getBean(RulesEngine.class);
      assertThat(engine.isByProgramme()).isTrue();
      assertThat(engine.evaluate(Portfolio.builder().addProgrammes(namingOurs).build()).profiles())
          .containsExactly("default", "ours");
    });
    runner.withBean(ProgrammeProfiles.class, () -> profiles).withPropertyValues("partnership.rules.profile=ours")
        .run(context -> {
          assertThat(context.getBean(Profile.class)).isSameAs(ours);
          assertThat(context.getBean(RulesEngine.class).profile()).isSameAs(ours);
          assertThat(context.getBean(RulesEngine.class).isByProgramme()).isFalse();
        });
  }

  /** What an IDE shows of the property, read from the metadata the configuration processor wrote. */
  @Test
  void theMetadataSaysWhatTheProfilePropertyDoesSetAndUnset() throws Exception {
    JsonNode metadata = null;
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode read = JsonMapper.builder().build().readTree(in);
        if (read.toString().contains("partnership.rules.profile")) {
          metadata = read;
        }
      }
    }
    assertThat(metadata).as("partnership-spring-boot's metadata").isNotNull();
    JsonNode property = null;
    for (JsonNode candidate : metadata.get("properties")) {
      if (candidate.get("name").asString().equals("partnership.rules.profile")) {
        property = candidate;
      }
    }
    assertThat(property).isNotNull();
    assertThat(property.has("defaultValue")).as("unset by default").isFalse();
    assertThat(property.get("description").asString()).contains("forced on every element")
        .contains("Unset, each element is judged by the profile its programme names");
    assertThat(metadata.get("hints").get(0).get("values")).extracting(v -> v.get("value").asString())
        .containsExactly("default", "caac", "explor");
  }

  @Test
  void propertiesSetTheProfileTheLimitAndTheJsonModes() {
    runner.withPropertyValues("partnership.rules.profile=caac", "partnership.validation.violation-limit=10",
        "partnership.json.strict=true", "partnership.json.validating=true", "partnership.json.indented=true")
        .run(context -> {
          assertThat(context.getBean(Profile.class).name()).isEqualTo("caac");
          assertThat(context.getBean(RulesEngine.class).profile().name()).isEqualTo("caac");
          assertThat(context.getBean(Checker.class).profile().name()).isEqualTo("caac");
          assertThat(context.getBean(ModelValidator.class).violationLimit()).isEqualTo(10);
          PartnershipJson json = context.getBean(PartnershipJson.class);
          assertThat(json.isStrict() && json.isValidating() && json.isIndented()).isTrue();
        });
  }

  @Test
  void theTypePrefixPropertyStartsEveryTypeUri() {
    ValidationReport report = ModelValidator.create().validate(ContactPerson.builder().name(" ").build());
    runner.withPropertyValues("partnership.problem-details.type-prefix=https://example.org/problems/")
        .run(context -> {
          ProblemDetail details = context.getBean(PartnershipProblemDetails.class).of(report, Locale.ENGLISH);
          assertThat(details.getType()).hasToString("https://example.org/problems/validation.failed");
          assertThat(details.getProperties().get("problems").toString())
              .contains("type=https://example.org/problems/value.blank");
        });
  }

  @Test
  void anUnknownProfileStopsTheApplicationWithTheNamesThatExist() {
    runner.withPropertyValues("partnership.rules.profile=cacc").run(context ->
        assertThat(context).getFailure().rootCause().hasMessageContaining("cacc")
            .hasMessageContaining("caac").hasMessageContaining("explor").hasMessageContaining("leave the property unset"));
  }

  @Test
  void theUsersOwnBeansWin() {
    ModelValidator own = ModelValidator.create().withViolationLimit(3);
    Profile ownProfile = Profiles.explor().toBuilder().name("ours").build();
    PartnershipJson ownJson = PartnershipJson.create().strict();
    PartnershipProblemDetails ownProblems = new PartnershipProblemDetails("https://example.org/problems/");
    runner.withBean(ModelValidator.class, () -> own).withBean(Profile.class, () -> ownProfile)
        .withBean(PartnershipJson.class, () -> ownJson).withBean(PartnershipProblemDetails.class, () -> ownProblems)
        .run(context -> {
          assertThat(context.getBean(ModelValidator.class)).isSameAs(own);
          assertThat(context.getBean(Profile.class)).isSameAs(ownProfile);
          assertThat(context.getBean(RulesEngine.class).profile()).isSameAs(ownProfile);
          assertThat(context.getBean(RulesEngine.class).isByProgramme()).as("your profile is forced").isFalse();
          assertThat(context.getBean(PartnershipJson.class)).isSameAs(ownJson);
          assertThat(context.getBean(PartnershipProblemDetails.class)).isSameAs(ownProblems);
        });
    RulesEngine ownEngine = RulesEngine.of(Profiles.caac(), RealCases.clock());
    Checker ownChecker = Checker.of(Profiles.caac(), RealCases.clock());
    runner.withBean(RulesEngine.class, () -> ownEngine).withBean(Checker.class, () -> ownChecker).run(context -> {
      assertThat(context.getBean(RulesEngine.class)).isSameAs(ownEngine);
      assertThat(context.getBean(Checker.class)).isSameAs(ownChecker);
    });
  }

  @Test
  void yourRulesEngineAndValidatorAreTheCheckers() {
    Profile ownProfile = Profiles.explor().toBuilder().name("ours").build();
    Clock ownClock = Clock.fixed(Instant.parse("2023-01-15T12:00:00Z"), ZoneOffset.UTC);
    RulesEngine ownEngine = RulesEngine.of(ownProfile, ownClock);
    ModelValidator ownValidator = ModelValidator.create().withViolationLimit(1);
    runner.withBean(RulesEngine.class, () -> ownEngine).withBean(ModelValidator.class, () -> ownValidator)
        .run(context -> {
          Checker checker = context.getBean(Checker.class);
          assertThat(checker.profile()).isSameAs(ownProfile);
          var report = checker.check(RealCases.portfolio());
          assertThat(report.asOf()).isEqualTo(LocalDate.of(2023, 1, 15));
          assertThat(report).isEqualTo(Checker.of(ownValidator, ownEngine).check(RealCases.portfolio()));
          ContactPerson twoProblems = ContactPerson.builder().name(" ").email("not-an-address").build();
          assertThat(checker.check(twoProblems).omittedViolations()).as("the validator's limit of 1").isEqualTo(1);
        });
  }

  @Test
  void theApplicationsClockIsTheRulesToday() {
    Clock fixed = Clock.fixed(Instant.parse("2024-06-30T12:00:00Z"), ZoneOffset.UTC);
    runner.withBean(Clock.class, () -> fixed).run(context ->
        assertThat(context.getBean(Checker.class).check(RealCases.portfolio()).asOf())
            .isEqualTo(LocalDate.of(2024, 6, 30)));
  }

  @Test
  void bootsValidatorStaysBootsAndSeesTheModelWithTheSdksMessagesInTheRequestsLanguage() {
    ContactPerson contact = ContactPerson.builder().name(" ").email("not-an-address").build();
    runner.run(context -> {
      assertThat(context).hasSingleBean(LocalValidatorFactoryBean.class);
      Validator validator = context.getBean(LocalValidatorFactoryBean.class);
      LocaleContextHolder.setLocale(Locale.FRENCH);
      try {
        Set<ConstraintViolation<ContactPerson>> found = validator.validate(contact);
        assertThat(BeanValidation.report(found)).isEqualTo(ModelValidator.create().validate(contact));
        assertThat(found).extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Ne doit pas être vide", "N'est pas une adresse électronique");
      } finally {
        LocaleContextHolder.resetLocaleContext();
      }
    });
  }

  @Test
  void withoutBootsValidationOnlyTheValidatorCustomizationBacksOff() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PartnershipAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.validation"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Checker.class)
            .doesNotHaveBean("partnershipValidationCustomizer"));
  }

  @Test
  void withoutPartnershipJsonThereIsNoJsonBean() {
    runner.withClassLoader(new FilteredClassLoader(PartnershipJson.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PartnershipJson.class)
            .hasSingleBean(Checker.class));
  }

  @Test
  void bootsJsonMapperWritesTheModelAsPartnershipJsonDoes() {
    runner.run(context -> {
      JsonMapper boots = context.getBean(JsonMapper.class);
      PartnershipJson json = context.getBean(PartnershipJson.class);
      var initiative = RealCases.comasaguaMontauban();
      String data = boots.writeValueAsString(boots.readTree(json.write(DocumentType.INITIATIVE, initiative)).get("data"));
      assertThat(boots.writeValueAsString(initiative)).isEqualTo(data);
      assertThat(boots.readValue(data, initiative.getClass().getSuperclass())).isEqualTo(initiative);
    });
  }

  @Test
  void inAServletApplicationTheProblemDetailsAdviceIsThereUnlessSwitchedOff() {
    WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(
        AutoConfigurations.of(PartnershipAutoConfiguration.class, ValidationAutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(PartnershipExceptionHandler.class));
    web.withPropertyValues("partnership.problem-details.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(PartnershipExceptionHandler.class));
    PartnershipExceptionHandler own = new PartnershipExceptionHandler(new PartnershipProblemDetails("urn:x:"));
    web.withBean(PartnershipExceptionHandler.class, () -> own)
        .run(context -> assertThat(context.getBean(PartnershipExceptionHandler.class)).isSameAs(own));
  }
}

package org.partnershipsdk.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.validation.BeanValidation;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.ValidationReport;
import org.partnershipsdk.core.validation.Violation;

/**
 * Where the compiled engine stops: a constraint of the user's own, a cascade into a set or a
 * resolver that may leave properties unread make the whole validation go to Hibernate Validator,
 * with the same report; a standard constraint the engine does not check itself is checked by
 * Hibernate Validator for that property alone; a cycle is walked once, as Hibernate Validator does.
 */
class CompiledEngineFallbackTest {
  @Test
  void aUsersOwnConstraintSendsTheWholeValidationToHibernateValidator() {
    Booking booking = new Booking("whisper", CountryCode.of("ZZ"));

    assertThatThrownBy(() -> CompiledEngine.shared().validate(booking))
        .isInstanceOf(CompiledEngine.Unsupported.class).hasMessageContaining("Shouting");
    ValidationReport report = ModelValidator.create().validate(booking);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("country.unassigned", "country"),
            org.assertj.core.groups.Tuple.tuple("value.invalid", "note"));
    assertThat(report).isEqualTo(hibernate(booking));
  }

  @Test
  void aStandardConstraintTheEngineDoesNotCheckIsCheckedByHibernateValidatorForItsProperty() {
    Parcel parcel = new Parcel("ab", CountryCode.of("ZZ"));

    ValidationReport report = hibernate(parcel);

    assertThat(report.violations()).extracting(Violation::code, Violation::path, v -> v.arguments().get("min"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("country.unassigned", "country", null),
            org.assertj.core.groups.Tuple.tuple("value.size", "label", 3));
    assertThat(CompiledEngine.shared().validate(parcel)).containsExactlyInAnyOrderElementsOf(report.violations());
    assertThat(ModelValidator.create().validate(parcel)).isEqualTo(report);
  }

  @Test
  void aCascadeIntoASetIsBeyondThePlansAndGoesToHibernateValidator() {
    Crate crate = new Crate(Set.of(CountryCode.of("ZZ"), CountryCode.of("FR")));

    assertThatThrownBy(() -> CompiledEngine.shared().validate(crate))
        .isInstanceOf(CompiledEngine.Unsupported.class).hasMessageContaining("container");
    ValidationReport report = ModelValidator.create().validate(crate);

    assertThat(report.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("country.unassigned", "countries"));
    assertThat(report).isEqualTo(hibernate(crate));
  }

  @Test
  void aCycleIsWalkedOnceAsHibernateValidatorWalksIt() {
    Link first = new Link(CountryCode.of("ZZ"));
    Link second = new Link(CountryCode.of("ZZ"));
    first.next = second;
    second.next = first;

    List<Violation> compiled = CompiledEngine.shared().validate(first);

    assertThat(compiled).extracting(Violation::path).containsExactlyInAnyOrder("country", "next.country");
    assertThat(compiled).containsExactlyInAnyOrderElementsOf(hibernate(first).violations());
    Link self = new Link(CountryCode.of("ZZ"));
    self.next = self;
    assertThat(CompiledEngine.shared().validate(self)).containsExactlyElementsOf(hibernate(self).violations());
  }

  @Test
  void aResolverThatMayLeavePropertiesUnreadLeavesUsersClassesToHibernateValidator() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator())).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelection())
        .traversableResolver(new Lazy()).buildValidatorFactory();
    try (factory) {
      CompiledEngine engine = new CompiledEngine(factory, factory.getValidator());

      // Any class outside the SDK: these tests' own classes are in its packages.
      assertThatThrownBy(() -> engine.validate(new StringBuilder("a user's value")))
          .isInstanceOf(CompiledEngine.Unsupported.class).hasMessageContaining("does not let");
      assertThat(engine.validate(CountryCode.of("ZZ"))).extracting(Violation::code)
          .containsExactly("country.unassigned");
    }
  }

  /** @return Hibernate Validator's report alone, as a framework's engine would make it */
  private static ValidationReport hibernate(Object value) {
    return BeanValidation.report(ValidatorBootstrap.validator().validate(value));
  }

  /** A user's constraint, outside the SDK. */
  @Constraint(validatedBy = ShoutingValidator.class)
  @Target({ElementType.METHOD, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Shouting {
    /** @return the message */
    String message() default "must be in capitals";

    /** @return groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
  }

  /** Checks {@link Shouting}. */
  public static final class ShoutingValidator implements ConstraintValidator<Shouting, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.equals(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** A user's class that holds a model value. */
  public static final class Booking {
    private final String note;
    private final CountryCode country;

    Booking(String note, CountryCode country) {
      this.note = note;
      this.country = country;
    }

    /** @return the note */
    @Shouting
    public String getNote() {
      return note;
    }

    /** @return the country */
    @Valid
    public CountryCode getCountry() {
      return country;
    }
  }

  /** A user's class that cascades into a set. */
  public static final class Crate {
    private final Set<CountryCode> countries;

    Crate(Set<CountryCode> countries) {
      this.countries = countries;
    }

    /** @return the countries */
    public Set<@Valid CountryCode> getCountries() {
      return countries;
    }
  }

  /** A user's mutable class, which can hold itself. */
  public static final class Link {
    private final CountryCode country;
    private Link next;

    Link(CountryCode country) {
      this.country = country;
    }

    /** @return the country */
    @Valid
    public CountryCode getCountry() {
      return country;
    }

    /** @return the next link, or null */
    @Valid
    public Link getNext() {
      return next;
    }
  }

  /** A resolver such as JPA's, which may leave some properties unread. */
  private static final class Lazy implements TraversableResolver {
    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
      return true;
    }
  }

  /** A user's class with a standard constraint the engine leaves to Hibernate Validator. */
  public static final class Parcel {
    private final String label;
    private final CountryCode country;

    Parcel(String label, CountryCode country) {
      this.label = label;
      this.country = country;
    }

    /** @return the label */
    @Size(min = 3)
    public String getLabel() {
      return label;
    }

    /** @return the country */
    @Valid
    public CountryCode getCountry() {
      return country;
    }
  }
}

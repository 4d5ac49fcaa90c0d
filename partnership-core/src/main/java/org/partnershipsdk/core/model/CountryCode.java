package org.partnershipsdk.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.partnershipsdk.core.validation.constraints.IsoCountry;

/**
 * A country as its ISO 3166-1 alpha-2 code ({@code FR}, {@code SV}, {@code BJ}...).
 *
 * <p>Any two-letter text is accepted so that a draft can hold what a user typed; validation
 * reports a code that ISO 3166-1 does not assign.
 *
 * @param value the code as given, upper-cased
 */
@IsoCountry
public record CountryCode(String value) {
  private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

  /** France, the country "here" for the organisations of the source documents (docs/sources.md). */
  public static final CountryCode FRANCE = new CountryCode("FR");

  /**
   * @param value the code; upper-cased
   * @throws IncompleteValueException if {@code value} is null
   */
  public CountryCode {
    if (value == null) {
      throw new IncompleteValueException("country code is null");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * @param code an ISO 3166-1 alpha-2 code
   * @return the country code
   */
  public static CountryCode of(String code) {
    return new CountryCode(code);
  }

  /** @return whether ISO 3166-1 assigns this code */
  public boolean isAssigned() {
    return ASSIGNED.contains(value);
  }

  /** @return whether this is France */
  public boolean isFrance() {
    return FRANCE.equals(this);
  }

  /**
   * @param locale the language of the name
   * @return the country's name in that language, or the code when it is not assigned
   */
  public String displayName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return isAssigned() ? new Locale("", value).getDisplayCountry(locale) : value;
  }

  @Override
  public String toString() {
    return value;
  }
}

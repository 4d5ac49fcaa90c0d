package org.partnershipsdk.core.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.validation.constraints.FieldOfActionOtherNamed;
import org.partnershipsdk.core.validation.constraints.OrganisationOtherNatureNamed;
import org.partnershipsdk.core.validation.constraints.OrganisationTerritoriesInCountry;
import org.partnershipsdk.core.validation.constraints.OrganisationWebAddress;

/**
 * An organisation: a partner (partenaire), a supporting NGO, a funder, a network... Legal or
 * informal, in France or abroad: an OSC, an OSIM, an actor of the social and solidarity economy.
 *
 * <p>Whether it acts "here" or "there" is not stored: {@link #isInFrance()} derives it from its
 * country. Its contact persons are personal data and never appear in {@code toString()}.
 *
 * <pre>{@code
 * Organisation gdcam = Organisation.builder()
 *     .id(OrganisationId.of("gdcam"))
 *     .name("Groupement des coopératives agropastorales de Moulenda")
 *     .acronym("GDCAM")
 *     .nature(OrganisationNature.COOPERATIVE)
 *     .country(CountryCode.of("CG"))
 *     .build();
 * }</pre>
 *
 * <p>Validation reports a missing nature or country ({@code value.required}), a blank name
 * ({@code value.blank}), an {@link OrganisationNature#OTHER other} nature left unnamed
 * ({@code organisation.nature.other-label}), a territory in another country than the organisation
 * ({@code organisation.territory.other-country}) and a website that is not a web address
 * ({@code organisation.website.invalid}).
 */
@Value.Immutable
@PartnershipStyle
@FieldOfActionOtherNamed
@OrganisationOtherNatureNamed
@OrganisationTerritoriesInCountry
public abstract class Organisation implements WithOrganisation, Extensible {
  Organisation() {}

  /** @return the organisation's identifier */
  public abstract OrganisationId id();

  /** @return the organisation's full name; blank only in a draft */
  @Value.Default
  @NotBlank
  public String name() {
    return "";
  }

  /** @return the acronym (sigle) it is known by, such as {@code GDCAM} or {@code CRIPADD} */
  public abstract Optional<String> acronym();

  /** @return the organisation's nature; a complete organisation has one */
  public abstract Optional<@NotNull OrganisationNature> nature();

  /**
   * @return the organisation's nature in its own words, required when {@link #nature()} is
   *     {@link OrganisationNature#OTHER} and ignored otherwise
   */
  public abstract Optional<String> otherNature();

  /**
   * @return its identifier with a registration agency (its number in a national register of
   *     associations, of companies, of charities...), as IATI organisation identifiers are written;
   *     exports such as IATI's identify the organisation by it
   */
  public abstract Optional<@Valid OrganisationIdentifier> registeredIdentifier();

  /** @return the country where the organisation is (its seat); a complete organisation has one */
  public abstract Optional<@NotNull @Valid CountryCode> country();

  /**
   * @return the territories within its country where the organisation is, from the widest (a
   *     region) to the narrowest (a commune)
   */
  public abstract List<@Valid Territory> territories();

  /** @return its fields of action (champs d'action) */
  public abstract Set<FieldOfAction> fieldsOfAction();

  /**
   * @return the field of action in its own words, required when {@link #fieldsOfAction()} holds
   *     {@link FieldOfAction#OTHER} and ignored otherwise
   */
  public abstract Optional<String> otherFieldOfAction();

  /** @return its website */
  public abstract Optional<@OrganisationWebAddress URI> website();

  /** @return the persons to contact in the organisation; personal data */
  @PersonalData
  @Value.Redacted
  public abstract List<@Valid ContactPerson> contactPersons();

  /** @return what the organisation is and does, in a few sentences */
  public abstract Optional<String> description();

  /** @return documents about the organisation: its statutes, annual reports, strategy... */
  public abstract List<@Valid DocumentLink> documents();

  /**
   * Tells whether the organisation acts "here" (France) rather than "there", from its country.
   *
   * @return whether its country is France; false while the country is unknown
   */
  public final boolean isInFrance() {
    return country().map(CountryCode::isFrance).orElse(false);
  }

  /**
   * @param locale the reader's locale: French for {@code fr}, English for anything else
   * @return the label of its nature, or the organisation's own words when the nature is
   *     {@link OrganisationNature#OTHER other} and named; empty while the nature is unknown
   */
  public final Optional<String> natureLabel(Locale locale) {
    return nature().map(n -> n == OrganisationNature.OTHER
        ? otherNature().filter(s -> !s.isBlank()).orElse(n.label(locale))
        : n.label(locale));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}

package org.partnershipsdk.iati;

import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.iati.internal.ActivityMapping;

/**
 * Exports initiatives to an IATI 2.03 {@code iati-activities} document, one activity per
 * initiative, streamed with the JDK's StAX writer. What each element is made of, and what the SDK
 * holds that IATI has no place for, is the table of docs/iati.md.
 *
 * <pre>{@code
 * IatiExport export = IatiExporter.builder()
 *     .organisationIdentifier(OrganisationId.of("spf"), "FR-RCS-123456789")   // as registered
 *     .build()
 *     .write(portfolio, Files.newOutputStream(Path.of("activities.xml")));
 * export.leftOut().forEach((id, why) -> System.out.println(id + ": " + why));
 * }</pre>
 *
 * <p>By default, each initiative's reporting organisation is the supporting organisation of its
 * partnership, else its holder; an organisation's {@code @ref} is the IATI organisation identifier
 * the builder is given for it, else its {@linkplain Organisation#registeredIdentifier() registered
 * identifier} when that is valid, else the SDK's own identifier (the IATI checker then warns, rule
 * 1.14.8). An
 * initiative that cannot make a valid activity (no start date of any kind, nobody to report it) is
 * left out and said so in the {@link IatiExport}; everything written validates against the 2.03
 * schema and passes the IATI Standard ruleset's error-level rules. Personal data (contact persons,
 * volunteers, officers) is not written: an activity's {@code contact-info} holds the reporting
 * organisation's name and website, and its first contact person only when the caller
 * {@linkplain Builder#includeContactPerson(boolean) opts in}.
 *
 * <p>For a portfolio too large for memory, {@link #open(Portfolio, OutputStream)} takes the
 * initiatives one at a time (from {@code PartnershipJson.readItems}, say) with the rest of the
 * portfolio as context. Instances are immutable and thread-safe.
 */
public final class IatiExporter {
  private final Optional<OrganisationId> reportingOrganisation;
  private final Map<OrganisationId, String> identifiers;
  private final String language;
  private final CurrencyCode currency;
  private final Clock clock;
  private final boolean contactPerson;

  private IatiExporter(Builder builder) {
    this.contactPerson = builder.contactPerson;
    this.reportingOrganisation = Optional.ofNullable(builder.reportingOrganisation);
    this.identifiers = Map.copyOf(builder.identifiers);
    this.language = builder.language;
    this.currency = builder.currency;
    this.clock = builder.clock;
  }

  /** @return an exporter with every default */
  public static IatiExporter standard() {
    return builder().build();
  }

  /** @return a builder of an exporter */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes every initiative of a portfolio.
   *
   * @param portfolio the portfolio
   * @param out where the document is written, in UTF-8; flushed, not closed
   * @return what was written and what was left out
   * @throws IatiWriteException if writing fails
   */
  public IatiExport write(Portfolio portfolio, OutputStream out) {
    require(portfolio, "portfolio");
    try (IatiActivityWriter writer = open(portfolio, out, Integer.MAX_VALUE)) {
      portfolio.initiatives().forEach(writer::writeActivity);
      writer.close();
      return writer.export();
    }
  }

  /**
   * Opens a document to which initiatives are written one at a time.
   *
   * @param context the portfolio the initiatives belong to: its organisations, partnerships,
   *     agreements and transactions are looked up (its initiatives, if any, are not written)
   * @param out where the document is written, in UTF-8; flushed by {@code close()}, not closed
   * @return the writer, to close
   * @throws IatiWriteException if writing fails
   */
  public IatiActivityWriter open(Portfolio context, OutputStream out) {
    return open(context, out, IatiActivityWriter.KEPT_LEFT_OUT);
  }

  private IatiActivityWriter open(Portfolio context, OutputStream out, int kept) {
    require(context, "context");
    require(out, "out");
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    // Seconds always written: xsd:dateTime has them, OffsetDateTime.toString() leaves out zero ones.
    ActivityMapping mapping = new ActivityMapping(new ActivityMapping.Settings(reportingOrganisation, identifiers,
        language, currency.value(), contactPerson, now), context);
    return new IatiActivityWriter(mapping, out, now, kept);
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IncompleteValueException(name);
    }
    return value;
  }

  @Override
  public String toString() {
    return "IatiExporter{reportingOrganisation=" + reportingOrganisation + ", identifiers=" + identifiers.size()
        + ", language=" + language + ", currency=" + currency + ", contactPerson=" + contactPerson + "}";
  }

  /** Builds an {@link IatiExporter}; every setting has a default. */
  public static final class Builder {
    private OrganisationId reportingOrganisation;
    private final Map<OrganisationId, String> identifiers = new HashMap<>();
    private String language = "en";
    private CurrencyCode currency = CurrencyCode.of("EUR");
    private Clock clock = Clock.systemUTC();
    private boolean contactPerson;

    private Builder() {}

    /**
     * Opts in to publishing personal data: each activity's contact then names the reporting
     * organisation's first contact person, with their role, phone and e-mail. IATI files are
     * public; have the person's consent.
     *
     * @param include whether to write it; false by default
     * @return this builder
     */
    public Builder includeContactPerson(boolean include) {
      this.contactPerson = include;
      return this;
    }

    /**
     * @param organisation the organisation that publishes every activity; by default each
     *     initiative's supporting organisation, else its holder
     * @return this builder
     */
    public Builder reportingOrganisation(OrganisationId organisation) {
      this.reportingOrganisation = require(organisation, "organisation");
      return this;
    }

    /**
     * @param organisation an organisation of the portfolio
     * @param iatiIdentifier its IATI organisation identifier: a registration agency's prefix from
     *     the IATI OrganisationRegistrationAgency list and its number there, such as
     *     {@code FR-RCS-123456789}
     * @return this builder
     * @throws IatiConfigurationException ({@value IatiConfigurationException#ORGANISATION_IDENTIFIER})
     *     if the identifier is not of that form, or its agency is not an active one of the IATI list
     */
    public Builder organisationIdentifier(OrganisationId organisation, String iatiIdentifier) {
      require(organisation, "organisation");
      if (iatiIdentifier == null || !OrganisationIdentifier.of(iatiIdentifier).isRegistered()) {
        throw new IatiConfigurationException(IatiConfigurationException.ORGANISATION_IDENTIFIER,
            Map.of("value", String.valueOf(iatiIdentifier)));
      }
      identifiers.put(organisation, iatiIdentifier.strip());
      return this;
    }

    /**
     * @param language the ISO 639-1 code of the texts' language, such as {@code fr}; {@code en} by default
     * @return this builder
     * @throws IatiConfigurationException ({@value IatiConfigurationException#LANGUAGE}) if it is not
     *     two lower-case letters
     */
    public Builder language(String language) {
      if (language == null || !language.matches("[a-z]{2}")) {
        throw new IatiConfigurationException(IatiConfigurationException.LANGUAGE,
            Map.of("value", String.valueOf(language)));
      }
      this.language = language;
      return this;
    }

    /**
     * @param currency the activities' default currency where no amount gives one; EUR by default
     * @return this builder
     */
    public Builder defaultCurrency(CurrencyCode currency) {
      this.currency = require(currency, "currency");
      return this;
    }

    /**
     * @param clock the clock of the generation time and of "today" (transactions after it are left
     *     out); the system's by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = require(clock, "clock");
      return this;
    }

    /** @return the exporter */
    public IatiExporter build() {
      return new IatiExporter(this);
    }
  }
}

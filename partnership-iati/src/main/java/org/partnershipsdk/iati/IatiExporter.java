package org.partnershipsdk.iati;

import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.iati.internal.ActivityMapping;
import org.partnershipsdk.iati.internal.Codelists;

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
  private final Optional<String> identifierPrefix;
  private final Map<ParticipantRole, String> roles;
  private final Map<Stage, String> statuses;
  private final SectorVocabularies sectors;

  private IatiExporter(Builder builder) {
    this.identifierPrefix = Optional.ofNullable(builder.identifierPrefix);
    this.roles = Map.copyOf(builder.roles);
    this.statuses = Map.copyOf(builder.statuses);
    this.sectors = builder.sectors;
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
        language, currency.value(), contactPerson, now, identifierPrefix, roles, statuses,
        sectors != SectorVocabularies.OWN, sectors != SectorVocabularies.DAC), context);
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
        + ", language=" + language + ", currency=" + currency + ", contactPerson=" + contactPerson
        + ", identifierPrefix=" + identifierPrefix + ", sectors=" + sectors + "}";
  }

  /** Which vocabularies an initiative's fields of action are written in as {@code sector}s. */
  public enum SectorVocabularies {
    /** OECD DAC 5-digit sectors only (vocabulary 1, from {@code FieldOfAction.dacSectorCode()}). */
    DAC,
    /** The reporting organisation's own vocabulary only (99: the SDK's field codes, with their names). */
    OWN,
    /** Both, each adding up to 100 %: the default. */
    BOTH
  }

  /** Builds an {@link IatiExporter}; every setting has a default. */
  public static final class Builder {
    private OrganisationId reportingOrganisation;
    private final Map<OrganisationId, String> identifiers = new HashMap<>();
    private String language = "en";
    private CurrencyCode currency = CurrencyCode.of("EUR");
    private Clock clock = Clock.systemUTC();
    private boolean contactPerson;
    private String identifierPrefix;
    private final Map<ParticipantRole, String> roles = new EnumMap<>(ActivityMapping.DEFAULT_ROLES);
    private final Map<Stage, String> statuses = new EnumMap<>(ActivityMapping.DEFAULT_STATUSES);
    private SectorVocabularies sectors = SectorVocabularies.BOTH;

    private Builder() {}

    /**
     * Sets what every activity identifier begins with: {@code {prefix}-{initiative id}}. By default
     * it is the reporting organisation's {@code @ref}, as the IATI Standard asks (rule 1.1.21 warns
     * about an identifier that does not begin with it): set a prefix for identifiers published
     * before under another one, such as a previous organisation identifier.
     *
     * @param prefix letters, digits, {@code -}, {@code .} and {@code _}, at most 100 characters, such
     *     as {@code FR-RCS-123456789}
     * @return this builder
     * @throws IatiConfigurationException ({@value IatiConfigurationException#IDENTIFIER_PREFIX}) if
     *     it is blank, holds another character or is longer
     */
    public Builder identifierPrefix(String prefix) {
      this.identifierPrefix = matching(prefix, "[A-Za-z0-9._-]{1,100}", IatiConfigurationException.IDENTIFIER_PREFIX);
      return this;
    }

    /**
     * Sets the IATI role ({@code participating-org/@role}) of the organisations that take part in
     * an initiative in a role. By default: funder and co-funder 1 (funding), holder 2
     * (accountable), supporting organisation and technical support 3 (extending), every other role
     * 4 (implementing); docs/iati.md says why. The partnership's supporting organisation has the
     * supporting organisation's, a co-financing funder the co-funder's, and the reporting
     * organisation of an initiative without participants the holder's.
     *
     * @param role a participant role
     * @param iatiRole a code of the IATI OrganisationRole codelist: 1, 2, 3 or 4
     * @return this builder
     * @throws IatiConfigurationException ({@value IatiConfigurationException#CODE}) if the code is
     *     not an active one of that codelist
     */
    public Builder participantRole(ParticipantRole role, String iatiRole) {
      roles.put(require(role, "role"), code("OrganisationRole", iatiRole));
      return this;
    }

    /**
     * Sets the IATI activity status ({@code activity-status/@code}) of initiatives whose project
     * cycle is at a stage (at identification's, for a cycle not started). By default:
     * identification, design, instruction and decision 1 (pipeline), implementation 2, evaluation
     * and capitalisation 3 (finalisation), closure 4, cancelled 5, suspended 6.
     *
     * @param stage a stage of the project cycle
     * @param iatiStatus a code of the IATI ActivityStatus codelist: 1 to 6
     * @return this builder
     * @throws IatiConfigurationException ({@value IatiConfigurationException#CODE}) if the code is
     *     not an active one of that codelist
     */
    public Builder activityStatus(Stage stage, String iatiStatus) {
      statuses.put(require(stage, "stage"), code("ActivityStatus", iatiStatus));
      return this;
    }

    /**
     * Sets the vocabularies the fields of action are written in. An initiative with no field of
     * action has the OECD DAC sector "sectors not specified" (99810) whatever the choice, as an
     * activity needs a sector.
     *
     * @param vocabularies {@link SectorVocabularies#BOTH} by default; with
     *     {@link SectorVocabularies#OWN}, the IATI checker warns that there is no DAC sector (rule 102.1.1)
     * @return this builder
     */
    public Builder sectorVocabularies(SectorVocabularies vocabularies) {
      this.sectors = require(vocabularies, "vocabularies");
      return this;
    }

    private static String code(String list, String code) {
      if (code == null || Codelists.shipped().item(list, code).filter(item -> !item.withdrawn()).isEmpty()) {
        throw new IatiConfigurationException(IatiConfigurationException.CODE,
            Map.of("list", list, "value", String.valueOf(code)));
      }
      return code;
    }

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
      this.language = matching(language, "[a-z]{2}", IatiConfigurationException.LANGUAGE);
      return this;
    }

    /** @return {@code value}, when it matches {@code pattern}; otherwise refused with {@code code} */
    private static String matching(String value, String pattern, String code) {
      if (value == null || !value.matches(pattern)) {
        throw new IatiConfigurationException(code, Map.of("value", String.valueOf(value)));
      }
      return value;
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

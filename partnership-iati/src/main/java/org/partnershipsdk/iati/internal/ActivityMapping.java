package org.partnershipsdk.iati.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.funding.BudgetLine;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.SdgTarget;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.iati.IatiLeftOut;

/**
 * Writes one initiative as one IATI 2.03 {@code iati-activity}, from the initiative and what the
 * portfolio says about it (organisations, partnership, agreements, transactions). The mapping, field
 * by field and with its reasons, is docs/iati.md's table; this class follows it in the schema's
 * element order. Not for public use.
 */
public final class ActivityMapping {
  /** OECD DAC 5-digit code for "sectors not specified", the sector of an initiative that names no field. */
  static final String SECTOR_NOT_SPECIFIED = "99810";
  /** IATI region "developing countries, unspecified", where an initiative names no country abroad. */
  static final String REGION_UNSPECIFIED = "998";

  /**
   * The IATI OrganisationRole of each participant role by default: funders 1 (funding), the holder 2
   * (accountable), the supporting organisation and technical support 3 (extending), everyone who
   * carries out the action 4 (implementing).
   */
  public static final Map<ParticipantRole, String> DEFAULT_ROLES = defaultRoles();
  /** The IATI ActivityStatus of each stage of the project cycle by default. */
  public static final Map<Stage, String> DEFAULT_STATUSES = defaultStatuses();

  private final Settings settings;
  private final Map<OrganisationId, Organisation> organisations = new HashMap<>();
  private final Map<Object, Partnership> partnerships = new HashMap<>();
  private final Map<Object, List<FundingAgreement>> agreementsByInitiative = new HashMap<>();
  private final Map<Object, List<Transaction>> transactionsByInitiative = new HashMap<>();

  /**
   * What the export is told rather than finds in the data.
   *
   * @param reportingOrganisation the organisation that publishes, when set; else each initiative's
   *     supporting organisation (its partnership's), else its holder
   * @param identifiers IATI organisation identifiers by organisation, used as {@code @ref}
   * @param language the default language of the texts ({@code xml:lang})
   * @param currency the default currency
   * @param personalData whether contact persons may be written ({@code contact-info})
   * @param now when the file is generated
   * @param identifierPrefix what activity identifiers begin with, when set; else the reporting
   *     organisation's {@code @ref}
   * @param roles the IATI OrganisationRole of each participant role (every role has one)
   * @param statuses the IATI ActivityStatus of each stage (every stage has one)
   * @param dacSectors whether the fields of action are written as OECD DAC sectors (vocabulary 1)
   * @param ownSectors whether they are written in the reporting organisation's own vocabulary (99)
   */
  public record Settings(Optional<OrganisationId> reportingOrganisation, Map<OrganisationId, String> identifiers,
      String language, String currency, boolean personalData, java.time.OffsetDateTime now,
      Optional<String> identifierPrefix, Map<ParticipantRole, String> roles, Map<Stage, String> statuses,
      boolean dacSectors, boolean ownSectors) {
    /** Copies the maps. */
    public Settings {
      identifiers = Map.copyOf(identifiers);
      roles = Map.copyOf(roles);
      statuses = Map.copyOf(statuses);
    }
  }

  /**
   * @param settings what the export is told
   * @param context the portfolio the initiatives belong to: its organisations, partnerships,
   *     agreements and transactions are looked up; its initiatives are not read
   */
  public ActivityMapping(Settings settings, Portfolio context) {
    this.settings = settings;
    context.organisations().forEach(o -> organisations.put(o.id(), o));
    context.partnerships().forEach(p -> partnerships.put(p.id(), p));
    for (FundingAgreement agreement : context.agreements()) {
      agreement.initiatives().forEach(id -> agreementsByInitiative.computeIfAbsent(id, k -> new ArrayList<>()).add(agreement));
    }
    for (Transaction transaction : context.transactions()) {
      Optional<?> initiative = transaction.initiative().isPresent() ? transaction.initiative()
          : transaction.agreement().flatMap(this::soleInitiativeOf);
      initiative.ifPresent(id -> transactionsByInitiative.computeIfAbsent(id, k -> new ArrayList<>()).add(transaction));
    }
  }

  private Optional<Object> soleInitiativeOf(Object agreementId) {
    for (List<FundingAgreement> agreements : agreementsByInitiative.values()) {
      for (FundingAgreement agreement : agreements) {
        if (agreement.id().equals(agreementId) && agreement.initiatives().size() == 1) {
          return Optional.of(agreement.initiatives().get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * @param initiative an initiative
   * @return why it cannot be written as a valid activity, empty when it can
   */
  public List<IatiLeftOut> problems(Initiative initiative) {
    List<IatiLeftOut> problems = new ArrayList<>();
    if (initiative.title().isBlank()) {
      problems.add(IatiTexts.leftOut(IatiLeftOut.NO_TITLE, "title", Map.of()));
    }
    if (initiative.period().start().isEmpty() && initiative.cycle().entered(Stage.IMPLEMENTATION).isEmpty()) {
      problems.add(IatiTexts.leftOut(IatiLeftOut.NO_START_DATE, "period.start", Map.of()));
    }
    if (reportingOrganisation(initiative).isEmpty()) {
      problems.add(IatiTexts.leftOut(IatiLeftOut.NO_REPORTING_ORGANISATION, "participants", Map.of()));
    }
    return problems;
  }

  /**
   * @param out where the activity is written
   * @param initiative an initiative without {@linkplain #problems problems}
   * @return what was left out of the activity, with its path in the initiative and why; empty when nothing was
   */
  public List<IatiLeftOut> write(XmlOut out, Initiative initiative) {
    List<IatiLeftOut> leftOut = new ArrayList<>();
    ResultsMapping results = new ResultsMapping(settings.language(), leftOut);
    OrganisationId reporting = reportingOrganisation(initiative).orElseThrow();
    String reportingRef = ref(reporting);
    out.start("iati-activity")
        .attribute("last-updated-datetime", dateTime(settings.now()))
        .attribute("xml:lang", settings.language())
        .attribute("default-currency", currency(initiative))
        .attribute("hierarchy", "1");
    out.start("iati-identifier").text(settings.identifierPrefix().orElse(reportingRef) + "-" + initiative.id());
    out.start("reporting-org").attribute("ref", reportingRef).attribute("type", type(reporting));
    narrative(out, name(reporting));
    out.end();
    out.start("title");
    narrative(out, initiative.title());
    out.end();
    out.start("description").attribute("type", "1");
    narrative(out, initiative.summary().filter(s -> !s.isBlank()).orElse(initiative.title()));
    out.end();
    participants(out, initiative, reporting);
    out.empty("activity-status", "code", status(initiative));
    dates(out, initiative);
    contact(out, reporting);
    recipients(out, initiative);
    sectors(out, initiative);
    for (Sdg sdg : initiative.sdgs()) {
      out.empty("tag", "vocabulary", "2", "code", Integer.toString(sdg.number()));
    }
    for (SdgTarget target : results.sdgTargets(initiative.resultsFramework())) {
      out.empty("tag", "vocabulary", "3", "code", target.value());
    }
    budgets(out, initiative);
    List<FundingAgreement> agreements = agreementsByInitiative.getOrDefault(initiative.id(), List.of());
    disbursements(out, initiative, agreements);
    transactions(out, initiative);
    documents(out, initiative, agreements);
    conditions(out, agreements);
    results.write(out, initiative.resultsFramework());
    out.end();
    return leftOut;
  }

  // --- organisations

  /**
   * The reporting organisation's contact: its name and website, which are the organisation's;
   * its first contact person's name, role, phone and e-mail only when the caller opted in.
   */
  private void contact(XmlOut out, OrganisationId reporting) {
    Organisation organisation = organisations.get(reporting);
    Optional<ContactPerson> person = organisation == null || !settings.personalData() ? Optional.empty()
        : organisation.contactPersons().stream().findFirst();
    Optional<String> website = Optional.ofNullable(organisation).flatMap(Organisation::website).map(URI::toString);
    if (website.isEmpty() && person.isEmpty()) {
      return;
    }
    out.start("contact-info").attribute("type", "1"); // ContactType 1: general enquiries
    out.start("organisation");
    narrative(out, name(reporting));
    out.end();
    if (person.isPresent() && !person.get().name().isBlank()) {
      out.start("person-name");
      narrative(out, person.get().name());
      out.end();
    }
    person.flatMap(ContactPerson::role).filter(role -> !role.isBlank()).ifPresent(role -> {
      out.start("job-title");
      narrative(out, role);
      out.end();
    });
    person.flatMap(ContactPerson::phone).ifPresent(phone -> out.start("telephone").text(phone));
    person.flatMap(ContactPerson::email).ifPresent(email -> out.start("email").text(email));
    website.ifPresent(address -> out.start("website").text(address));
    out.end();
  }

  private Optional<OrganisationId> reportingOrganisation(Initiative initiative) {
    if (settings.reportingOrganisation().isPresent()) {
      return settings.reportingOrganisation();
    }
    Optional<OrganisationId> supporting = initiative.partnership().map(partnerships::get)
        .map(Partnership::supportingOrganisation);
    if (supporting.isPresent()) {
      return supporting;
    }
    return initiative.holders().stream().map(Participant::organisation).findFirst();
  }

  private String ref(OrganisationId id) {
    String registered = registered(id);
    return registered != null ? registered : id.value();
  }

  /**
   * The organisation's IATI identifier: the one the export is given, else its registered
   * identifier when that is valid; null when neither is.
   */
  private String registered(OrganisationId id) {
    String given = settings.identifiers().get(id);
    if (given != null) {
      return given;
    }
    Organisation organisation = organisations.get(id);
    return organisation == null ? null : organisation.registeredIdentifier()
        .filter(OrganisationIdentifier::isRegistered).map(OrganisationIdentifier::value).orElse(null);
  }

  private String name(OrganisationId id) {
    Organisation organisation = organisations.get(id);
    return organisation == null || organisation.name().isBlank() ? id.value() : organisation.name();
  }

  /** The IATI OrganisationType of an organisation, from its nature and where it is. */
  private String type(OrganisationId id) {
    Organisation organisation = organisations.get(id);
    if (organisation == null || organisation.nature().isEmpty()) {
      return "90";
    }
    boolean here = organisation.isInFrance();
    OrganisationNature nature = organisation.nature().get();
    return switch (nature) {
      case ASSOCIATION, DIASPORA_ORGANISATION, TRADE_UNION, NETWORK, COMMUNITY_GROUP -> here ? "22" : "24";
      case LOCAL_AUTHORITY -> "11";
      case PUBLIC_AGENCY -> "10";
      case UNIVERSITY, SCHOOL -> "80";
      case FOUNDATION -> "60";
      case COMPANY, COOPERATIVE, SOLIDARITY_ECONOMY_ACTOR -> here ? "71" : "72";
      default -> "90";
    };
  }

  /**
   * Participants with their IATI roles ({@link Settings#roles()}): the partnership's supporting
   * organisation as a supporting organisation, each participant in each of its roles, co-financing
   * funders as co-funders, and with none of these the reporting organisation as a holder; an
   * organisation is written once per IATI role.
   */
  private void participants(XmlOut out, Initiative initiative, OrganisationId reporting) {
    Map<ParticipantRole, String> iati = settings.roles();
    Map<OrganisationId, Set<String>> roles = new LinkedHashMap<>();
    initiative.partnership().map(partnerships::get)
        .ifPresent(p -> role(roles, p.supportingOrganisation(), iati.get(ParticipantRole.SUPPORTING_ORGANISATION)));
    for (Participant participant : initiative.participants()) {
      for (ParticipantRole role : participant.roles()) {
        role(roles, participant.organisation(), iati.get(role));
      }
    }
    initiative.coFinancing().forEach(share -> role(roles, share.funder(), iati.get(ParticipantRole.CO_FUNDER)));
    if (roles.isEmpty()) {
      role(roles, reporting, iati.get(ParticipantRole.HOLDER));
    }
    for (Map.Entry<OrganisationId, Set<String>> organisation : roles.entrySet()) {
      for (String role : organisation.getValue()) {
        out.start("participating-org").attribute("ref", registered(organisation.getKey()))
            .attribute("role", role).attribute("type", type(organisation.getKey()));
        narrative(out, name(organisation.getKey()));
        out.end();
      }
    }
  }

  private static void role(Map<OrganisationId, Set<String>> roles, OrganisationId organisation, String role) {
    roles.computeIfAbsent(organisation, k -> new java.util.TreeSet<>()).add(role);
  }

  // --- status and dates

  /** The IATI ActivityStatus of the cycle's current stage ({@link Settings#statuses()}); identification's without one. */
  private String status(Initiative initiative) {
    return settings.statuses().get(initiative.cycle().currentStage().orElse(Stage.IDENTIFICATION));
  }

  private static Map<ParticipantRole, String> defaultRoles() {
    Map<ParticipantRole, String> roles = new java.util.EnumMap<>(ParticipantRole.class);
    for (ParticipantRole role : ParticipantRole.values()) {
      roles.put(role, switch (role) {
        case FUNDER, CO_FUNDER -> "1";
        case HOLDER -> "2";
        case SUPPORTING_ORGANISATION, TECHNICAL_SUPPORT -> "3";
        default -> "4";
      });
    }
    return java.util.Collections.unmodifiableMap(roles);
  }

  private static Map<Stage, String> defaultStatuses() {
    Map<Stage, String> statuses = new java.util.EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      statuses.put(stage, switch (stage) {
        case IDENTIFICATION, DESIGN, INSTRUCTION, DECISION -> "1";
        case IMPLEMENTATION -> "2";
        case EVALUATION, CAPITALISATION -> "3";
        case CLOSURE -> "4";
        case CANCELLED -> "5";
        case SUSPENDED -> "6";
      });
    }
    return java.util.Collections.unmodifiableMap(statuses);
  }

  private static void dates(XmlOut out, Initiative initiative) {
    initiative.period().start().ifPresent(d -> out.empty("activity-date", "type", "1", "iso-date", d.toString()));
    Optional<LocalDate> started = initiative.cycle().entered(Stage.IMPLEMENTATION);
    started.ifPresent(d -> out.empty("activity-date", "type", "2", "iso-date", d.toString()));
    initiative.period().end().ifPresent(d -> out.empty("activity-date", "type", "3", "iso-date", d.toString()));
    initiative.cycle().entered(Stage.CAPITALISATION).or(() -> initiative.cycle().entered(Stage.CLOSURE))
        .filter(d -> started.map(s -> !d.isBefore(s)).orElse(true))
        .ifPresent(d -> out.empty("activity-date", "type", "4", "iso-date", d.toString()));
  }

  // --- where and what

  /**
   * The countries abroad the initiative's territories are in, else the countries of its local
   * partners; an equal share each. With none, the region "developing countries, unspecified".
   */
  private void recipients(XmlOut out, Initiative initiative) {
    Set<CountryCode> countries = new LinkedHashSet<>();
    initiative.territories().stream().filter(t -> !t.isInFrance()).forEach(t -> countries.add(t.country()));
    if (countries.isEmpty()) {
      initiative.participantsWith(ParticipantRole.LOCAL_PARTNER).stream()
          .map(p -> organisations.get(p.organisation())).filter(o -> o != null && !o.isInFrance())
          .forEach(o -> o.country().ifPresent(countries::add));
    }
    countries.removeIf(c -> !c.isAssigned());
    if (countries.isEmpty()) {
      out.empty("recipient-region", "code", REGION_UNSPECIFIED, "vocabulary", "1");
    } else {
      List<String> shares = shares(countries.size());
      int i = 0;
      for (CountryCode country : countries) {
        out.empty("recipient-country", "code", country.value(), "percentage", countries.size() == 1 ? null : shares.get(i++));
      }
    }
    for (Territory territory : initiative.territories()) {
      if (!territory.isInFrance() && !territory.name().isBlank()) {
        out.start("location");
        out.start("name");
        narrative(out, territory.name());
        out.end();
        out.end();
      }
    }
  }

  /**
   * The fields of action as OECD DAC sectors (vocabulary 1, each code once), and in the reporting
   * organisation's own vocabulary (99) with their names ("other" named by the initiative's own
   * label when it gives one), each as the settings say; equal shares within each vocabulary. With
   * no field, OECD DAC "sectors not specified" (an activity needs a sector).
   */
  private void sectors(XmlOut out, Initiative initiative) {
    List<FieldOfAction> fields = new ArrayList<>(initiative.fieldsOfAction());
    if (fields.isEmpty()) {
      out.empty("sector", "vocabulary", "1", "code", SECTOR_NOT_SPECIFIED);
      return;
    }
    if (settings.dacSectors()) {
      dacSectors(out, fields);
    }
    if (settings.ownSectors()) {
      ownSectors(out, initiative, fields);
    }
  }

  private static void dacSectors(XmlOut out, List<FieldOfAction> fields) {
    List<String> dac = fields.stream().map(FieldOfAction::dacSectorCode).distinct().toList();
    List<String> dacShares = shares(dac.size());
    for (int i = 0; i < dac.size(); i++) {
      out.empty("sector", "vocabulary", "1", "code", dac.get(i), "percentage", dac.size() == 1 ? null : dacShares.get(i));
    }
  }

  private void ownSectors(XmlOut out, Initiative initiative, List<FieldOfAction> fields) {
    List<String> shares = shares(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      FieldOfAction field = fields.get(i);
      out.start("sector").attribute("vocabulary", "99").attribute("code", field.code())
          .attribute("percentage", fields.size() == 1 ? null : shares.get(i));
      String label = field.label(Locale.forLanguageTag(settings.language()));
      if (field == FieldOfAction.OTHER) {
        label = initiative.otherFieldOfAction().filter(name -> !name.isBlank()).orElse(label);
      }
      narrative(out, label);
      out.end();
    }
  }

  // --- money

  private String currency(Initiative initiative) {
    return initiative.budget().map(m -> m.currency().value())
        .or(() -> initiative.budgetLines().stream().flatMap(l -> l.amount().stream()).map(m -> m.currency().value())
            .findFirst())
        .orElse(settings.currency());
  }

  /**
   * Budgets of at most a calendar year each: the budget lines (or, without lines, the initiative's
   * budget) spread over their periods (or the initiative's) in proportion to the days of each year.
   */
  private void budgets(XmlOut out, Initiative initiative) {
    Map<String, Map<Period, BigDecimal>> byCurrency = new TreeMap<>();
    List<BudgetLine> lines = initiative.budgetLines();
    if (lines.isEmpty()) {
      initiative.budget().ifPresent(total -> spread(byCurrency, total, initiative.period()));
    }
    for (BudgetLine line : lines) {
      line.amount().ifPresent(amount -> spread(byCurrency, amount, line.period().orElse(initiative.period())));
    }
    for (Map.Entry<String, Map<Period, BigDecimal>> currency : byCurrency.entrySet()) {
      for (Map.Entry<Period, BigDecimal> year : currency.getValue().entrySet()) {
        LocalDate start = year.getKey().start().orElseThrow();
        out.start("budget").attribute("type", "1").attribute("status", "1");
        out.empty("period-start", "iso-date", start.toString());
        out.empty("period-end", "iso-date", year.getKey().end().orElseThrow().toString());
        out.start("value").attribute("currency", currency.getKey()).attribute("value-date", start.toString())
            .text(year.getValue().toPlainString());
        out.end();
      }
    }
  }

  private static void spread(Map<String, Map<Period, BigDecimal>> byCurrency, Money amount, Period period) {
    if (period.start().isEmpty() || period.end().isEmpty() || period.end().get().isBefore(period.start().get())) {
      return; // a budget without a period cannot be said per year: left out, as docs/iati.md says
    }
    LocalDate start = period.start().get();
    LocalDate end = period.end().get();
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    Map<Period, BigDecimal> years = byCurrency.computeIfAbsent(amount.currency().value(), k -> new TreeMap<>(
        (a, b) -> a.start().orElseThrow().compareTo(b.start().orElseThrow())));
    BigDecimal left = amount.amount();
    for (LocalDate from = start; !from.isAfter(end); from = from.withDayOfYear(1).plusYears(1)) {
      LocalDate to = from.withDayOfYear(from.lengthOfYear()).isBefore(end) ? from.withDayOfYear(from.lengthOfYear()) : end;
      boolean last = to.equals(end);
      BigDecimal share = last ? left : amount.amount().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1))
          .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN);
      left = left.subtract(share);
      years.merge(Period.of(from, to), share, BigDecimal::add);
    }
  }

  /** Planned disbursements: the tranches of the agreements that fund this initiative alone. */
  private void disbursements(XmlOut out, Initiative initiative, List<FundingAgreement> agreements) {
    for (FundingAgreement agreement : agreements) {
      if (agreement.initiatives().size() != 1) {
        continue; // a tranche of an agreement funding several initiatives is not this one's to report
      }
      for (Tranche tranche : agreement.tranches()) {
        if (tranche.plannedOn().isEmpty() || tranche.amount().isEmpty()) {
          continue;
        }
        String date = tranche.plannedOn().get().toString();
        out.start("planned-disbursement").attribute("type", "1");
        out.empty("period-start", "iso-date", date);
        out.start("value").attribute("currency", tranche.amount().get().currency().value()).attribute("value-date", date)
            .text(tranche.amount().get().amount().toPlainString());
        agreement.funder().ifPresent(funder -> organisation(out, "provider-org", funder));
        agreement.recipient().ifPresent(recipient -> organisation(out, "receiver-org", recipient));
        out.end();
      }
    }
  }

  /** Transactions on this initiative, or on an agreement that funds it alone; none in the future. */
  private void transactions(XmlOut out, Initiative initiative) {
    LocalDate today = settings.now().toLocalDate();
    for (Transaction transaction : transactionsByInitiative.getOrDefault(initiative.id(), List.of())) {
      if (transaction.kind().isEmpty() || transaction.date().isEmpty() || transaction.amount().isEmpty()
          || transaction.date().get().isAfter(today)) {
        continue;
      }
      String date = transaction.date().get().toString();
      out.start("transaction");
      out.empty("transaction-type", "code", transaction.kind().get().iatiCode());
      out.empty("transaction-date", "iso-date", date);
      out.start("value").attribute("currency", transaction.amount().get().currency().value()).attribute("value-date", date)
          .text(transaction.amount().get().amount().toPlainString());
      transaction.description().filter(d -> !d.isBlank()).ifPresent(d -> {
        out.start("description");
        narrative(out, d);
        out.end();
      });
      transaction.provider().ifPresent(provider -> organisation(out, "provider-org", provider));
      transaction.receiver().ifPresent(receiver -> organisation(out, "receiver-org", receiver));
      out.end();
    }
  }

  private void organisation(XmlOut out, String element, OrganisationId id) {
    out.start(element).attribute("ref", registered(id)).attribute("type", type(id));
    narrative(out, name(id));
    out.end();
  }

  // --- documents and conditions

  /** Documents with a web address (one kept in a user's own store has none to publish). */
  private void documents(XmlOut out, Initiative initiative, List<FundingAgreement> agreements) {
    List<DocumentLink> documents = new ArrayList<>(initiative.documents());
    for (FundingAgreement agreement : agreements) {
      documents.addAll(agreement.documents());
      agreement.reports().forEach(report -> documents.addAll(report.documents()));
    }
    Set<URI> written = new LinkedHashSet<>();
    for (DocumentLink document : documents) {
      if (document.url().isEmpty() || !written.add(document.url().get())) {
        continue;
      }
      out.start("document-link").attribute("format", format(document.url().get()))
          .attribute("url", document.url().get().toString());
      out.start("title");
      narrative(out, document.title().isBlank() ? document.url().get().toString() : document.title());
      out.end();
      out.empty("category", "code", document.category().flatMap(c -> c.iatiCode()).orElse("A12"));
      document.language().ifPresent(language -> out.empty("language", "code", language));
      document.date().ifPresent(date -> out.empty("document-date", "iso-date", date.toString()));
      out.end();
    }
  }

  /** The media type of a document, from its address's extension; {@code application/octet-stream} otherwise. */
  private static String format(URI url) {
    String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
    Map<String, String> types = Map.of(".pdf", "application/pdf", ".jpg", "image/jpeg", ".jpeg", "image/jpeg",
        ".png", "image/png", ".doc", "application/msword", ".html", "text/html", ".htm", "text/html",
        ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".odt",
        "application/vnd.oasis.opendocument.text");
    return types.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse("application/octet-stream");
  }

  /** The agreements' conditions, as performance conditions (type 2). */
  private static void conditions(XmlOut out, List<FundingAgreement> agreements) {
    List<String> conditions = agreements.stream().flatMap(a -> a.conditions().stream()).filter(c -> !c.isBlank())
        .distinct().toList();
    if (conditions.isEmpty()) {
      return;
    }
    out.start("conditions").attribute("attached", "1");
    for (String condition : conditions) {
      out.start("condition").attribute("type", "2");
      narrative(out, condition);
      out.end();
    }
    out.end();
  }

  static void narrative(XmlOut out, String text) {
    out.start("narrative").text(text.strip());
  }

  /**
   * @param time a moment
   * @return it as {@code xsd:dateTime} wants it, seconds included
   */
  public static String dateTime(java.time.OffsetDateTime time) {
    return time.format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"));
  }

  /** @return {@code n} percentages with two decimals that add up to exactly 100 */
  static List<String> shares(int n) {
    BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    List<String> shares = new ArrayList<>(n);
    BigDecimal left = BigDecimal.valueOf(100);
    for (int i = 0; i < n; i++) {
      BigDecimal share = i == n - 1 ? left : each;
      shares.add(share.stripTrailingZeros().toPlainString());
      left = left.subtract(share);
    }
    return shares;
  }
}

package org.partnershipsdk.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipsdk.core.validation.constraints.RegisteredIdentifier;

/**
 * An organisation's identifier as a registration agency gave it, written as IATI organisation
 * identifiers are: the agency's code from the IATI OrganisationRegistrationAgency list, a hyphen,
 * and the number the agency gave ({@code FR-RCS-123456789} for a company in the French trade
 * register, {@code GB-CHC-202918} for a charity in England and Wales). The list is the IATI 2.03
 * codelist (a replica of org-id.guide); it has no register of associations for every country
 * (none for France's RNA, for one): an organisation that no listed agency registers may ask IATI
 * for an {@code XI-IATI} identifier.
 *
 * <p>Any text is accepted so that a draft can hold what a user typed; validation reports one that
 * is not of that form ({@code organisation-identifier.malformed}), or whose agency the list does
 * not have ({@code organisation-identifier.agency-unknown}) or has withdrawn
 * ({@code organisation-identifier.agency-withdrawn}).
 *
 * @param value the identifier as given, without surrounding blanks
 */
@RegisteredIdentifier
public record OrganisationIdentifier(String value) {
  private static final Pattern FORM = Pattern.compile("([A-Z]{2}(?:_[A-Z]{2})?-[A-Z0-9_]+)-(\\S+)");
  private static final Map<String, String> AGENCIES = agencies();

  /**
   * @param value the identifier
   * @throws IncompleteValueException if {@code value} is null
   */
  public OrganisationIdentifier {
    if (value == null) {
      throw new IncompleteValueException("registeredIdentifier");
    }
    value = value.strip();
  }

  /**
   * @param identifier an identifier such as {@code FR-RCS-123456789}
   * @return the identifier
   */
  public static OrganisationIdentifier of(String identifier) {
    return new OrganisationIdentifier(identifier);
  }

  /** @return the registration agency's code ({@code FR-RCS}), when the identifier has the agency-number form */
  public Optional<String> agency() {
    Matcher form = FORM.matcher(value);
    return form.matches() ? Optional.of(form.group(1)) : Optional.empty();
  }

  /** @return the number the agency gave ({@code 123456789}), when the identifier has the agency-number form */
  public Optional<String> number() {
    Matcher form = FORM.matcher(value);
    return form.matches() ? Optional.of(form.group(2)) : Optional.empty();
  }

  /** @return whether the identifier has the form agency-number and its agency is an active one of the list */
  public boolean isRegistered() {
    return agency().map(AGENCIES::get).filter("active"::equals).isPresent();
  }

  /**
   * @param agency a registration agency's code
   * @return its status in the IATI list ({@code active}, {@code withdrawn}), empty when the list does not have it
   */
  public static Optional<String> agencyStatus(String agency) {
    return Optional.ofNullable(AGENCIES.get(agency));
  }

  private static Map<String, String> agencies() {
    Properties list = new Properties();
    try (InputStream in = OrganisationIdentifier.class.getResourceAsStream("registration-agencies.properties")) {
      list.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("partnership-core's list of registration agencies cannot be read", e);
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, String> agencies = Map.copyOf((Map) list);
    return agencies;
  }

  @Override
  public String toString() {
    return value;
  }
}

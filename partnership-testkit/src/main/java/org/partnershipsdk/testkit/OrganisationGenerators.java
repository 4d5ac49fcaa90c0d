package org.partnershipsdk.testkit;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;

/** Generates territories, money, periods, contact persons and organisations. */
final class OrganisationGenerators {
  private OrganisationGenerators() {}

  static Territory territory(GenContext context) {
    return context.pick(Places.in(context.pick(Places.COUNTRIES)));
  }

  /** @return a few distinct places of the country, up to the context's size */
  static List<Territory> territoriesIn(GenContext context, CountryCode country, int max) {
    return Draws.distinct(context, Places.in(country), Draws.count(context, 0, max));
  }

  static Money money(GenContext context) {
    var currency = context.pick(Places.BUDGET_CURRENCIES);
    return Money.of(Draws.amount(context, currency, 0, 500_000), currency);
  }

  /** @return a period with both ends known, from a day to three years long */
  static Period period(GenContext context) {
    LocalDate start = context.dateBetween(Draws.EARLIEST, Draws.LATEST_START);
    return Period.of(start, Draws.after(context, start, 0, 3 * 365));
  }

  static ContactPerson contactPerson(GenContext context) {
    int person = context.intBetween(0, People.NAMES.size() - 1);
    ContactPerson.Builder contact = ContactPerson.builder().name(People.NAMES.get(person));
    if (context.chance(0.7)) {
      contact.role(context.pick(People.CONTACT_ROLES));
    }
    if (context.chance(0.7)) {
      contact.email(People.EMAILS.get(person));
    }
    if (context.chance(0.5)) {
      contact.phone(People.PHONES.get(person));
    }
    return contact.build();
  }

  /**
   * A registration agency of the IATI list in some of the cases' countries, for illustrative
   * registered identifiers (the numbers are made up).
   */
  private static final Map<String, String> AGENCIES = Map.of(
      "FR", "FR-RCS", "BJ", "BJ-IFU", "SN", "SN-NINEA", "ML", "ML-NIF", "SV", "SV-NIT", "VN", "VN-MOST");

  /** @return an organisation drawn from the seed cases, with an identifier of its own */
  static Organisation organisation(GenContext context) {
    Vocabulary.OrganisationTemplate template = context.pick(Vocabulary.ORGANISATIONS);
    return organisation(context, template, OrganisationId.of(template.slug() + "-" + context.intBetween(1, 999)));
  }

  /** @return the organisation of the template, under the given identifier */
  static Organisation organisation(GenContext context, Vocabulary.OrganisationTemplate template, OrganisationId id) {
    Organisation.Builder organisation = Organisation.builder()
        .id(id)
        .name(template.name())
        .nature(template.nature())
        .country(template.country())
        .territories(territoriesIn(context, template.country(), 2))
        .fieldsOfAction(Draws.enumSet(context, FieldOfAction.class, 0, 3))
        .contactPersons(contactPersons(context));
    if (template.acronym() != null) {
      organisation.acronym(template.acronym());
    }
    if (template.nature() == OrganisationNature.OTHER) {
      organisation.otherNature(context.pick(Vocabulary.OTHER_NATURES));
    }
    if (context.chance(0.6)) {
      organisation.website(URI.create("https://" + template.slug() + ".example.org"));
    }
    if (context.chance(0.5)) {
      organisation.description(context.pick(Vocabulary.ORGANISATION_DESCRIPTIONS));
    }
    organisation.documents(FundingGenerators.documents(context, 1));
    String agency = AGENCIES.get(template.country().value());
    if (agency != null && context.chance(0.3)) { // drawn last, so that a seed's other values stay
      organisation.registeredIdentifier(OrganisationIdentifier.of(agency + "-" + context.intBetween(100_000, 999_999)));
    }
    return LaterDetails.organisation(context, organisation.build());
  }

  private static List<ContactPerson> contactPersons(GenContext context) {
    int count = Draws.count(context, 0, 3);
    List<ContactPerson> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contacts.add(contactPerson(context));
    }
    return contacts;
  }
}

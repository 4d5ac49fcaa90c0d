package org.partnershipsdk.testkit;

import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.CycleMove;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.OrganisationIdentifier;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.organisation.ContactPerson;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.AggregateResult;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;

/**
 * Breaks valid organisations, programmes, partnerships and portfolios in exactly one place each,
 * leaving everything else as generated.
 */
final class OrganisationDefects {
  private static final List<String> NOT_WEB_ADDRESSES = List.of(
      "ftp://files.example.org", "www.example.org", "mailto:contact@example.org");

  private OrganisationDefects() {}

  static Organisation organisation(GenContext context, Defect defect) {
    Organisation valid = OrganisationGenerators.organisation(context);
    return switch (defect) {
      // The territories go too: they lie in the organisation's real country, now another one.
      case UNKNOWN_COUNTRY -> valid.withCountry(CountryCode.of("ZZ")).withTerritories(List.of());
      case BLANK_ORGANISATION_NAME -> valid.withName(context.pick(List.of("", "   ")));
      case MISSING_ORGANISATION_NATURE -> valid.withNature(Optional.empty());
      case OTHER_FIELD_OF_ACTION_UNNAMED -> {
        Set<FieldOfAction> fields = EnumSet.of(FieldOfAction.OTHER);
        fields.addAll(valid.fieldsOfAction());
        yield valid.withFieldsOfAction(fields).withOtherFieldOfAction(context.pick(List.of(Optional.<String>empty(),
            Optional.of(""), Optional.of(" "))));
      }
      case OTHER_NATURE_UNNAMED -> valid.withNature(OrganisationNature.OTHER).withOtherNature(Optional.empty());
      case ORGANISATION_TERRITORY_IN_OTHER_COUNTRY -> valid.withTerritories(
          first(elsewhere(context, valid.country().orElseThrow()), valid.territories()));
      case INVALID_WEBSITE -> valid.withWebsite(URI.create(context.pick(NOT_WEB_ADDRESSES)));
      case MALFORMED_ORGANISATION_IDENTIFIER -> valid.withRegisteredIdentifier(
          OrganisationIdentifier.of(context.pick(List.of("W751000000", "fr-rcs-123456789", "FR-RCS-", "FR RCS 123"))));
      case UNKNOWN_REGISTRATION_AGENCY -> valid.withRegisteredIdentifier(OrganisationIdentifier.of("FR-RNA-W751000000"));
      case WITHDRAWN_REGISTRATION_AGENCY -> valid.withRegisteredIdentifier(OrganisationIdentifier.of("FR-INSEE-123456789"));
      case INVALID_CONTACT_EMAIL -> valid.withContactPersons(first(
          contact(context, valid).withEmail(context.pick(People.MISTYPED_EMAILS)),
          rest(valid.contactPersons())));
      default -> throw new IllegalArgumentException("Not a defect of an organisation: " + defect);
    };
  }

  static Programme programme(GenContext context, Defect defect) {
    Programme valid = PartnershipGenerators.programme(context, Refs.standalone(context));
    return switch (defect) {
      case BLANK_PROGRAMME_NAME -> valid.withName("");
      case AGGREGATE_RESULT_WITHOUT_NUMBER -> valid.withAggregateResults(first(
          valid.aggregateResults().stream().findFirst()
              .orElseGet(() -> AggregateResult.builder().description(context.pick(Vocabulary.AGGREGATE_DESCRIPTIONS))
                  .build()).withNumber(Optional.empty()),
          rest(valid.aggregateResults())));
      case OVERLAPPING_PHASES -> valid.withPhases(overlapping(context, valid));
      case BLANK_PROFILE_NAME -> valid.withProfile(PartnershipGenerators.profileSettings(context).withName(""));
      case SUSPENSION_ON_CYCLE_PATH -> {
        CycleModel model = valid.cycle().orElseGet(CycleModels::standard);
        List<Stage> path = new ArrayList<>(model.path());
        path.add(1, Stage.SUSPENDED);
        yield valid.withCycle(model.withPath(path));
      }
      case EMPTY_CYCLE_PATH, STAGE_TWICE_ON_CYCLE_PATH, OPTIONAL_STAGE_OFF_CYCLE_PATH, OPTIONAL_CYCLE_PATH_END,
          CYCLE_MOVE_TO_SAME_STAGE -> valid.withCycle(cycleModel(context, valid.cycle().orElseGet(CycleModels::standard),
              defect));
      default -> throw new IllegalArgumentException("Not a defect of a programme: " + defect);
    };
  }

  /** Breaks a valid cycle model in one place: its path, its optional stages or its first move. */
  private static CycleModel cycleModel(GenContext context, CycleModel valid, Defect defect) {
    List<Stage> path = valid.path();
    return switch (defect) {
      // Nothing else may name a stage: with no path, every stage would be unknown.
      case EMPTY_CYCLE_PATH -> valid.withPath(List.of()).withOptionalStages(Set.of()).withMoves(List.of())
          .withGuards(List.of());
      case STAGE_TWICE_ON_CYCLE_PATH -> {
        List<Stage> twice = new ArrayList<>(path);
        twice.add(2, path.get(1));
        yield valid.withPath(twice);
      }
      case OPTIONAL_STAGE_OFF_CYCLE_PATH -> {
        // Instruction and decision are on the funder's path only: the standard path lacks both.
        CycleModel standard = CycleModels.standard();
        Set<Stage> optional = EnumSet.copyOf(standard.optionalStages());
        optional.add(context.pick(List.of(Stage.INSTRUCTION, Stage.DECISION)));
        yield standard.withOptionalStages(optional);
      }
      case OPTIONAL_CYCLE_PATH_END -> {
        Set<Stage> optional = valid.optionalStages().isEmpty() ? EnumSet.noneOf(Stage.class)
            : EnumSet.copyOf(valid.optionalStages());
        optional.add(context.chance(0.5) ? path.get(0) : path.get(path.size() - 1));
        yield valid.withOptionalStages(optional);
      }
      case CYCLE_MOVE_TO_SAME_STAGE -> {
        Stage stage = context.pick(path);
        yield valid.withMoves(first(CycleMove.of(stage, stage), valid.moves()));
      }
      default -> throw new IllegalArgumentException("Not a defect of a cycle model: " + defect);
    };
  }

  static Partnership partnership(GenContext context, Defect defect) {
    Refs refs = Refs.standalone(context);
    Partnership valid = PartnershipGenerators.partnership(context, refs, refs.partnerships().get(0));
    return switch (defect) {
      case PARTNER_IS_SUPPORTING_ORGANISATION -> valid.withPartner(valid.supportingOrganisation());
      case MISSING_PARTNERSHIP_START -> valid.withSince(Optional.empty()).withSinceYear(Optional.empty());
      case START_YEAR_MISMATCH -> {
        LocalDate since = valid.since().orElseGet(() -> context.dateBetween(Draws.EARLIEST, Draws.LATEST_START));
        yield valid.withSince(since).withSinceYear(Year.of(since.getYear() + context.pick(List.of(-1, 1))));
      }
      case PARTNERSHIP_ENDS_BEFORE_START -> {
        LocalDate since = valid.since().orElseGet(() -> context.dateBetween(Draws.EARLIEST, Draws.LATEST_START));
        yield valid.withSince(since).withSinceYear(Optional.empty()).withUntil(since.minusDays(context.intBetween(1, 400)));
      }
      case BLANK_OFFICER_NAME -> valid.withProgrammeOfficer(
          valid.programmeOfficer().orElseGet(() -> PartnershipGenerators.officer(context)).withName(""));
      default -> throw new IllegalArgumentException("Not a defect of a partnership: " + defect);
    };
  }

  static Portfolio portfolio(GenContext context, Defect defect) {
    Portfolio valid = PortfolioGenerators.portfolio(context, 2, 1);
    return switch (defect) {
      case PORTFOLIO_UNKNOWN_REFERENCE -> valid.withPartnerships(first(
          valid.partnerships().get(0).withPartner(OrganisationId.of("unknown-partner-" + context.intBetween(1, 99))),
          rest(valid.partnerships())));
      case PORTFOLIO_DUPLICATE_ID -> {
        List<Organisation> organisations = new ArrayList<>(valid.organisations());
        organisations.add(1, OrganisationGenerators.organisation(context).withId(organisations.get(0).id()));
        yield valid.withOrganisations(organisations);
      }
      case AGREEMENT_UNKNOWN_INITIATIVE, TRANSACTION_UNKNOWN_TRANCHE -> FundingDefects.portfolio(context, valid, defect);
      default -> throw new IllegalArgumentException("Not a defect of a portfolio: " + defect);
    };
  }

  /** Two phases, the second beginning on or before the last day of the first. */
  private static List<ProgrammePhase> overlapping(GenContext context, Programme valid) {
    ProgrammePhase first = valid.phases().isEmpty()
        ? ProgrammePhase.of(valid.acronym().orElse("Phase") + " 1", OrganisationGenerators.period(context))
        : valid.phases().get(0);
    var start = first.period().start().orElseThrow();
    var end = first.period().end().orElseThrow();
    var secondStart = context.dateBetween(start, end);
    return List.of(first, ProgrammePhase.of(valid.acronym().orElse("Phase") + " 2",
        Period.of(secondStart, Draws.after(context, end, 30, 3 * 365))));
  }

  private static ContactPerson contact(GenContext context, Organisation organisation) {
    return organisation.contactPersons().isEmpty()
        ? OrganisationGenerators.contactPerson(context)
        : organisation.contactPersons().get(0);
  }

  /** @return the element followed by the others */
  static <T> List<T> first(T element, List<? extends T> others) {
    List<T> list = new ArrayList<>();
    list.add(element);
    list.addAll(others);
    return list;
  }

  /** @return the list without its first element; empty if it has none */
  static <T> List<T> rest(List<T> list) {
    return list.isEmpty() ? List.of() : list.subList(1, list.size());
  }

  /** @return a place of the seed cases that is not in the country */
  static Territory elsewhere(GenContext context, CountryCode country) {
    return context.pick(Places.in(Places.otherThan(context, country)));
  }
}

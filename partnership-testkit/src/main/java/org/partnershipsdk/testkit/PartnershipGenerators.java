package org.partnershipsdk.testkit;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.partnership.SupportKind;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;

/** Generates programmes with their phases, programme officers and partnerships. */
final class PartnershipGenerators {
  private PartnershipGenerators() {}

  /** @return a programme drawn from the seed cases, with an identifier of its own */
  static Programme programme(GenContext context, Refs refs) {
    Vocabulary.ProgrammeTemplate template = context.pick(Vocabulary.PROGRAMMES);
    return programme(context, refs, template, ProgrammeId.of(template.slug() + "-" + context.intBetween(1, 99)));
  }

  /** @return the programme of the template under the given identifier, run by one of the organisations */
  static Programme programme(GenContext context, Refs refs, Vocabulary.ProgrammeTemplate template, ProgrammeId id) {
    List<ProgrammePhase> phases = phases(context, template.acronym());
    Programme.Builder programme = Programme.builder()
        .id(id)
        .name(template.name())
        .acronym(template.acronym())
        .phases(phases)
        .regions(Draws.distinct(context, Places.in(Places.FRANCE).subList(0, 7), Draws.count(context, 0, 4)));
    if (context.chance(0.8)) {
      programme.operator(refs.organisation(context));
    }
    phases.stream().findFirst().flatMap(p -> p.period().start())
        .ifPresent(start -> programme.since(Year.of(start.getYear())));
    if (context.chance(0.5)) {
      programme.description(context.pick(Vocabulary.PROGRAMME_DESCRIPTIONS));
    }
    return LaterDetails.programme(context, programme.build());
  }

  /** Phases one after the other, each starting after the previous one ended. */
  private static List<ProgrammePhase> phases(GenContext context, String acronym) {
    int count = Draws.count(context, 0, 4);
    List<ProgrammePhase> phases = new ArrayList<>(count);
    LocalDate start = context.dateBetween(Draws.EARLIEST, LocalDate.of(2016, 12, 31));
    for (int i = 1; i <= count; i++) {
      LocalDate end = Draws.after(context, start, 180, 3 * 365);
      phases.add(ProgrammePhase.of(acronym + " " + i, Period.of(start, end)));
      start = Draws.after(context, end, 1, 90);
    }
    return phases;
  }

  static ProgrammeOfficer officer(GenContext context) {
    ProgrammeOfficer.Builder officer = ProgrammeOfficer.builder()
        .name(context.pick(People.NAMES))
        .focus(context.pick(OfficerFocus.class));
    if (context.chance(0.7)) {
      officer.area(context.pick(People.OFFICER_AREAS));
    }
    return officer.build();
  }

  /**
   * @return a partnership between two distinct organisations of the pool, which needs at least two
   */
  static Partnership partnership(GenContext context, Refs refs, PartnershipId id) {
    List<OrganisationId> pair = Draws.distinct(context, refs.organisations(), 2);
    return partnership(context, refs, id, pair.get(0), pair.get(1));
  }

  /** @return a partnership between the two organisations, under programmes of the pool */
  static Partnership partnership(GenContext context, Refs refs, PartnershipId id, OrganisationId supporting,
      OrganisationId partner) {
    Partnership.Builder partnership = Partnership.builder()
        .id(id)
        .supportingOrganisation(supporting)
        .partner(partner)
        .since(context.dateBetween(LocalDate.of(2000, 1, 1), Draws.LATEST_START))
        .supportKinds(Draws.enumSet(context, SupportKind.class, 1, 3))
        .programmes(Draws.distinct(context, refs.programmes(), Draws.count(context, 0, 2)));
    if (context.chance(0.7)) {
      partnership.programmeOfficer(officer(context));
    }
    if (context.chance(0.4)) {
      partnership.agreement(context.pick(Vocabulary.AGREEMENTS));
    }
    return LaterDetails.partnership(context, partnership.build());
  }
}

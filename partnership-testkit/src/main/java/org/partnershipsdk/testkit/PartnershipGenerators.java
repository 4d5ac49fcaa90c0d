package org.partnershipsdk.testkit;

import java.math.BigDecimal;
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
import org.partnershipsdk.core.partnership.PartnershipStatus;
import org.partnershipsdk.core.partnership.ProgrammeOfficer;
import org.partnershipsdk.core.partnership.SupportKind;
import org.partnershipsdk.core.programme.ParameterSetting;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.programme.ProgrammePhase;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.Profile;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.Rule;

/**
 * Generates programmes with their phases, the profile settings and cycle model they set, programme
 * officers over time, and partnerships with their status and end.
 */
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
    if (context.chance(0.6)) {
      programme.profile(profileSettings(context));
    }
    if (context.chance(0.3)) {
      programme.cycle(CycleGenerators.model(context));
    }
    return LaterDetails.programme(context, programme.build());
  }

  /**
   * @return settings naming a built-in profile, with parameter values, rules switched off and on
   *     that the profile has: the rules engine applies them without a configuration problem
   */
  static ProfileSettings profileSettings(GenContext context) {
    Profile profile = context.pick(Profiles.all());
    ProfileSettings.Builder settings = ProfileSettings.builder().name(profile.name());
    List<Rule<?>> withParameters = profile.rules().stream().filter(r -> !r.info().parameters().isEmpty()).toList();
    for (Rule<?> rule : Draws.distinct(context, withParameters, Draws.count(context, 0, 2))) {
      Parameter<?> parameter = context.pick(rule.info().parameters());
      BigDecimal value = parameter.type() == Integer.class ? BigDecimal.valueOf(context.intBetween(1, 24))
          : BigDecimal.valueOf(context.intBetween(1, 8)).divide(BigDecimal.valueOf(2));
      settings.addParameters(ParameterSetting.of(rule.info().id(), parameter.name(), value));
    }
    List<String> enabled = profile.activeRules().stream().map(r -> r.info().id()).toList();
    List<String> disabled = profile.rules().stream().map(r -> r.info().id()).filter(id -> !enabled.contains(id)).toList();
    settings.addAllDisabledRules(Draws.distinct(context, enabled, Draws.count(context, 0, 2)));
    settings.addAllEnabledRules(Draws.distinct(context, disabled, Draws.count(context, 0, 1)));
    return settings.build();
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
    if (context.chance(0.3)) {
      LocalDate start = context.dateBetween(LocalDate.of(2000, 1, 1), Draws.LATEST_START);
      officer.period(context.chance(0.5) ? Period.builder().start(start).build()
          : Period.of(start, Draws.after(context, start, 30, 8 * 365)));
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
    LocalDate since = context.dateBetween(LocalDate.of(2000, 1, 1), Draws.LATEST_START);
    Partnership.Builder partnership = Partnership.builder()
        .id(id)
        .supportingOrganisation(supporting)
        .partner(partner)
        .since(since)
        .supportKinds(Draws.enumSet(context, SupportKind.class, 1, 3))
        .programmes(Draws.distinct(context, refs.programmes(), Draws.count(context, 0, 2)));
    if (context.chance(0.7)) {
      partnership.programmeOfficer(officer(context));
    }
    if (context.chance(0.4)) {
      partnership.agreement(context.pick(Vocabulary.AGREEMENTS));
    }
    if (context.chance(0.4)) {
      partnership.status(context.pick(PartnershipStatus.class));
    }
    if (context.chance(0.2)) {
      partnership.until(Draws.after(context, since, 0, 12 * 365));
    }
    for (int i = 0; i < Draws.count(context, 0, 2); i++) {
      partnership.addOfficers(officer(context));
    }
    return LaterDetails.partnership(context, partnership.build());
  }
}

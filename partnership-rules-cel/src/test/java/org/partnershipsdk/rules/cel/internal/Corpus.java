package org.partnershipsdk.rules.cel.internal;

import java.util.List;

/** Expressions that exercise what {@link Compiler} compiles, failures included. */
final class Corpus {
  static final List<String> INITIATIVE = List.of(
      "initiative.sdgs.size() == 0",
      "initiative.sdgs.exists(n, n > 10)",
      "initiative.sdgs.all(n, n % 2 == 0)",
      "initiative.sdgs.exists_one(n, n == 3)",
      "initiative.sdgs.map(n, n * 2)",
      "initiative.sdgs.filter(n, n < 5).size()",
      "3 in initiative.sdgs",
      "initiative.sdgs == [1, 2]",
      "-initiative.sdgs.size() + 1",
      "initiative.sdgs.size() / (initiative.sdgs.size() - initiative.sdgs.size())",
      "initiative.sdgs[0] >= 1",
      "initiative.participants.exists(p, 'holder' in p.roles && !p.carriesLegalResponsibility)",
      "initiative.participants.map(p, p.organisation)",
      "nameOf(initiative.participants[0].organisation)",
      "initiative.budget.amount > 1000.0",
      "has(initiative.budget) && initiative.budget.amount > 1000.0",
      "initiative.budget.amount > 1000.0 || true",
      "initiative.budget.amount > 1000.0 && false",
      "true && initiative.budget.amount > 1000.0",
      "has(initiative.budget) ? initiative.budget.currency : 'none'",
      "initiative.coFinancing.all(c, c.amount.currency == initiative.budget.currency)",
      "sumIn(initiative.coFinancing.map(c, c.amount), 'EUR')",
      "partners(initiative)",
      "partners(initiative).exists(id, !hasOrganisation(id))",
      "initiative.cycle.entries.map(e, e.date)",
      "initiative.cycle.entries.size() > 0 ? initiative.cycle.entries[0].stage : 'none'",
      "initiative.cycle.entries.exists(e, e.date > today)",
      "has(initiative.cycle.current) && initiative.cycle.current.stage == 'implementation'",
      "addMonths(initiative.cycle.current.date, params.months) < today",
      "has(initiative.lastFollowUp) ? later(initiative.cycle.current.date, initiative.lastFollowUp.date) : today",
      "has(initiative.period.start) ? daysBetween(initiative.period.start, today) : -1",
      "initiative.period.contains(today)",
      "initiative.title.startsWith('É') || initiative.title.endsWith('s') || initiative.title.contains('de')",
      "initiative.title.size() > 20",
      "initiative.title < 'M'",
      "initiative.territories.filter(t, t.inFrance).size() * 2 - 1",
      "!initiative.territories.exists(t, t.inFrance) || initiative.territories.all(t, t.inFrance)",
      "initiative.territoryToTerritory == initiative.coConstructed",
      "'innovative' in initiative.traits",
      "initiative.evaluations.exists(e, partners(initiative).exists(p, p in e.termsOfReferenceDraftedBy))",
      "missionsOf(initiative).size() >= 0",
      "has(initiative.period.start) ? monthsBetween(initiative.period.start, today) : -1",
      "has(initiative.period.start) && addYears(initiative.period.start, 1) < today",
      "has(initiative.period.start) && earlier(initiative.period.start, today) == initiative.period.start",
      "partners(initiative).exists(id, hasOrganisation(id) && organisation(id).inFrance)",
      "organisation(initiative.participants[0].organisation).name",
      "1.5 * 2.0 < 3",
      "9223372036854775807 + initiative.sdgs.size() > 0");

  static final List<String> MISSION = List.of(
      "!has(mission.holder)",
      "nameOf(mission)",
      "has(mission.effectiveDurationDays) && (mission.effectiveDurationDays < 5 || mission.effectiveDurationDays > 9)",
      "has(mission.durationDays) ? 'durationDays' : 'period'",
      "mission.remotePreparationDays < 56",
      "has(mission.lastDay) && today > addDays(mission.lastDay, 30)",
      "!(has(mission.missionReturn) && has(mission.missionReturn.returnInterview))",
      "mission.missionReturn.reportDelivered",
      "mission.achievements.filter(a, a.deliverable && !a.handedOver).size()",
      "mission.preparation.hasInstitutionalContacts",
      "mission.period.start");

  /** The conditions and arguments of funder-twins.rules.yaml that the twins test does not name. */
  static final List<String> TWINS = List.of(
      "initiative.sdgs.size() == 0",
      "initiative.territoryToTerritory && (!initiative.territories.exists(t, t.inFrance)"
          + " || initiative.territories.all(t, t.inFrance))",
      "initiative.coConstructed && (initiative.coFinancing.size() > 0 || \"special-co-financing\" in initiative.traits)"
          + " && !initiative.participants.exists(p, p.carriesLegalResponsibility)",
      "has(initiative.cycle.current) && initiative.cycle.current.stage == \"implementation\""
          + " && addMonths(has(initiative.lastFollowUp) ? later(initiative.cycle.current.date,"
          + " initiative.lastFollowUp.date) : initiative.cycle.current.date, params.months) < today",
      "!has(mission.holder)",
      "has(mission.lastDay) && today > addDays(mission.lastDay, params.graceDays)"
          + " && !(has(mission.missionReturn) && has(mission.missionReturn.returnInterview))",
      "nameOf(mission)");

  private Corpus() {}
}

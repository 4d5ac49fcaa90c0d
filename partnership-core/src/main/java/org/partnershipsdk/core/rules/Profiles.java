package org.partnershipsdk.core.rules;

import java.util.List;
import java.util.Optional;

/**
 * The built-in profiles: which built-in rules run, and with which parameters. A programme names
 * the one that judges its elements ({@link ProgrammeProfiles}); {@code docs/rules.md} lists each
 * profile's rules with their actual parameter values.
 *
 * <ul>
 *   <li>{@link #standard()} ({@code default}): the general rules with their default parameters, a
 *       return grace of 30 days after a mission, and a perception gap reported beyond one level of
 *       the assessment's scale. It leaves out what belongs to a programme: the SDGs and the
 *       reciprocity barometer's regularity and young relations (CAAC practices), and the results
 *       framework after design (a funder's requirement, which the funder's cycle model guards).
 *   <li>{@link #caac()} ({@code caac}): for the CAAC programme (Coopérer autrement en acteurs du
 *       changement): multi-actor and territory-to-territory initiatives that name their SDGs, and
 *       horizontal partnerships followed with the reciprocity barometer (taken again within 24
 *       months, young relations pointed out, sides more than one level of the scale apart);
 *       missions are checked for their parties and their return only.
 *   <li>{@link #explor()} ({@code explor}): for the EXPLOR programme of short volunteer missions:
 *       every mission rule, with missions of 5 to 21 days prepared remotely for at least 8 weeks;
 *       no reciprocity rules (the barometer is a CAAC tool).
 * </ul>
 *
 * <p>The EXPLOR bounds of 5 to 21 days are illustrative: the source documents (docs/sources.md)
 * show missions of 7, 8 and 9 days and call them short, and publish no bounds. Set the programme's
 * own figures with
 * {@code Profiles.explor().toBuilder().set("mission.duration.out-of-bounds", "maxDays", 15).build()},
 * or in the programme's {@linkplain org.partnershipsdk.core.programme.ProfileSettings settings}.
 */
public final class Profiles {
  private static final String SDG_MISSING = "initiative.sdg.missing";
  private static final String RELATION_RECENT = "partnership.relation.recent";
  private static final String ASSESSMENT_OVERDUE = "partnership.assessment.overdue";
  private static final String RESULTS_FRAMEWORK_MISSING = "initiative.results-framework.missing";
  private static final String DURATION = "mission.duration.out-of-bounds";
  private static final String GRACE_DAYS = "graceDays";
  private static final List<String> RETURN_RULES = List.of(
      "mission.return.interview-missing", "mission.return.report-missing", "mission.return.deliverable-not-handed-over");
  private static final List<String> PREPARATION_RULES = List.of(
      "mission.preparation.remote-too-short", "mission.preparation.institutional-contact-missing",
      "mission.preparation.interview-missing");

  private static final Profile STANDARD = standardBuilder().build();
  private static final Profile CAAC = caacBuilder().build();
  private static final Profile EXPLOR = explorBuilder().build();

  private Profiles() {}

  /** @return the default profile, named {@code default} */
  public static Profile standard() {
    return STANDARD;
  }

  /** @return the CAAC profile, named {@code caac} */
  public static Profile caac() {
    return CAAC;
  }

  /** @return the EXPLOR profile, named {@code explor} */
  public static Profile explor() {
    return EXPLOR;
  }

  /** @return the built-in profiles: default, CAAC, EXPLOR */
  public static List<Profile> all() {
    return List.of(STANDARD, CAAC, EXPLOR);
  }

  /**
   * @param name a profile's name: {@code default}, {@code caac} or {@code explor}
   * @return the built-in profile with that name
   */
  public static Optional<Profile> byName(String name) {
    return all().stream().filter(profile -> profile.name().equals(name)).findFirst();
  }

  private static Profile.Builder everything(String name) {
    return Profile.builder(name)
        .addAll(BuiltInRules.initiatives())
        .addAll(BuiltInRules.missions())
        .addAll(BuiltInRules.partnerships())
        .addAll(BuiltInRules.funding())
        .disable(RESULTS_FRAMEWORK_MISSING);
  }

  private static Profile.Builder withReturnGrace(Profile.Builder builder) {
    RETURN_RULES.forEach(rule -> builder.set(rule, GRACE_DAYS, 30));
    return builder;
  }

  private static Profile.Builder standardBuilder() {
    return withReturnGrace(everything("default"))
        .disable(SDG_MISSING)
        .disable(RELATION_RECENT)
        .disable(ASSESSMENT_OVERDUE);
  }

  private static Profile.Builder caacBuilder() {
    Profile.Builder caac = everything("caac").disable(DURATION);
    PREPARATION_RULES.forEach(caac::disable);
    return caac;
  }

  private static Profile.Builder explorBuilder() {
    Profile.Builder explor = withReturnGrace(everything("explor"))
        .disable(SDG_MISSING)
        .disable("initiative.participants.single-nature")
        .set(DURATION, "minDays", 5)
        .set(DURATION, "maxDays", 21)
        .set("mission.preparation.remote-too-short", "weeks", 8);
    BuiltInRules.partnerships().rules().forEach(rule -> explor.disable(rule.info().id()));
    return explor;
  }
}

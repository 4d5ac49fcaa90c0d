package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.programme.ParameterSetting;
import org.partnershipsdk.core.programme.ProfileSettings;
import org.partnershipsdk.core.programme.Programme;

/**
 * The profiles programmes can name, and the default profile for elements of no programme: what
 * {@link RulesEngine#byProgramme(ProgrammeProfiles, java.time.Clock)} and {@link CycleMoves} resolve
 * each element's profile from. A programme's {@link Programme#profile() settings} name a profile
 * known here, and may change its parameters and switch rules off or on for that programme alone.
 *
 * <pre>{@code
 * ProgrammeProfiles profiles = ProgrammeProfiles.builtIn().with(ours);   // programmes may name "acme"
 * RuleReport report = RulesEngine.byProgramme(profiles, clock).evaluate(portfolio);
 * }</pre>
 *
 * <p>Instances are immutable: {@link #with(Profile)} and {@link #withDefault(Profile)} return new ones.
 */
public final class ProgrammeProfiles {
  private static final ProgrammeProfiles BUILT_IN = new ProgrammeProfiles(Profiles.standard(), Profiles.all());

  private final Profile defaultProfile;
  private final Map<String, Profile> byName;

  private ProgrammeProfiles(Profile defaultProfile, List<Profile> profiles) {
    this.defaultProfile = defaultProfile;
    Map<String, Profile> named = new LinkedHashMap<>();
    named.put(defaultProfile.name(), defaultProfile);
    profiles.forEach(profile -> named.put(profile.name(), profile));
    this.byName = named;
  }

  /** @return the built-in profiles ({@code default}, {@code caac}, {@code explor}), {@code default} for the rest */
  public static ProgrammeProfiles builtIn() {
    return BUILT_IN;
  }

  /**
   * @param profile a profile programmes may name by its name, in place of a known one with that name
   * @return these profiles and that one
   */
  public ProgrammeProfiles with(Profile profile) {
    if (profile == null) {
      throw new IncompleteValueException("profile");
    }
    List<Profile> profiles = new ArrayList<>(byName.values());
    profiles.add(profile);
    Profile fallback = profile.name().equals(defaultProfile.name()) ? profile : defaultProfile;
    return new ProgrammeProfiles(fallback, profiles);
  }

  /**
   * @param profile the profile of elements of no programme, or of a programme that names none; also
   *     known by its name
   * @return these profiles with that default
   */
  public ProgrammeProfiles withDefault(Profile profile) {
    if (profile == null) {
      throw new IncompleteValueException("profile");
    }
    List<Profile> profiles = new ArrayList<>(byName.values());
    profiles.add(profile);
    return new ProgrammeProfiles(profile, profiles);
  }

  /** @return the profile of elements of no programme */
  public Profile defaultProfile() {
    return defaultProfile;
  }

  /** @return every profile programmes may name, the default first */
  public List<Profile> all() {
    return List.copyOf(byName.values());
  }

  /**
   * @param name a profile's name
   * @return the profile known by that name
   */
  public Optional<Profile> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The profile that judges a programme's elements: the default one if the programme names none,
   * the named one as it is if the programme changes nothing, else a profile derived from it, named
   * {@code PROFILE@PROGRAMME} (such as {@code caac@caac-2024}), with the programme's parameter
   * values and rules switched off or on.
   *
   * @param programme a programme
   * @return its profile
   * @throws RuleConfigurationException if its settings name an unknown profile, rule or parameter,
   *     or give a value of the wrong type
   */
  public Profile profileOf(Programme programme) {
    if (programme == null) {
      throw new IncompleteValueException("programme");
    }
    if (programme.profile().isEmpty()) {
      return defaultProfile;
    }
    ProfileSettings settings = programme.profile().get();
    Profile named = named(settings.name()).orElseThrow(
        () -> RuleConfigurationException.unknownProfile(settings.name(), List.copyOf(byName.keySet())));
    if (settings.changesNothing()) {
      return named;
    }
    Profile.Builder derived = named.toBuilder().name(named.name() + "@" + programme.id().value());
    for (ParameterSetting setting : settings.parameters()) {
      derived.set(setting.rule(), setting.parameter(), setting.value());
    }
    settings.disabledRules().forEach(derived::disable);
    for (String rule : settings.enabledRules()) {
      if (named.rule(rule).isEmpty()) {
        throw RuleConfigurationException.unknownRule(rule);
      }
      derived.enable(rule);
    }
    return derived.build();
  }

  @Override
  public String toString() {
    return "ProgrammeProfiles " + byName.keySet() + ", default " + defaultProfile.name();
  }
}

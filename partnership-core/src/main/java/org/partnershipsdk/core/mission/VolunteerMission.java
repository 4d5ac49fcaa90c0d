package org.partnershipsdk.core.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.MissionId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.validation.constraints.MissionDurationMatchesPeriod;
import org.partnershipsdk.core.validation.constraints.MissionPreparedBeforeDeparture;
import org.partnershipsdk.core.validation.constraints.MissionReturnAfterEnd;
import org.partnershipsdk.core.validation.constraints.MissionTypeStated;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * A short volunteer mission (mission courte de volontaires, mise à disposition de compétences), as
 * the EXPLOR programme supports them: professionals, often from a social and solidarity economy
 * structure, spend a week or so on site to support a project carried by a holder (often a diaspora
 * organisation, OSIM) with its local partner.
 *
 * <p>Only the identifier is required to build a mission; everything a form fills in may be missing in
 * a draft and is reported by validation. Besides the attributes' own constraints, validation reports
 * a declared duration that differs from the period's days ({@code mission.duration.mismatch}), a
 * preparation dated after departure ({@code mission.preparation.after-departure}) and a return dated
 * before the mission ended ({@code mission.return.before-end}). A missing holder, local partner or
 * volunteers' structure is not a validation error: the programme's rules decide whether it matters.
 *
 * <pre>{@code
 * VolunteerMission mission = VolunteerMission.builder()
 *     .id(MissionId.of("explor-moulenda"))
 *     .title("Feasibility of a micro hydro-electric plant")
 *     .addTypes(MissionType.DIAGNOSTIC)
 *     .direction(MissionDirection.NORTH_SOUTH)
 *     .holder(OrganisationId.of("gdcam"))
 *     .durationDays(7)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@MissionDurationMatchesPeriod
@MissionPreparedBeforeDeparture
@MissionReturnAfterEnd
@MissionTypeStated
public abstract class VolunteerMission implements WithVolunteerMission, Extensible {
  VolunteerMission() {}

  /** @return the mission's identifier */
  public abstract MissionId id();

  /** @return the mission's title; blank only in a draft */
  @Value.Default
  @NotBlank
  public String title() {
    return "";
  }

  /** @return the programme that supports the mission (dispositif), such as EXPLOR */
  public abstract Optional<ProgrammeId> programme();

  /** @return the initiative the mission supports */
  public abstract Optional<InitiativeId> initiative();

  /**
   * @return what the mission is for, as schema version 1.1 stated it, one type only; kept for the
   *     documents that use it, {@link #types()} being the richer form. A complete mission states a
   *     type here or in {@link #types()} ({@code value.required} at {@code type} otherwise)
   */
  public abstract Optional<MissionType> type();

  /**
   * @return what the mission is for: one or more types, such as a diagnostic with a training; see
   *     {@link #allTypes()}
   */
  public abstract Set<MissionType> types();

  /** @return which way the expertise travels; required in a complete mission */
  public abstract Optional<@NotNull MissionDirection> direction();

  /** @return where the mission takes place (zone d'intervention) */
  @Value.Default
  @Valid
  public MissionZone zone() {
    return MissionZone.unknown();
  }

  /** @return the project holder (porteur de projet), often a diaspora organisation (OSIM) */
  public abstract Optional<OrganisationId> holder();

  /** @return the holder's partner on site (partenaire sur place) */
  public abstract Optional<OrganisationId> localPartner();

  /**
   * @return the volunteers' structure (structure des volontaires): their employer, which lends their
   *     skills, such as a social and solidarity economy company
   */
  public abstract Optional<OrganisationId> volunteersStructure();

  /** @return the volunteers sent on the mission; personal data */
  @PersonalData
  @Value.Redacted
  @UniqueRefs
  public abstract List<@Valid Volunteer> volunteers();

  /** @return the dates on site, from departure to the last day */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /** @return the duration in days as declared, such as 7, 8 or 9 in the EXPLOR cases */
  @Positive
  public abstract OptionalInt durationDays();

  /** @return the mission's objectives; none blank */
  public abstract List<@NotBlank String> objectives();

  /** @return what the mission achieved, deliverables included */
  @UniqueRefs
  public abstract List<@Valid Achievement> achievements();

  /** @return how the mission was prepared before departure */
  @Value.Default
  @Valid
  public MissionPreparation preparation() {
    return MissionPreparation.none();
  }

  /** @return what came back from the mission, once it is over */
  public abstract Optional<@Valid MissionReturn> missionReturn();

  /** @return documents about the mission: its terms of reference, the mission report, photos... */
  public abstract List<@Valid DocumentLink> documents();

  /** @return every type the mission states: {@link #types()} and {@link #type()} together */
  public final Set<MissionType> allTypes() {
    if (type().isEmpty() || types().contains(type().get())) {
      return types();
    }
    EnumSet<MissionType> all = EnumSet.of(type().get());
    all.addAll(types());
    return Collections.unmodifiableSet(all);
  }

  /**
   * @param type a type of mission
   * @return whether the mission states that type, in {@link #types()} or {@link #type()}
   */
  public final boolean hasType(MissionType type) {
    return types().contains(type) || type().filter(t -> t == type).isPresent();
  }

  /**
   * @return where the mission stands: planned, held, postponed or cancelled; unknown unless stated
   *     (the rules then go by its dates)
   */
  public abstract Optional<MissionStatus> status();

  /**
   * @return the duration in days: the declared one, else the number of days of the period when both
   *     its ends are known and in order
   */
  public final OptionalLong effectiveDurationDays() {
    if (durationDays().isPresent()) {
      return OptionalLong.of(durationDays().getAsInt());
    }
    OptionalLong days = period().days();
    return days.isPresent() && days.getAsLong() >= 1 ? days : OptionalLong.empty();
  }

  /**
   * @return the mission's last day on site: the period's end, else the day the declared duration ends
   *     from the departure
   */
  public final Optional<LocalDate> lastDay() {
    if (period().end().isPresent()) {
      return period().end();
    }
    if (period().start().isPresent() && durationDays().isPresent()) {
      return Optional.of(period().start().get().plusDays(durationDays().getAsInt() - 1L));
    }
    return Optional.empty();
  }

  /**
   * @return the days of remote support before departure, from {@link MissionPreparation#remoteSupportSince()}
   *     to the period's start, when both are known
   */
  public final OptionalLong remotePreparationDays() {
    if (preparation().remoteSupportSince().isEmpty() || period().start().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(preparation().remoteSupportSince().get(), period().start().get()));
  }

  /**
   * @param date a day
   * @return whether the mission was over on that day: its {@linkplain #lastDay() last day} is known
   *     and before it
   * @throws IncompleteValueException if {@code date} is null
   */
  public final boolean isFinishedOn(LocalDate date) {
    if (date == null) {
      throw new IncompleteValueException("date");
    }
    return lastDay().map(date::isAfter).orElse(false);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VolunteerMission}. */
  public static final class Builder extends ImmutableVolunteerMission.Builder {
    Builder() {}
  }
}

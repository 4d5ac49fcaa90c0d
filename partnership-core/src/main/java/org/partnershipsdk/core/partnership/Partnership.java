package org.partnershipsdk.core.partnership;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.PersonalData;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.validation.constraints.PartnershipDistinctOrganisations;
import org.partnershipsdk.core.validation.constraints.PartnershipEndsAfterStart;
import org.partnershipsdk.core.validation.constraints.PartnershipStartStated;

/**
 * A partnership (relation partenariale): the lasting relation between a supporting organisation
 * and a partner, distinct from any one initiative. Trust takes time, so the relation's
 * {@linkplain #age(LocalDate) age} is information in itself.
 *
 * <p>Reciprocity assessments (baromètre de la réciprocité) refer to a partnership by its
 * {@linkplain #id() identifier}; they are not held here.
 *
 * <pre>{@code
 * Partnership partnership = Partnership.builder()
 *     .id(PartnershipId.of("ccfd-laos-jam"))
 *     .supportingOrganisation(OrganisationId.of("ccfd-terre-solidaire"))
 *     .partner(OrganisationId.of("laos-jam-producers"))
 *     .since(LocalDate.of(2012, 1, 1))
 *     .addSupportKinds(SupportKind.PROCESS_SUPPORT, SupportKind.SUPPORT_TO_ACTIONS)
 *     .build();
 * }</pre>
 *
 * <p>Validation reports a missing start, neither a day nor a year ({@code value.required} at
 * {@code since}), a year that is not the day's ({@code partnership.since.year-mismatch}), a
 * supporting organisation that is its own partner ({@code partnership.same-organisation}) and a
 * last day before the first ({@code partnership.until.before-since}).
 */
@Value.Immutable
@PartnershipStyle
@PartnershipDistinctOrganisations
@PartnershipStartStated
@PartnershipEndsAfterStart
public abstract class Partnership implements WithPartnership, Extensible {
  Partnership() {}

  /** @return the partnership's identifier */
  public abstract PartnershipId id();

  /** @return the organisation that supports the partner, such as an NGO */
  public abstract OrganisationId supportingOrganisation();

  /** @return the partner (partenaire) */
  public abstract OrganisationId partner();

  /**
   * @return the day the relation began; a complete partnership has it, or at least its
   *     {@linkplain #sinceYear() year}
   */
  public abstract Optional<LocalDate> since();

  /**
   * @return the year the relation began, when the source gives only the year (« depuis 2005 »);
   *     the year of {@link #since()} when both are given
   */
  public abstract Optional<Year> sinceYear();

  /** @return the last day of the relation, once it has ended or its end is set */
  public abstract Optional<LocalDate> until();

  /** @return where the relation stands: active, suspended or ended; unknown unless stated */
  public abstract Optional<PartnershipStatus> status();

  /**
   * @return the programme officer (chargé de mission) who follows the relation, when one is
   *     recorded without dates; personal data. {@link #officers()} records several, over time
   */
  @PersonalData
  @Value.Redacted
  public abstract Optional<@Valid ProgrammeOfficer> programmeOfficer();

  /**
   * @return the programme officers who followed or follow the relation, each with the period they
   *     did, such as a geographic officer and a thematic one at once (CCFD-Terre Solidaire's
   *     practice dossiers); personal data
   */
  @PersonalData
  @Value.Redacted
  public abstract List<@Valid ProgrammeOfficer> officers();

  /** @return the kinds of support the relation gives */
  public abstract Set<SupportKind> supportKinds();

  /** @return the programmes (dispositifs) under which the relation is supported, such as CAAC */
  public abstract List<ProgrammeId> programmes();

  /** @return the reference of the partnership agreement (convention de partenariat), if one is signed */
  public abstract Optional<String> agreement();

  /** @return the year the relation began: the year of {@link #since()}, else {@link #sinceYear()} */
  public final Optional<Year> startYear() {
    return since().isPresent() ? since().map(d -> Year.of(d.getYear())) : sinceYear();
  }

  /**
   * @return when the relation began, as precisely as it is known: the day of {@link #since()},
   *     else the year of {@link #sinceYear()}; empty when neither is given
   */
  public final Optional<RelationStart> start() {
    return since().isPresent() ? since().map(RelationStart::on) : sinceYear().map(RelationStart::in);
  }

  /**
   * The relation's age on a given day.
   *
   * @param asOf the day
   * @return the time from {@link #since()} to {@code asOf}; empty while the day it began is unknown
   *     (when only its year is) or when the relation had not begun on that day
   * @throws IncompleteValueException if {@code asOf} is null
   */
  public final Optional<java.time.Period> age(LocalDate asOf) {
    if (asOf == null) {
      throw new IncompleteValueException("asOf");
    }
    return since().filter(start -> !start.isAfter(asOf)).map(start -> java.time.Period.between(start, asOf));
  }

  /**
   * @param asOf the day
   * @return the relation's age in whole years on that day; empty as for {@link #age(LocalDate)}
   * @throws IncompleteValueException if {@code asOf} is null
   */
  public final OptionalInt ageInYears(LocalDate asOf) {
    return age(asOf).map(p -> OptionalInt.of(p.getYears())).orElse(OptionalInt.empty());
  }

  /**
   * @param asOf a day
   * @return whether the relation had ended on that day: its status says so, or its last day was
   *     before it
   * @throws IncompleteValueException if {@code asOf} is null
   */
  public final boolean isEndedOn(LocalDate asOf) {
    if (asOf == null) {
      throw new IncompleteValueException("asOf");
    }
    return status().filter(s -> s == PartnershipStatus.ENDED).isPresent() || until().filter(asOf::isAfter).isPresent();
  }

  /**
   * @param asOf a day
   * @return the officers who followed the relation on that day: {@link #programmeOfficer()}, then
   *     those of {@link #officers()} whose period holds the day (an unknown end holds any day)
   * @throws IncompleteValueException if {@code asOf} is null
   */
  public final List<ProgrammeOfficer> officersOn(LocalDate asOf) {
    if (asOf == null) {
      throw new IncompleteValueException("asOf");
    }
    List<ProgrammeOfficer> on = new ArrayList<>();
    programmeOfficer().ifPresent(on::add);
    for (ProgrammeOfficer officer : officers()) {
      if (officer.followsOn(asOf)) {
        on.add(officer);
      }
    }
    return on;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }
}

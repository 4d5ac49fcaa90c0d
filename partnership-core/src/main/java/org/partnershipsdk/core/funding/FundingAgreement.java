package org.partnershipsdk.core.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.constraints.FundingAgreementConsistent;
import org.partnershipsdk.core.validation.constraints.UniqueRefs;

/**
 * A funding or partnership agreement (convention de financement, convention de partenariat): who
 * commits how much to whom, for which initiatives and period, on which conditions; the tranches it
 * plans and the reports it requires; its signature and status; the documents. Every amount of an
 * agreement is in the currency of its {@link #amount()}: the SDK adds no amounts across currencies.
 *
 * <p>Validation reports what cannot be: a signed status without a signature date, a tranche dated
 * outside the agreement's period or in another currency, two tranches or two reports with one
 * number, a tranche waiting for a report the agreement does not require, and tranches adding up to
 * more than the amount. The rules report what practice warns about: a report overdue, a tranche
 * paid before the report it waits for was accepted, disbursements above the commitment, an
 * expenditure outside the period, an agreement about to end with obligations still open.
 *
 * <pre>{@code
 * FundingAgreement agreement = FundingAgreement.builder()
 *     .id(AgreementId.of("cfsi-caac-2015-comasagua"))
 *     .title("Convention CAAC 2015–2018")
 *     .funder(OrganisationId.of("cfsi"))
 *     .recipient(OrganisationId.of("spf-82"))
 *     .addInitiatives(InitiativeId.of("caac-comasagua-montauban"))
 *     .amount(Money.of("60000", "EUR"))
 *     .period(Period.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)))
 *     .status(AgreementStatus.SIGNED)
 *     .signedOn(LocalDate.of(2014, 12, 15))
 *     .addTranches(first, second)
 *     .addReports(interim, last)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@FundingAgreementConsistent
public abstract class FundingAgreement implements WithFundingAgreement, Extensible {
  FundingAgreement() {}

  /** @return the identifier */
  public abstract AgreementId id();

  /** @return the agreement's title or reference (intitulé); blank only in a draft */
  @Value.Default
  @NotBlank
  public String title() {
    return "";
  }

  /** @return what it is about, in a few words */
  public abstract Optional<String> description();

  /** @return the organisation that commits the money (bailleur, financeur) */
  public abstract Optional<@NotNull OrganisationId> funder();

  /** @return the organisation that receives it (bénéficiaire, porteur) */
  public abstract Optional<@NotNull OrganisationId> recipient();

  /** @return the initiatives it funds */
  public abstract List<InitiativeId> initiatives();

  /** @return the amount committed, in the agreement's currency */
  public abstract Optional<@NotNull @Valid Money> amount();

  /** @return the period it covers: eligible expenditure falls within it */
  @Value.Default
  @Valid
  public Period period() {
    return Period.unknown();
  }

  /** @return where it stands; a draft unless stated */
  @Value.Default
  public AgreementStatus status() {
    return AgreementStatus.DRAFT;
  }

  /** @return the day it was signed; absent while it is being negotiated */
  public abstract Optional<LocalDate> signedOn();

  /** @return the people who signed it (personal data) */
  public abstract List<@Valid Signatory> signatories();

  /** @return the conditions it sets, in words, one per element */
  public abstract List<String> conditions();

  /** @return the payments it plans, in order */
  @UniqueRefs
  public abstract List<@Valid Tranche> tranches();

  /** @return the reports it requires, in order */
  public abstract List<@Valid ReportingObligation> reports();

  /** @return the agreement itself, its amendments and annexes */
  public abstract List<@Valid DocumentLink> documents();

  /** @return whether it was signed, on the day it says */
  public final boolean isSigned() {
    return status().isSigned() && signedOn().isPresent();
  }

  /**
   * @param number a report's number
   * @return the report with that number
   */
  public final Optional<ReportingObligation> report(int number) {
    return reports().stream().filter(report -> report.number() == number).findFirst();
  }

  /**
   * @param number a tranche's number
   * @return the tranche with that number
   */
  public final Optional<Tranche> tranche(int number) {
    return tranches().stream().filter(tranche -> tranche.number() == number).findFirst();
  }

  /**
   * @param tranche one of its tranches
   * @return the report that tranche waits for, if it names one the agreement requires
   * @throws IncompleteValueException if {@code tranche} is null
   */
  public final Optional<ReportingObligation> reportBefore(Tranche tranche) {
    if (tranche == null) {
      throw new IncompleteValueException("tranche");
    }
    OptionalInt number = tranche.afterReport();
    return number.isPresent() ? report(number.getAsInt()) : Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingAgreement}. */
  public static final class Builder extends ImmutableFundingAgreement.Builder {
    Builder() {}
  }
}

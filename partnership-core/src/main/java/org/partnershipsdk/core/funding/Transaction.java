package org.partnershipsdk.core.funding;

import jakarta.validation.Valid;
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
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.validation.constraints.TransactionConsistent;

/**
 * A movement of money (mouvement financier): a commitment, a disbursement, an expenditure, incoming
 * funds or a reimbursement, each kind one of IATI's transaction types. It says when, how much, from
 * whom to whom, for which initiative, and which agreement and tranche it settles, with the
 * documents that prove it (a receipt, a bank statement). Validation reports a tranche named without
 * its agreement ({@code transaction.tranche.without-agreement}); in a portfolio, references to an
 * agreement, a tranche, an initiative or an organisation it does not hold.
 *
 * <pre>{@code
 * Transaction paid = Transaction.builder()
 *     .id(TransactionId.of("cfsi-2016-002"))
 *     .kind(TransactionKind.DISBURSEMENT)
 *     .date(LocalDate.of(2016, 10, 3))
 *     .amount(Money.of("20000", "EUR"))
 *     .provider(OrganisationId.of("cfsi"))
 *     .receiver(OrganisationId.of("spf-82"))
 *     .agreement(AgreementId.of("cfsi-caac-2015-comasagua"))
 *     .tranche(2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@PartnershipStyle
@TransactionConsistent
public abstract class Transaction implements WithTransaction, Extensible {
  Transaction() {}

  /** @return the identifier */
  public abstract TransactionId id();

  /** @return what it is */
  public abstract Optional<@NotNull TransactionKind> kind();

  /** @return the day it happened */
  public abstract Optional<@NotNull LocalDate> date();

  /** @return how much */
  public abstract Optional<@NotNull @Valid Money> amount();

  /** @return the organisation the money comes from */
  public abstract Optional<OrganisationId> provider();

  /** @return the organisation the money goes to */
  public abstract Optional<OrganisationId> receiver();

  /** @return the initiative it is for */
  public abstract Optional<InitiativeId> initiative();

  /** @return the agreement it settles or is made under */
  public abstract Optional<AgreementId> agreement();

  /** @return the {@linkplain Tranche#number() number} of the agreement's tranche it pays */
  public abstract OptionalInt tranche();

  /** @return what it was for, in words */
  public abstract Optional<String> description();

  /** @return what proves it: a receipt, an invoice, a bank statement... */
  public abstract List<@Valid DocumentLink> documents();

  /**
   * @param kind a kind of transaction
   * @return whether it is of that kind
   */
  public final boolean is(TransactionKind kind) {
    return kind().filter(k -> k == kind).isPresent();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}

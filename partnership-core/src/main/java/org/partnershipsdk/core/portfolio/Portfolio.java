package org.partnershipsdk.core.portfolio;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.internal.PartnershipStyle;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Extensible;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.validation.constraints.PortfolioReferences;

/**
 * Everything an organisation follows, in one value: organisations and partners, programmes,
 * partnerships, initiatives, volunteer missions, reciprocity assessments, funding agreements and
 * transactions. Elements refer to one
 * another by identifier; validation reports identifiers used twice and references to elements the
 * portfolio does not hold ({@code portfolio.id.duplicate}, {@code portfolio.reference.unknown}).
 */
@Value.Immutable
@PartnershipStyle
@PortfolioReferences
public abstract class Portfolio implements WithPortfolio, Extensible {
  Portfolio() {}

  /**
   * @return what the portfolio holds and where its data come from, such as the sources of example
   *     data and which of its values are illustrative
   */
  public abstract Optional<String> description();

  /** @return the organisations and partners */
  public abstract List<@Valid Organisation> organisations();

  /** @return the programmes */
  public abstract List<@Valid Programme> programmes();

  /** @return the partnerships */
  public abstract List<@Valid Partnership> partnerships();

  /** @return the initiatives */
  public abstract List<@Valid Initiative> initiatives();

  /** @return the volunteer missions */
  public abstract List<@Valid VolunteerMission> missions();

  /** @return the reciprocity assessments */
  public abstract List<@Valid ReciprocityAssessment> assessments();

  /** @return the funding agreements, with their tranches and reports */
  public abstract List<@Valid FundingAgreement> agreements();

  /** @return the transactions: commitments, disbursements, expenditure... */
  public abstract List<@Valid Transaction> transactions();

  /** @return how many elements of each kind it holds; never the elements themselves */
  @Override
  public String toString() {
    return "Portfolio{organisations=" + organisations().size() + ", programmes=" + programmes().size()
        + ", partnerships=" + partnerships().size() + ", initiatives=" + initiatives().size()
        + ", missions=" + missions().size() + ", assessments=" + assessments().size()
        + ", agreements=" + agreements().size() + ", transactions=" + transactions().size() + "}";
  }

  /** @return an empty portfolio */
  public static Portfolio empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Portfolio}. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}

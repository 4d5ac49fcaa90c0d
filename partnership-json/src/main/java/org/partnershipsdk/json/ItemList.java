package org.partnershipsdk.json;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * A list property of a document type that can be read and written one item at a time, so that a
 * document of a million initiatives is processed in bounded memory: see
 * {@link PartnershipJson#readItems(ItemList, java.nio.file.Path)} and
 * {@link PartnershipJson#writeItems(ItemList, Object, java.nio.file.Path)}.
 *
 * <pre>{@code
 * try (JsonItemReader<Initiative> initiatives = json.readItems(ItemList.PORTFOLIO_INITIATIVES, path)) {
 *   initiatives.forEachRemaining(this::process);
 * }
 * }</pre>
 *
 * @param <D> the document's model type
 * @param <T> the items' model type
 */
public final class ItemList<D, T> {
  /** A portfolio's organisations ({@code /data/organisations}). */
  public static final ItemList<Portfolio, Organisation> PORTFOLIO_ORGANISATIONS = new ItemList<>(
      DocumentType.PORTFOLIO, "organisations", Organisation.class, Portfolio::organisations,
      Portfolio::withOrganisations);
  /** A portfolio's programmes ({@code /data/programmes}). */
  public static final ItemList<Portfolio, Programme> PORTFOLIO_PROGRAMMES = new ItemList<>(
      DocumentType.PORTFOLIO, "programmes", Programme.class, Portfolio::programmes, Portfolio::withProgrammes);
  /** A portfolio's partnerships ({@code /data/partnerships}). */
  public static final ItemList<Portfolio, Partnership> PORTFOLIO_PARTNERSHIPS = new ItemList<>(
      DocumentType.PORTFOLIO, "partnerships", Partnership.class, Portfolio::partnerships,
      Portfolio::withPartnerships);
  /** A portfolio's initiatives ({@code /data/initiatives}). */
  public static final ItemList<Portfolio, Initiative> PORTFOLIO_INITIATIVES = new ItemList<>(
      DocumentType.PORTFOLIO, "initiatives", Initiative.class, Portfolio::initiatives, Portfolio::withInitiatives);
  /** A portfolio's volunteer missions ({@code /data/missions}). */
  public static final ItemList<Portfolio, VolunteerMission> PORTFOLIO_MISSIONS = new ItemList<>(
      DocumentType.PORTFOLIO, "missions", VolunteerMission.class, Portfolio::missions, Portfolio::withMissions);
  /** A portfolio's reciprocity assessments ({@code /data/assessments}). */
  public static final ItemList<Portfolio, ReciprocityAssessment> PORTFOLIO_ASSESSMENTS = new ItemList<>(
      DocumentType.PORTFOLIO, "assessments", ReciprocityAssessment.class, Portfolio::assessments,
      Portfolio::withAssessments);
  /** A portfolio's funding agreements ({@code /data/agreements}; since schema version 1.1). */
  public static final ItemList<Portfolio, FundingAgreement> PORTFOLIO_AGREEMENTS = new ItemList<>(
      DocumentType.PORTFOLIO, "agreements", FundingAgreement.class, Portfolio::agreements, Portfolio::withAgreements);
  /** A portfolio's transactions ({@code /data/transactions}; since schema version 1.1). */
  public static final ItemList<Portfolio, Transaction> PORTFOLIO_TRANSACTIONS = new ItemList<>(
      DocumentType.PORTFOLIO, "transactions", Transaction.class, Portfolio::transactions,
      Portfolio::withTransactions);

  private final DocumentType<D> documentType;
  private final String property;
  private final Class<T> itemType;
  private final Function<D, List<T>> items;
  private final BiFunction<D, List<T>, D> withItems;

  private ItemList(DocumentType<D> documentType, String property, Class<T> itemType, Function<D, List<T>> items,
      BiFunction<D, List<T>, D> withItems) {
    this.documentType = Objects.requireNonNull(documentType, "documentType");
    this.property = Objects.requireNonNull(property, "property");
    this.itemType = Objects.requireNonNull(itemType, "itemType");
    this.items = items;
    this.withItems = withItems;
  }

  /** @return the document type holding the list */
  public DocumentType<D> documentType() {
    return documentType;
  }

  /** @return the list's property in the document's {@code data}, such as {@code initiatives} */
  public String property() {
    return property;
  }

  /** @return the items' model type */
  public Class<T> itemType() {
    return itemType;
  }

  /**
   * @param document a document's value
   * @return its items in this list
   */
  List<T> items(D document) {
    return items.apply(document);
  }

  /**
   * @param document a document's value
   * @return the same value with this list empty
   */
  D withoutItems(D document) {
    return withItems.apply(document, List.of());
  }

  /** @return the document type and property, such as {@code portfolio/initiatives} */
  @Override
  public String toString() {
    return documentType.name() + "/" + property;
  }
}

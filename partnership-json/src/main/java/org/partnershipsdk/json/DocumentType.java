package org.partnershipsdk.json;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * A kind of top-level JSON document: its registered name, written in the document's {@code "type"}
 * property ({@code portfolio}, {@code initiative}, {@code mission}...; never a Java class name), and
 * the model type its {@code "data"} holds.
 *
 * <pre>{@code
 * String text = PartnershipJson.create().write(DocumentType.INITIATIVE, initiative);
 * }</pre>
 *
 * @param <T> the model type of the document's data
 */
public final class DocumentType<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /**
   * {@code portfolio}: everything an organisation follows, its organisations, programmes,
   * partnerships, initiatives, missions, assessments, funding agreements and transactions. Its lists can also be read and written one
   * item at a time ({@link ItemList}).
   */
  public static final DocumentType<Portfolio> PORTFOLIO = of("portfolio", Portfolio.class);
  /** {@code organisation}: one organisation (partner, supporting NGO, funder...). */
  public static final DocumentType<Organisation> ORGANISATION = of("organisation", Organisation.class);
  /** {@code partnership}: one partnership (relation partenariale). */
  public static final DocumentType<Partnership> PARTNERSHIP = of("partnership", Partnership.class);
  /** {@code programme}: one programme (dispositif), such as CAAC or EXPLOR. */
  public static final DocumentType<Programme> PROGRAMME = of("programme", Programme.class);
  /** {@code initiative}: one initiative (projet), with its cycle and results framework. */
  public static final DocumentType<Initiative> INITIATIVE = of("initiative", Initiative.class);
  /** {@code mission}: one short volunteer mission. */
  public static final DocumentType<VolunteerMission> MISSION = of("mission", VolunteerMission.class);
  /** {@code assessment}: one reciprocity assessment (baromètre de la réciprocité). */
  public static final DocumentType<ReciprocityAssessment> ASSESSMENT = of("assessment", ReciprocityAssessment.class);
  /** {@code agreement}: one funding agreement, with its tranches and reports (since schema version 1.1). */
  public static final DocumentType<FundingAgreement> AGREEMENT = of("agreement", FundingAgreement.class);

  private static final List<DocumentType<?>> VALUES =
      List.of(PORTFOLIO, ORGANISATION, PARTNERSHIP, PROGRAMME, INITIATIVE, MISSION, ASSESSMENT, AGREEMENT);

  private final String name;
  private final Class<T> modelType;

  private DocumentType(String name, Class<T> modelType) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalStateException("Not a document type name: " + name);
    }
    this.name = name;
    this.modelType = Objects.requireNonNull(modelType, "modelType");
  }

  /**
   * Declares a document type; the SDK declares its own as constants of this class.
   *
   * @param name the registered name: lower case, digits and hyphens
   * @param modelType the model type of the data
   * @param <T> that type
   * @return the document type
   */
  static <T> DocumentType<T> of(String name, Class<T> modelType) {
    return new DocumentType<>(name, modelType);
  }

  /**
   * @return the SDK's document types: portfolio, organisation, partnership, programme, initiative,
   *     mission, assessment
   */
  public static List<DocumentType<?>> values() {
    return VALUES;
  }

  /** @return the registered name, such as {@code initiative} */
  public String name() {
    return name;
  }

  /** @return the model type of the document's data */
  public Class<T> modelType() {
    return modelType;
  }

  /** @return the registered name */
  @Override
  public String toString() {
    return name;
  }
}

package org.partnershipsdk.core.rules;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * The kinds of element a rule checks, each knowing where its elements are in a {@link Portfolio}
 * and how they are identified.
 *
 * @param <S> the element's type
 */
public final class Subject<S> {
  /** Organisations and partners. */
  public static final Subject<Organisation> ORGANISATION = new Subject<>("organisation",
      new Label("Organisation", "Organisation"), Organisation.class, Portfolio::organisations, o -> o.id().value());
  /** Programmes. */
  public static final Subject<Programme> PROGRAMME = new Subject<>("programme",
      new Label("Programme", "Dispositif"), Programme.class, Portfolio::programmes, p -> p.id().value());
  /** Partnerships. */
  public static final Subject<Partnership> PARTNERSHIP = new Subject<>("partnership",
      new Label("Partnership", "Partenariat"), Partnership.class, Portfolio::partnerships, p -> p.id().value());
  /** Initiatives. */
  public static final Subject<Initiative> INITIATIVE = new Subject<>("initiative",
      new Label("Initiative", "Initiative"), Initiative.class, Portfolio::initiatives, i -> i.id().value());
  /** Volunteer missions. */
  public static final Subject<VolunteerMission> MISSION = new Subject<>("mission",
      new Label("Volunteer mission", "Mission de volontaires"), VolunteerMission.class, Portfolio::missions,
      m -> m.id().value());
  /** Reciprocity assessments. */
  public static final Subject<ReciprocityAssessment> ASSESSMENT = new Subject<>("assessment",
      new Label("Reciprocity assessment", "Baromètre de la réciprocité"), ReciprocityAssessment.class,
      Portfolio::assessments, a -> a.id().value());
  /** Funding agreements. */
  public static final Subject<FundingAgreement> AGREEMENT = new Subject<>("agreement",
      new Label("Funding agreement", "Convention de financement"), FundingAgreement.class, Portfolio::agreements,
      a -> a.id().value());
  /** Transactions. */
  public static final Subject<Transaction> TRANSACTION = new Subject<>("transaction",
      new Label("Transaction", "Mouvement financier"), Transaction.class, Portfolio::transactions,
      t -> t.id().value());

  private static final List<Subject<?>> ALL =
      List.of(ORGANISATION, PROGRAMME, PARTNERSHIP, INITIATIVE, MISSION, ASSESSMENT, AGREEMENT, TRANSACTION);

  private final String code;
  private final Label label;
  private final Class<S> type;
  private final Function<Portfolio, List<S>> elements;
  private final Function<S, String> id;

  private Subject(String code, Label label, Class<S> type, Function<Portfolio, List<S>> elements,
      Function<S, String> id) {
    this.code = code;
    this.label = label;
    this.type = type;
    this.elements = elements;
    this.id = id;
  }

  /** @return every kind of subject, in the order reports list them */
  public static List<Subject<?>> all() {
    return ALL;
  }

  /** @return the stable code, such as {@code initiative} */
  public String code() {
    return code;
  }

  /**
   * @param locale the reader's locale
   * @return the kind's name in that language
   */
  public String label(Locale locale) {
    return Texts.text("subject." + code, label, locale);
  }

  /** @return the model type of the elements */
  public Class<S> type() {
    return type;
  }

  /**
   * @param portfolio a portfolio
   * @return its elements of this kind
   */
  public List<S> in(Portfolio portfolio) {
    return elements.apply(portfolio);
  }

  /**
   * @param element an element of this kind
   * @return a reference to it by its identifier
   */
  public SubjectRef refer(S element) {
    return new SubjectRef(code, id.apply(element));
  }

  int order() {
    return ALL.indexOf(this);
  }

  @Override
  public String toString() {
    return code;
  }
}

package org.partnershipsdk.core.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.initiative.Participant;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.reciprocity.Response;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.rules.Rule;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/**
 * The built-in rules that hold what an element states against what else says the same thing: a
 * flag or a direction against the places they can be derived from, a role or a side against the
 * partnership, a funder's share against the funder's role. They complete the families of
 * {@link InitiativeRules}, {@link MissionRules} and {@link PartnershipRules}, whose text files
 * hold their texts. Not for public use: see {@code BuiltInRules}.
 */
public final class ConsistencyRules {
  /** Id of {@link #TERRITORY_TO_TERRITORY_UNDECLARED}. */
  public static final String TERRITORY_TO_TERRITORY_UNDECLARED_ID = "initiative.territory-to-territory.undeclared";
  /** Id of {@link #SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP}. */
  public static final String SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP_ID =
      "initiative.supporting-organisation.outside-partnership";
  /** Id of {@link #CO_FINANCING_FUNDER_WITHOUT_ROLE}. */
  public static final String CO_FINANCING_FUNDER_WITHOUT_ROLE_ID = "initiative.co-financing.funder-without-role";
  /** Id of {@link #DIRECTION_CONTRADICTS_PLACES}. */
  public static final String DIRECTION_CONTRADICTS_PLACES_ID = "mission.direction.contradicts-places";
  /** Id of {@link #RESPONDENT_SIDE_MISMATCH}. */
  public static final String RESPONDENT_SIDE_MISMATCH_ID = "assessment.respondent.side-mismatch";

  /**
   * An initiative whose territories link France with abroad but that is not declared a
   * territory-to-territory cooperation: the declaration can drift from the territories it is
   * derived from ({@link Initiative#linksFrenchAndForeignTerritories()}); the reverse is
   * {@code initiative.territory-to-territory.incomplete}. Information, at
   * {@code territoryToTerritory}.
   */
  public static final Rule<Initiative> TERRITORY_TO_TERRITORY_UNDECLARED = BuiltIn.rule(Subject.INITIATIVE,
      TERRITORY_TO_TERRITORY_UNDECLARED_ID, Severity.INFO,
      "[Fonda 2020] [Fonda n.d.] territory-to-territory cooperation links a French territory with one abroad",
      (initiative, context, findings) -> {
        if (!initiative.territoryToTerritory() && initiative.linksFrenchAndForeignTerritories()) {
          findings.report("territoryToTerritory", "territories", initiative.territories().size());
        }
      });

  /**
   * A participant in the role of supporting organisation that is not the supporting organisation
   * of the partnership the initiative belongs to (when the portfolio holds that partnership).
   * Warning, at {@code participants[i].roles}.
   */
  public static final Rule<Initiative> SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP = BuiltIn.rule(
      Subject.INITIATIVE, SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP_ID, Severity.WARNING,
      "[CCFD 2011] the supporting organisation supports the initiatives of its partner, within their partnership",
      (initiative, context, findings) -> {
        Optional<Partnership> partnership = initiative.partnership().flatMap(context::partnership);
        if (partnership.isEmpty()) {
          return;
        }
        List<Participant> participants = initiative.participants();
        for (int i = 0; i < participants.size(); i++) {
          Participant participant = participants.get(i);
          if (participant.hasRole(ParticipantRole.SUPPORTING_ORGANISATION)
              && !participant.organisation().equals(partnership.get().supportingOrganisation())) {
            findings.report("participants[" + i + "].roles", Map.of(
                "organisation", name(context, participant.organisation()),
                "partnership", partnership.get().id().value(),
                "supporting", name(context, partnership.get().supportingOrganisation())));
          }
        }
      });

  /**
   * A co-financing share whose funder does not take part in the initiative as a funder or a
   * co-funder. Warning, at {@code coFinancing[i].funder}.
   */
  public static final Rule<Initiative> CO_FINANCING_FUNDER_WITHOUT_ROLE = BuiltIn.rule(Subject.INITIATIVE,
      CO_FINANCING_FUNDER_WITHOUT_ROLE_ID, Severity.WARNING,
      "[IATI 2018] an activity names the organisations that fund it (participating-org role funding): whoever"
          + " brings a share of the budget is among them",
      (initiative, context, findings) -> {
        List<CoFinancing> shares = initiative.coFinancing();
        for (int i = 0; i < shares.size(); i++) {
          OrganisationId funder = shares.get(i).funder();
          boolean listed = initiative.participants().stream().anyMatch(p -> p.organisation().equals(funder)
              && (p.hasRole(ParticipantRole.FUNDER) || p.hasRole(ParticipantRole.CO_FUNDER)));
          if (!listed) {
            findings.report("coFinancing[" + i + "].funder", "funder", name(context, funder));
          }
        }
      });

  /**
   * A mission whose declared direction is not the one its places give: from the country of its
   * volunteers' structure to the country of its zone, France being "here", the North
   * ({@link MissionDirection#between}). Silent while the structure, its country or the zone's
   * country is unknown. Warning, at {@code direction}.
   */
  public static final Rule<VolunteerMission> DIRECTION_CONTRADICTS_PLACES = BuiltIn.rule(Subject.MISSION,
      DIRECTION_CONTRADICTS_PLACES_ID, Severity.WARNING,
      "[Grdr 2023] EXPLOR develops South→North and South→South missions beside North→South ones",
      (mission, context, findings) -> {
        Optional<CountryCode> from = mission.volunteersStructure().flatMap(context::organisation)
            .flatMap(Organisation::country);
        Optional<CountryCode> to = mission.zone().country();
        if (mission.direction().isEmpty() || from.isEmpty() || to.isEmpty()) {
          return;
        }
        Optional<MissionDirection> places = MissionDirection.between(from.get(), to.get());
        if (!places.equals(mission.direction())) {
          findings.report("direction", Map.of("direction", mission.direction().get(),
              "from", from.get().value(), "to", to.get().value(),
              "derived", places.<Object>map(d -> d).orElse(NoDirection.INSTANCE)));
        }
      });

  /**
   * A response whose respondent answered for a side that is not its own in the partnership: the
   * partnership's supporting organisation answers for the supporting side, its partner for the
   * partner's, and no other organisation answers (when the portfolio holds the partnership).
   * Error, at {@code responses[i].side}.
   */
  public static final Rule<ReciprocityAssessment> RESPONDENT_SIDE_MISMATCH = BuiltIn.rule(Subject.ASSESSMENT,
      RESPONDENT_SIDE_MISMATCH_ID, Severity.ERROR,
      "[Fonda n.d.] the reciprocity barometer is a self-diagnosis of one partnership, by its two sides",
      (assessment, context, findings) -> {
        Optional<Partnership> partnership = context.partnership(assessment.partnership());
        if (partnership.isEmpty()) {
          return;
        }
        List<Response> responses = assessment.responses();
        for (int i = 0; i < responses.size(); i++) {
          Response response = responses.get(i);
          Place place = Place.of(partnership.get(), response.respondent());
          if (place.side().filter(s -> s == response.side()).isEmpty()) {
            findings.report("responses[" + i + "].side", Map.of("respondent", name(context, response.respondent()),
                "side", response.side(), "place", place));
          }
        }
      });

  private ConsistencyRules() {}

  /** @return the rules on initiatives */
  public static List<Rule<?>> initiatives() {
    return List.of(TERRITORY_TO_TERRITORY_UNDECLARED, SUPPORTING_ORGANISATION_OUTSIDE_PARTNERSHIP,
        CO_FINANCING_FUNDER_WITHOUT_ROLE);
  }

  /** @return the rules on missions */
  public static List<Rule<?>> missions() {
    return List.of(DIRECTION_CONTRADICTS_PLACES);
  }

  /** @return the rules on reciprocity assessments */
  public static List<Rule<?>> assessments() {
    return List.of(RESPONDENT_SIDE_MISMATCH);
  }

  /** @return the organisation's name, or its identifier when the portfolio does not name it */
  private static String name(RuleContext context, OrganisationId id) {
    return context.organisation(id).map(Organisation::name).filter(n -> !n.isBlank()).orElse(id.value());
  }

  /** Where an organisation stands in a partnership, shown in the reader's language. */
  private enum Place implements Coded {
    SUPPORTING("supporting-organisation", "its supporting organisation", "c'est son organisation d'appui"),
    PARTNER("partner", "its partner", "c'est son partenaire"),
    OUTSIDE("outside", "neither of its two organisations", "ce n'est aucune de ses deux organisations");

    private final String code;
    private final String en;
    private final String fr;

    Place(String code, String en, String fr) {
      this.code = code;
      this.en = en;
      this.fr = fr;
    }

    static Place of(Partnership partnership, OrganisationId organisation) {
      if (organisation.equals(partnership.supportingOrganisation())) {
        return SUPPORTING;
      }
      return organisation.equals(partnership.partner()) ? PARTNER : OUTSIDE;
    }

    Optional<Side> side() {
      return switch (this) {
        case SUPPORTING -> Optional.of(Side.SUPPORTING_ORGANISATION);
        case PARTNER -> Optional.of(Side.PARTNER);
        case OUTSIDE -> Optional.empty();
      };
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label(Locale locale) {
      return Texts.text(RESPONDENT_SIDE_MISMATCH_ID + ".place." + code, new Label(en, fr), locale);
    }
  }

  /** No direction: a mission from France to France. */
  private enum NoDirection implements Coded {
    INSTANCE;

    @Override
    public String code() {
      return "none";
    }

    @Override
    public String label(Locale locale) {
      return Texts.text(DIRECTION_CONTRADICTS_PLACES_ID + ".direction.none",
          new Label("none (from France to France)", "aucun (de la France vers la France)"), locale);
    }
  }
}

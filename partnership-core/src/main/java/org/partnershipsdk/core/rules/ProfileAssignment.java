package org.partnershipsdk.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.internal.CodedText;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;

/**
 * Which profile judges each element of one run: the forced one, or the one of the element's
 * programme, resolved once per programme. An element's profile depends on the element and the
 * portfolio alone, so any thread finds the same. Not for public use.
 *
 * <p>The programme of an element: an initiative's or a mission's own; for a partnership, the first
 * of its programmes that names a profile; for an assessment, its partnership's; for an agreement,
 * the first of its initiatives' that names one; for a transaction, its agreement's, else its
 * initiative's; a programme is its own. Organisations, and elements whose programme is not in the
 * portfolio or names no profile, have the default profile.
 */
final class ProfileAssignment {
  /** The id of the finding that reports a programme whose profile settings cannot be applied. */
  static final String PROFILE_INVALID = "rules.profile.invalid";

  private static final Label PROFILE_INVALID_MESSAGE = new Label(
      "The programme's profile settings cannot be applied, so its elements are judged by the profile {profile}: {problem}",
      "Les réglages de profil du dispositif ne peuvent s'appliquer, ses éléments sont donc jugés par le profil {profile} : "
          + "{problem}");

  private final List<Profile> profiles = new ArrayList<>();
  private final Map<ProgrammeId, Integer> byProgramme = new HashMap<>();
  private final List<Finding> problems = new ArrayList<>();
  private final PortfolioIndex index;

  private ProfileAssignment(PortfolioIndex index) {
    this.index = index;
  }

  /** @return every element judged by one profile */
  static ProfileAssignment forced(Profile profile, PortfolioIndex index) {
    ProfileAssignment assignment = new ProfileAssignment(index);
    assignment.profiles.add(profile);
    return assignment;
  }

  /** @return each element judged by its programme's profile, the default one for the rest */
  static ProfileAssignment byProgramme(ProgrammeProfiles known, PortfolioIndex index) {
    ProfileAssignment assignment = new ProfileAssignment(index);
    Map<Profile, Integer> slots = new IdentityHashMap<>();
    assignment.profiles.add(known.defaultProfile());
    slots.put(known.defaultProfile(), 0);
    for (Programme programme : index.portfolio().programmes()) {
      if (programme.profile().isEmpty() || assignment.byProgramme.containsKey(programme.id())) {
        continue;
      }
      Profile profile;
      try {
        profile = known.profileOf(programme);
      } catch (RuleConfigurationException e) {
        profile = known.named(programme.profile().get().name()).orElse(known.defaultProfile());
        assignment.problems.add(new Finding(PROFILE_INVALID, Severity.ERROR, Subject.PROGRAMME.refer(programme),
            "profile", Map.of("profile", profile.name(), "problem",
                new CodedText(e.code(), e.getMessage(Locale.ENGLISH), e::getMessage)), PROFILE_INVALID_MESSAGE,
            profile.name()));
      }
      Integer slot = slots.get(profile);
      if (slot == null) {
        slot = assignment.profiles.size();
        slots.put(profile, slot);
        assignment.profiles.add(profile);
      }
      assignment.byProgramme.put(programme.id(), slot);
    }
    return assignment;
  }

  /** @return the profiles of the run, the forced or default one first */
  List<Profile> profiles() {
    return profiles;
  }

  /** @return the findings about programmes whose settings could not be applied */
  List<Finding> problems() {
    return problems;
  }

  /**
   * @param element an element of the portfolio
   * @return the index, in {@link #profiles()}, of the profile that judges it
   */
  int of(Object element) {
    if (byProgramme.isEmpty()) {
      return 0;
    }
    Integer slot = null;
    if (element instanceof Initiative initiative) {
      slot = slot(initiative.programme());
    } else if (element instanceof VolunteerMission mission) {
      slot = slot(mission.programme());
    } else if (element instanceof Partnership partnership) {
      slot = ofPartnership(partnership);
    } else if (element instanceof ReciprocityAssessment assessment) {
      Partnership partnership = index.partnerships.get(assessment.partnership());
      slot = partnership == null ? null : ofPartnership(partnership);
    } else if (element instanceof FundingAgreement agreement) {
      slot = ofInitiatives(agreement.initiatives());
    } else if (element instanceof Transaction transaction) {
      slot = ofTransaction(transaction);
    } else if (element instanceof Programme programme) {
      slot = byProgramme.get(programme.id());
    }
    return slot == null ? 0 : slot;
  }

  private Integer slot(Optional<ProgrammeId> programme) {
    return programme.isEmpty() ? null : byProgramme.get(programme.get());
  }

  private Integer ofPartnership(Partnership partnership) {
    for (ProgrammeId programme : partnership.programmes()) {
      Integer slot = byProgramme.get(programme);
      if (slot != null) {
        return slot;
      }
    }
    return null;
  }

  private Integer ofInitiatives(Iterable<InitiativeId> initiatives) {
    for (InitiativeId id : initiatives) {
      Initiative initiative = index.initiatives.get(id);
      Integer slot = initiative == null ? null : slot(initiative.programme());
      if (slot != null) {
        return slot;
      }
    }
    return null;
  }

  private Integer ofTransaction(Transaction transaction) {
    Optional<AgreementId> agreement = transaction.agreement();
    FundingAgreement funding = agreement.isEmpty() ? null : index.agreements.get(agreement.get());
    Integer slot = funding == null ? null : ofInitiatives(funding.initiatives());
    return slot != null || transaction.initiative().isEmpty() ? slot : ofInitiatives(List.of(transaction.initiative().get()));
  }
}

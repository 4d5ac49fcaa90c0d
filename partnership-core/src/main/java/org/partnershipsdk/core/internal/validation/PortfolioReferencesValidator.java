package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.CoFinancing;
import org.partnershipsdk.core.initiative.Evaluation;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.validation.constraints.PortfolioReferences;

/** Checks {@link PortfolioReferences}. Not for public use. */
public final class PortfolioReferencesValidator implements ConstraintValidator<PortfolioReferences, Portfolio> {
  private static final String UNKNOWN = "portfolio.reference.unknown";
  private static final String DUPLICATE = "portfolio.id.duplicate";

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    Check check = new Check(context);
    Set<Object> organisations = check.ids("organisations", portfolio.organisations(), o -> o.id());
    Set<Object> programmes = check.ids("programmes", portfolio.programmes(), p -> p.id());
    Set<Object> partnerships = check.ids("partnerships", portfolio.partnerships(), p -> p.id());
    Set<Object> initiatives = check.ids("initiatives", portfolio.initiatives(), i -> i.id());
    check.ids("missions", portfolio.missions(), m -> m.id());
    check.ids("assessments", portfolio.assessments(), a -> a.id());
    Set<Object> agreements = check.ids("agreements", portfolio.agreements(), a -> a.id());
    check.ids("transactions", portfolio.transactions(), t -> t.id());

    for (int p = 0; p < portfolio.programmes().size(); p++) {
      check.known(organisations, portfolio.programmes().get(p).operator(), "programmes", p, "operator");
    }
    for (int p = 0; p < portfolio.partnerships().size(); p++) {
      Partnership partnership = portfolio.partnerships().get(p);
      check.known(organisations, Optional.of(partnership.supportingOrganisation()), "partnerships", p,
          "supportingOrganisation");
      check.known(organisations, Optional.of(partnership.partner()), "partnerships", p, "partner");
      for (int i = 0; i < partnership.programmes().size(); i++) {
        check.known(programmes, Optional.of(partnership.programmes().get(i)), "partnerships", p, "programmes", i);
      }
    }
    for (int n = 0; n < portfolio.initiatives().size(); n++) {
      checkInitiative(check, portfolio.initiatives().get(n), n, organisations, programmes, partnerships);
      List<CoFinancing> shares = portfolio.initiatives().get(n).coFinancing();
      for (int i = 0; i < shares.size(); i++) {
        check.known(agreements, shares.get(i).agreement(), "initiatives", n, "coFinancing", i, "agreement");
      }
    }
    for (int m = 0; m < portfolio.missions().size(); m++) {
      VolunteerMission mission = portfolio.missions().get(m);
      check.known(programmes, mission.programme(), "missions", m, "programme");
      check.known(initiatives, mission.initiative(), "missions", m, "initiative");
      check.known(organisations, mission.holder(), "missions", m, "holder");
      check.known(organisations, mission.localPartner(), "missions", m, "localPartner");
      check.known(organisations, mission.volunteersStructure(), "missions", m, "volunteersStructure");
    }
    for (int a = 0; a < portfolio.assessments().size(); a++) {
      ReciprocityAssessment assessment = portfolio.assessments().get(a);
      check.known(partnerships, Optional.of(assessment.partnership()), "assessments", a, "partnership");
      for (int r = 0; r < assessment.responses().size(); r++) {
        check.known(organisations, Optional.of(assessment.responses().get(r).respondent()),
            "assessments", a, "responses", r, "respondent");
      }
    }
    checkMoney(check, portfolio, organisations, initiatives);
    return check.valid;
  }

  private static void checkMoney(Check check, Portfolio portfolio, Set<Object> organisations, Set<Object> initiatives) {
    Map<AgreementId, FundingAgreement> agreements = new HashMap<>();
    for (int a = 0; a < portfolio.agreements().size(); a++) {
      FundingAgreement agreement = portfolio.agreements().get(a);
      agreements.putIfAbsent(agreement.id(), agreement);
      check.known(organisations, agreement.funder(), "agreements", a, "funder");
      check.known(organisations, agreement.recipient(), "agreements", a, "recipient");
      for (int i = 0; i < agreement.initiatives().size(); i++) {
        check.known(initiatives, Optional.of(agreement.initiatives().get(i)), "agreements", a, "initiatives", i);
      }
    }
    for (int t = 0; t < portfolio.transactions().size(); t++) {
      Transaction transaction = portfolio.transactions().get(t);
      check.known(organisations, transaction.provider(), "transactions", t, "provider");
      check.known(organisations, transaction.receiver(), "transactions", t, "receiver");
      check.known(initiatives, transaction.initiative(), "transactions", t, "initiative");
      check.known(agreements.keySet(), transaction.agreement(), "transactions", t, "agreement");
      FundingAgreement agreement = transaction.agreement().map(agreements::get).orElse(null);
      if (agreement != null && transaction.tranche().isPresent()
          && agreement.tranche(transaction.tranche().getAsInt()).isEmpty()) {
        check.valid = false;
        ConstraintReports.reportAt(check.context, "portfolio.tranche.unknown",
            Map.of("agreement", agreement.id().value(), "tranche", transaction.tranche().getAsInt()),
            "transactions", t, "tranche");
      }
    }
  }

  private static void checkInitiative(Check check, Initiative initiative, int n, Set<Object> organisations,
      Set<Object> programmes, Set<Object> partnerships) {
    check.known(programmes, initiative.programme(), "initiatives", n, "programme");
    check.known(partnerships, initiative.partnership(), "initiatives", n, "partnership");
    for (int i = 0; i < initiative.participants().size(); i++) {
      check.known(organisations, Optional.of(initiative.participants().get(i).organisation()),
          "initiatives", n, "participants", i, "organisation");
    }
    for (int i = 0; i < initiative.coFinancing().size(); i++) {
      check.known(organisations, Optional.of(initiative.coFinancing().get(i).funder()),
          "initiatives", n, "coFinancing", i, "funder");
    }
    for (int e = 0; e < initiative.evaluations().size(); e++) {
      Evaluation evaluation = initiative.evaluations().get(e);
      for (Object id : evaluation.termsOfReferenceDraftedBy()) {
        check.known(organisations, Optional.of(id), "initiatives", n, "evaluations", e, "termsOfReferenceDraftedBy");
      }
      for (Object id : evaluation.consultantChosenBy()) {
        check.known(organisations, Optional.of(id), "initiatives", n, "evaluations", e, "consultantChosenBy");
      }
    }
    for (int f = 0; f < initiative.followUpContacts().size(); f++) {
      check.known(organisations, initiative.followUpContacts().get(f).by(), "initiatives", n, "followUpContacts", f, "by");
    }
  }

  private static final class Check {
    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Check(ConstraintValidatorContext context) {
      this.context = context;
    }

    <T> Set<Object> ids(String list, List<T> elements, Function<T, Object> id) {
      Set<Object> ids = new HashSet<>(elements.size() * 2);
      for (int i = 0; i < elements.size(); i++) {
        Object value = id.apply(elements.get(i));
        if (!ids.add(value)) {
          valid = false;
          ConstraintReports.reportAt(context, DUPLICATE, Map.of("id", value.toString()), list, i, "id");
        }
      }
      return ids;
    }

    void known(Set<?> ids, Optional<?> reference, Object... path) {
      if (reference.isPresent() && !ids.contains(reference.get())) {
        valid = false;
        ConstraintReports.reportAt(context, UNKNOWN, Map.of("id", reference.get().toString()), path);
      }
    }
  }
}

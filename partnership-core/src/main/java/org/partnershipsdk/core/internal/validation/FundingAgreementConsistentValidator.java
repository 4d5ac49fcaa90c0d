package org.partnershipsdk.core.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.ReportingObligation;
import org.partnershipsdk.core.funding.Tranche;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.validation.constraints.FundingAgreementConsistent;

/** Checks {@link FundingAgreementConsistent}. Not for public use. */
public final class FundingAgreementConsistentValidator
    implements ConstraintValidator<FundingAgreementConsistent, FundingAgreement> {
  private static final String TRANCHES = "tranches";

  @Override
  public boolean isValid(FundingAgreement agreement, ConstraintValidatorContext context) {
    if (agreement == null) {
      return true;
    }
    boolean valid = true;
    if (agreement.status().isSigned() && agreement.signedOn().isEmpty()) {
      ConstraintReports.report(context, "agreement.signature-date.missing", "signedOn",
          Map.of("status", agreement.status()));
      valid = false;
    }
    List<Tranche> tranches = agreement.tranches();
    Set<Integer> trancheNumbers = new HashSet<>();
    Set<Integer> reportNumbers = new HashSet<>();
    for (ReportingObligation report : agreement.reports()) {
      reportNumbers.add(report.number());
    }
    for (int i = 0; i < tranches.size(); i++) {
      Tranche tranche = tranches.get(i);
      if (!trancheNumbers.add(tranche.number())) {
        ConstraintReports.reportAt(context, "agreement.tranche.number-duplicate", Map.of("number", tranche.number()),
            TRANCHES, i, "number");
        valid = false;
      }
      valid &= withinPeriod(context, agreement.period(), tranche.plannedOn(), i, "plannedOn");
      valid &= withinPeriod(context, agreement.period(), tranche.paidOn(), i, "paidOn");
      valid &= inCurrency(context, agreement.amount(), tranche.amount(), i, "amount");
      valid &= inCurrency(context, agreement.amount(), tranche.paidAmount(), i, "paidAmount");
      if (tranche.afterReport().isPresent() && !reportNumbers.contains(tranche.afterReport().getAsInt())) {
        ConstraintReports.reportAt(context, "agreement.tranche.report-unknown",
            Map.of("number", tranche.number(), "report", tranche.afterReport().getAsInt()), TRANCHES, i, "afterReport");
        valid = false;
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < agreement.reports().size(); i++) {
      int number = agreement.reports().get(i).number();
      if (!seen.add(number)) {
        ConstraintReports.reportAt(context, "agreement.report.number-duplicate", Map.of("number", number),
            "reports", i, "number");
        valid = false;
      }
    }
    return valid & tranchesWithinAmount(context, agreement);
  }

  private static boolean withinPeriod(ConstraintValidatorContext context, Period period, Optional<LocalDate> day,
      int tranche, String property) {
    if (day.isEmpty() || period.contains(day.get())) {
      return true;
    }
    ConstraintReports.reportAt(context, "agreement.tranche.outside-period",
        Map.of("day", day.get(), "start", shown(period.start()), "end", shown(period.end())), TRANCHES, tranche, property);
    return false;
  }

  private static boolean inCurrency(ConstraintValidatorContext context, Optional<Money> agreed, Optional<Money> amount,
      int tranche, String property) {
    if (agreed.isEmpty() || amount.isEmpty() || agreed.get().hasSameCurrencyAs(amount.get())) {
      return true;
    }
    ConstraintReports.reportAt(context, "agreement.currency-mismatch",
        Map.of("currency", amount.get().currency(), "agreementCurrency", agreed.get().currency()),
        TRANCHES, tranche, property);
    return false;
  }

  /** Tranches planned in the agreement's currency add up to no more than its amount. */
  private static boolean tranchesWithinAmount(ConstraintValidatorContext context, FundingAgreement agreement) {
    if (agreement.amount().isEmpty() || agreement.amount().get().amount().signum() < 0) {
      return true;
    }
    Money agreed = agreement.amount().get();
    BigDecimal total = BigDecimal.ZERO;
    for (Tranche tranche : agreement.tranches()) {
      if (tranche.amount().filter(agreed::hasSameCurrencyAs).isPresent()) {
        total = total.add(tranche.amount().get().amount());
      }
    }
    if (total.compareTo(agreed.amount()) <= 0) {
      return true;
    }
    ConstraintReports.report(context, "agreement.tranches.exceed-amount", TRANCHES,
        Map.of("total", Money.of(total, agreed.currency()), "amount", agreed));
    return false;
  }

  private static Object shown(Optional<LocalDate> day) {
    return day.map(Object.class::cast).orElse("…");
  }

}

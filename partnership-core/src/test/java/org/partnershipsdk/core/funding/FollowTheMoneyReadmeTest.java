package org.partnershipsdk.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.CurrencyMismatchException;
import org.partnershipsdk.core.model.DocumentCategory;
import org.partnershipsdk.core.model.DocumentLink;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.TransactionId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.rules.Profiles;
import org.partnershipsdk.core.rules.RulesEngine;
import org.partnershipsdk.core.validation.ModelValidator;

/** The top-level README's "Follow the money" example, line for line. */
class FollowTheMoneyReadmeTest {
  private final Clock clock = Clock.fixed(LocalDate.of(2022, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
      ZoneOffset.UTC);

  @Test
  void aTranchePaidBeforeItsReportWasAcceptedIsReported() {
    FundingAgreement agreement = FundingAgreement.builder()
        .id(AgreementId.of("agreement-2022"))
        .title("Convention de financement 2022–2024")
        .funder(OrganisationId.of("funder")).recipient(OrganisationId.of("partner"))
        .amount(Money.of("30000", "EUR"))
        .period(Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
        .status(AgreementStatus.SIGNED).signedOn(LocalDate.of(2021, 12, 15))
        .addReports(ReportingObligation.builder().number(1).kind(ReportKind.NARRATIVE)
            .dueOn(LocalDate.of(2022, 9, 30)).submittedOn(LocalDate.of(2022, 10, 10))
            .acceptedOn(LocalDate.of(2022, 11, 14)).build())
        .addTranches(Tranche.builder().number(1).amount(Money.of("10000", "EUR")).afterReport(1)
            .status(TrancheStatus.PAID).paidOn(LocalDate.of(2022, 10, 3)).build())
        .build();
    Transaction paid = Transaction.builder().id(TransactionId.of("transfer-2022-10-03"))
        .kind(TransactionKind.DISBURSEMENT).date(LocalDate.of(2022, 10, 3)).amount(Money.of("10000", "EUR"))
        .agreement(agreement.id()).tranche(1)
        .addDocuments(DocumentLink.of("Avis de virement", DocumentCategory.OTHER,
            URI.create("https://example.org/transfer.pdf")))
        .build();
    Portfolio portfolio = Portfolio.builder().addAgreements(agreement).addTransactions(paid).build();

    assertThat(RulesEngine.of(Profiles.standard(), clock).evaluate(portfolio).findings())
        .extracting(f -> f.ruleId() + " " + f.path() + ": " + f.message(Locale.ENGLISH))
        .containsExactly("agreement.tranche.paid-before-report tranches[0].paidOn: Tranche 1 was paid on October 3, 2022,"
            + " but report 1, which it waits for, was not accepted then (accepted: November 14, 2022)");
    // The parties are not in this portfolio: the references are what validation reports, nothing else.
    assertThat(ModelValidator.create().validate(portfolio).violations()).extracting(v -> v.code() + " " + v.path())
        .containsExactly("portfolio.reference.unknown agreements[0].funder",
            "portfolio.reference.unknown agreements[0].recipient");
  }

  @Test
  void euroAndCfaFrancsAreNotAddedWithoutARate() {
    assertThatThrownBy(() -> Money.total(CurrencyCode.EUR, List.of(Money.of("30000", "EUR"), Money.of("5000000", "XOF"))))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Amounts in EUR and XOF cannot be added without a stated rate");
  }
}

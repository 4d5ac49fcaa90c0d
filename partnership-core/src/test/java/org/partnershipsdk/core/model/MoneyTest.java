package org.partnershipsdk.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.validation.ModelValidator;

class MoneyTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void amountsAreComparedAsValuesWhateverTheirTrailingZeros() {
    assertThat(Money.of("1200.50", "EUR")).isEqualTo(Money.of("1200.5", "eur"));
    assertThat(Money.of("1200.50", "EUR").amount()).isEqualByComparingTo("1200.5");
    assertThat(Money.of("1E+3", "EUR").amount().toPlainString()).isEqualTo("1000");
    assertThat(Money.of("1200.50", "EUR")).hasToString("1200.5 EUR");
  }

  @Test
  void addsAndComparesAmountsOfOneCurrency() {
    Money sum = Money.of("460000", "EUR").plus(Money.of("0.10", "EUR"));
    assertThat(sum).isEqualTo(Money.of(new BigDecimal("460000.1"), CurrencyCode.EUR));
    assertThat(Money.of("1", "XOF").compareTo(Money.of("2", "XOF"))).isNegative();
  }

  @Test
  void refusesToMixCurrenciesWithAStableCodeInBothLanguages() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "XOF")))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.code()).isEqualTo("money.currency-mismatch");
          assertThat(e.getMessage()).contains("EUR", "XOF");
          assertThat(e.getMessage(Locale.FRENCH)).contains("taux de change");
        });
  }

  @Test
  void nullAmountIsAnIncompleteValueNotANullPointer() {
    assertThatThrownBy(() -> Money.of((String) null, "EUR")).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void validationFlagsNegativeAmountsAndUndefinedCurrencies() {
    var report = validator.validate(Money.of("-5", "EUX"));
    assertThat(report.violations()).extracting(v -> v.code() + "@" + v.path())
        .containsExactly("value.positive-or-zero@amount", "currency.undefined@currency");
    assertThat(validator.validate(Money.of("5", "XOF")).isValid()).isTrue();
  }

  @Test
  void addsUpAmountsOfOneCurrencyAndSaysWhichCurrenciesMetOtherwise() {
    assertThat(Money.total(CurrencyCode.EUR, java.util.List.of(Money.of("18000", "EUR"), Money.of("15000.50", "EUR"))))
        .isEqualTo(Money.of("33000.5", "EUR"));
    assertThat(Money.total(CurrencyCode.of("XOF"), java.util.List.of())).isEqualTo(Money.of("0", "XOF"));
    assertThatThrownBy(() -> Money.total(CurrencyCode.EUR, java.util.List.of(Money.of("1", "EUR"), Money.of("5", "XOF"))))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> assertThat(e.getMessage()).contains("EUR", "XOF"));
    assertThatThrownBy(() -> Money.total(null, java.util.List.of())).isInstanceOf(IncompleteValueException.class);
    assertThatThrownBy(() -> Money.total(CurrencyCode.EUR, java.util.Arrays.asList(Money.of("1", "EUR"), null)))
        .isInstanceOf(IncompleteValueException.class);
  }

  @Test
  void convertsOnlyAtTheRateTheCallerStates() {
    Money francs = Money.of("5000000", "XOF");
    assertThat(francs.convertedTo(CurrencyCode.EUR, new BigDecimal("0.001524"))).isEqualTo(Money.of("7620", "EUR"));
    assertThat(francs.convertedTo(CurrencyCode.of("XOF"), new BigDecimal("2"))).isSameAs(francs);
    assertThatThrownBy(() -> francs.convertedTo(CurrencyCode.EUR, null)).isInstanceOf(IncompleteValueException.class);
  }
}

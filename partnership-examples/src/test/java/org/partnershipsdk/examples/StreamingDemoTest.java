package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.CurrencyCode;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.json.DocumentType;
import org.partnershipsdk.json.PartnershipJson;

/**
 * {@link StreamingDemo} on a few hundred initiatives instead of a million: what it counts while
 * streaming is what a whole read of the file it wrote gives.
 */
class StreamingDemoTest {

  @Test
  void theStreamedCountsAreThoseOfTheWholeFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("portfolio.json");

    List<String> lines = Console.run(StreamingDemo::main, "300", file.toString());

    Portfolio whole = PartnershipJson.create().read(DocumentType.PORTFOLIO, file);
    List<Initiative> initiatives = whole.initiatives();
    BigDecimal euros = initiatives.stream()
        .map(i -> i.budget().filter(b -> b.currency().equals(CurrencyCode.EUR)).map(Money::amount).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(initiatives).hasSize(300).extracting(i -> i.id().value()).startsWith("initiative-1", "initiative-2");
    assertThat(lines).anyMatch(line -> line.startsWith("Generated and written: 300 initiatives, "))
        .anyMatch(line -> line.startsWith("Read: 300 initiatives, "))
        .contains(String.format(Locale.ROOT, "  %d co-constructed, %d direct beneficiaries, budgets in euros: %s EUR",
            initiatives.stream().filter(Initiative::isCoConstructed).count(),
            initiatives.stream().mapToLong(i -> i.beneficiaries().direct().orElse(0)).sum(),
            euros.toPlainString()));
  }
}

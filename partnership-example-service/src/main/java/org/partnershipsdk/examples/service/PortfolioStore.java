package org.partnershipsdk.examples.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.testkit.RealCases;
import org.springframework.stereotype.Component;

/** The service's portfolio, in memory: the real cases, and the initiatives added since it started. */
@Component
public class PortfolioStore {
  private final AtomicReference<Portfolio> portfolio = new AtomicReference<>(RealCases.portfolio());

  /** @return the portfolio as it is now */
  public Portfolio portfolio() {
    return portfolio.get();
  }

  /**
   * @param id an initiative's identifier
   * @return the initiative, if the portfolio holds it
   */
  public Optional<Initiative> initiative(InitiativeId id) {
    return portfolio.get().initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * @param initiative an initiative to add, or to put in place of the one with its identifier
   * @return the portfolio with it
   */
  public Portfolio put(Initiative initiative) {
    return portfolio.updateAndGet(current -> {
      List<Initiative> initiatives = new ArrayList<>(current.initiatives());
      initiatives.removeIf(i -> i.id().equals(initiative.id()));
      initiatives.add(initiative);
      return current.withInitiatives(initiatives);
    });
  }
}

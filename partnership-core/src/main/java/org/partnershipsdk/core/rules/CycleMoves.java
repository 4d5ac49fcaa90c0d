package org.partnershipsdk.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsdk.core.cycle.CycleGuard;
import org.partnershipsdk.core.cycle.CycleModel;
import org.partnershipsdk.core.cycle.CycleModels;
import org.partnershipsdk.core.cycle.ProjectCycle;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.cycle.StageEntry;
import org.partnershipsdk.core.cycle.Transition;
import org.partnershipsdk.core.cycle.TransitionRefusal;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.internal.CodedText;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;

/**
 * Moves initiatives through their cycle as their programme says: with the programme's
 * {@linkplain Programme#cycle() cycle model} (the {@linkplain CycleModels#standard() standard} one
 * otherwise) and its guards, each a rule run on the initiative as it would be after the move, with
 * the parameters of the profile that judges the initiative. A refused move returns every reason at
 * once: the model's ({@code cycle.stage.skipped}...) and each unmet guard's
 * ({@code cycle.guard.unmet}, naming the rule and its finding).
 *
 * <pre>{@code
 * CycleMoves moves = CycleMoves.of(portfolio, clock);
 * Transition<Initiative> moved = moves.moveTo(initiative, Stage.IMPLEMENTATION, LocalDate.of(2024, 3, 1));
 * moved.refusals().forEach(r -> System.out.println(r.code() + ": " + r.message(Locale.ENGLISH)));
 * // cycle.guard.unmet: “Implementation” cannot be entered yet: Implementation began on 2024-03-01, but none
 * //   of its agreements was signed by then (…) (initiative.implementation.agreement-unsigned)
 * }</pre>
 *
 * <p>The portfolio is where programmes and agreements are looked up; the initiative moved need not
 * be in it yet, and the moved initiative is not put there: replace it yourself. Instances are
 * immutable and thread-safe if the rules of the guards are.
 */
public final class CycleMoves {
  private final PortfolioIndex index;
  private final ProgrammeProfiles profiles;
  private final Clock clock;

  private CycleMoves(PortfolioIndex index, ProgrammeProfiles profiles, Clock clock) {
    this.index = index;
    this.profiles = profiles;
    this.clock = clock;
  }

  /**
   * @param portfolio where programmes, agreements and the rest are looked up
   * @param clock the clock the guards' rules read
   * @return moves with the built-in profiles: {@code of(portfolio, ProgrammeProfiles.builtIn(), clock)}
   */
  public static CycleMoves of(Portfolio portfolio, Clock clock) {
    return of(portfolio, ProgrammeProfiles.builtIn(), clock);
  }

  /**
   * @param portfolio where programmes, agreements and the rest are looked up
   * @param profiles the profiles programmes may name: the guards' rules and parameters come from them
   * @param clock the clock the guards' rules read
   * @return moves in that portfolio
   */
  public static CycleMoves of(Portfolio portfolio, ProgrammeProfiles profiles, Clock clock) {
    if (portfolio == null || profiles == null || clock == null) {
      throw new IncompleteValueException(portfolio == null ? "portfolio" : profiles == null ? "profiles" : "clock");
    }
    return new CycleMoves(new PortfolioIndex(portfolio), profiles, clock);
  }

  /**
   * @param initiative an initiative
   * @return the cycle model of its programme, or the standard one
   */
  public CycleModel modelOf(Initiative initiative) {
    if (initiative == null) {
      throw new IncompleteValueException("initiative");
    }
    return programmeOf(initiative).map(Programme::cycleModel).orElse(CycleModels.standard());
  }

  /**
   * @param initiative an initiative
   * @return the profile that judges it: its programme's, or the default one
   * @throws RuleConfigurationException if its programme's profile settings cannot be applied
   */
  public Profile profileOf(Initiative initiative) {
    if (initiative == null) {
      throw new IncompleteValueException("initiative");
    }
    Optional<Programme> programme = programmeOf(initiative);
    return programme.isPresent() ? profiles.profileOf(programme.get()) : profiles.defaultProfile();
  }

  /**
   * @param initiative the initiative to move
   * @param stage the stage to enter
   * @param date the day it is entered
   * @return the moved initiative, or every reason it cannot move
   * @throws RuleConfigurationException if a guard names a rule the initiative's profile and the
   *     built-in rules do not have, or one that does not check initiatives
   */
  public Transition<Initiative> moveTo(Initiative initiative, Stage stage, LocalDate date) {
    return moveTo(initiative, StageEntry.of(stage, date));
  }

  /**
   * @param initiative the initiative to move
   * @param stage the stage to enter
   * @param date the day it is entered
   * @param reason why
   * @return the moved initiative, or every reason it cannot move
   * @throws RuleConfigurationException as {@link #moveTo(Initiative, Stage, LocalDate)}
   */
  public Transition<Initiative> moveTo(Initiative initiative, Stage stage, LocalDate date, String reason) {
    return moveTo(initiative, StageEntry.of(stage, date, reason));
  }

  /**
   * @param initiative the initiative to move
   * @param entry the stage to enter, its date and reason
   * @return the moved initiative, or every reason it cannot move: the cycle model's, then each unmet
   *     guard's, in the model's order
   * @throws RuleConfigurationException as {@link #moveTo(Initiative, Stage, LocalDate)}
   */
  public Transition<Initiative> moveTo(Initiative initiative, StageEntry entry) {
    if (initiative == null || entry == null) {
      throw new IncompleteValueException(initiative == null ? "initiative" : "entry");
    }
    CycleModel model = modelOf(initiative);
    List<TransitionRefusal> refusals = new ArrayList<>(model.refusals(initiative.cycle().entries(), entry));
    List<StageEntry> entries = new ArrayList<>(initiative.cycle().entries());
    entries.add(entry);
    Initiative moved = initiative.withCycle(ProjectCycle.of(entries));
    List<CycleGuard> guards = model.guardsOn(entry.stage());
    if (!guards.isEmpty()) {
      Profile profile = profileOf(initiative);
      for (CycleGuard guard : guards) {
        check(guard, profile, moved, refusals);
      }
    }
    return refusals.isEmpty() ? Transition.of(moved) : Transition.refused(refusals);
  }

  @SuppressWarnings("unchecked") // the rule's subject is checked to be initiatives
  private void check(CycleGuard guard, Profile profile, Initiative moved, List<TransitionRefusal> refusals) {
    Rule<?> found = profile.rule(guard.rule()).or(() -> BuiltInRules.byId(guard.rule()))
        .orElseThrow(() -> RuleConfigurationException.unknownRule(guard.rule()));
    if (found.info().subject() != Subject.INITIATIVE) {
      throw RuleConfigurationException.guardNotOnInitiatives(guard.rule());
    }
    Rule<Initiative> rule = (Rule<Initiative>) found;
    RuleInfo<Initiative> info = rule.info();
    rule.check(moved, new RunContext(clock, profile, info.id(), index), (path, arguments) -> {
      Finding finding = new Finding(info.id(), info.severity(), Subject.INITIATIVE.refer(moved),
          path == null ? "" : path, Map.copyOf(arguments), info.message(), profile.name());
      refusals.add(new TransitionRefusal("cycle.guard.unmet", "stage",
          Map.of("to", guard.stage(), "rule", info.id(), "finding",
              new CodedText(info.id(), finding, finding::message))));
    });
  }

  private Optional<Programme> programmeOf(Initiative initiative) {
    return initiative.programme().map(index.programmes::get);
  }
}

package org.partnershipsdk.rules.cel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.runtime.CelEvaluationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.funding.FundingAgreement;
import org.partnershipsdk.core.funding.Transaction;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.mission.VolunteerMission;
import org.partnershipsdk.core.model.AgreementId;
import org.partnershipsdk.core.model.InitiativeId;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.PartnershipId;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.reciprocity.ReciprocityAssessment;
import org.partnershipsdk.core.rules.Parameter;
import org.partnershipsdk.core.rules.RuleContext;
import org.partnershipsdk.rules.cel.RuleFiles;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.Seeds;

/**
 * The closures {@link Compiler} makes give what CEL's own interpreter gives, value for value and
 * failure for failure, over generated initiatives and missions; and the shipped twins all run as
 * closures.
 */
class CompilerTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  private static final Map<String, Expressions.Compiled> COMPILED = new java.util.HashMap<>();

  @Test
  void closuresAndCelsInterpreterAgreeOnEveryExpressionOverGeneratedElements() throws Exception {
    int compared = 0;
    int failures = 0;
    for (long seed : Seeds.list(60)) {
      Portfolio portfolio = Generators.portfolios().generate(GenContext.of(seed));
      RuleContext context = context(portfolio);
      for (Initiative initiative : portfolio.initiatives()) {
        for (String expression : Corpus.INITIATIVE) {
          failures += compare(Types.INITIATIVE, "initiative", Types.INITIATIVE.wrap(initiative), expression, context);
          compared++;
        }
      }
      for (VolunteerMission mission : portfolio.missions()) {
        for (String expression : Corpus.MISSION) {
          failures += compare(Types.MISSION, "mission", Types.MISSION.wrap(mission), expression, context);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1_000);
    assertThat(failures).as("evaluations where both failed: the corpus exercises errors too").isPositive()
        .isLessThan(compared);
  }

  @Test
  void everyExpressionOfTheShippedTwinsRunsAsClosures() {
    Path twins = Path.of("..", "partnership-examples", "src", "main", "resources", "examples", "rules",
        "funder-twins.rules.yaml");
    assertThat(RuleFiles.load(twins).rules()).hasSize(15);
    for (String expression : Corpus.TWINS) {
      String subject = expression.startsWith("mission") || expression.contains("(mission") ? "mission" : "initiative";
      StructDef<?> def = subject.equals("mission") ? Types.MISSION : Types.INITIATIVE;
      var compiled = Expressions.compile(Expressions.environment(def, subject, Map.of("months", dev.cel.common.types
          .SimpleType.INT, "graceDays", dev.cel.common.types.SimpleType.INT), null), expression);
      assertThat(compiled.issues()).as(expression).isEmpty();
      assertThat(Compiler.compile(compiled.ast())).as(expression).isPresent();
    }
  }

  /** @return 1 when both failed, 0 when both gave the same value */
  private static int compare(StructDef<?> def, String variable, Object value, String expression, RuleContext context)
      throws CelEvaluationException {
    var compiled = COMPILED.computeIfAbsent(variable + " " + expression, key -> Expressions.compile(
        Expressions.environment(def, variable, Map.of("months", dev.cel.common.types.SimpleType.INT), null),
        expression));
    assertThat(compiled.issues()).as(expression).isEmpty();
    Compiler.Compiled closures = Compiler.compile(compiled.ast()).orElseThrow(() ->
        new AssertionError("not compiled: " + expression));
    Map<String, Object> variables = Map.of(variable, value, "today", TODAY, "params.months", 6L);
    Object[] cel = new Object[1];
    Object[] ours = new Object[1];
    RuntimeException[] celFailure = new RuntimeException[1];
    RuntimeException[] ourFailure = new RuntimeException[1];
    Functions.within(context, () -> {
      try {
        cel[0] = compiled.program().eval(variables);
      } catch (CelEvaluationException | RuntimeException e) {
        celFailure[0] = new RuntimeException(e);
      }
      try {
        ours[0] = closures.eval(name -> Optional.ofNullable(variables.get(name)));
      } catch (RuntimeException e) {
        ourFailure[0] = e;
      }
    });
    assertThat(ourFailure[0] == null).as("%s fails in both or neither: CEL %s, ours %s on %s", expression,
        celFailure[0], ourFailure[0], value).isEqualTo(celFailure[0] == null);
    if (celFailure[0] == null) {
      assertThat(normal(ours[0])).as("%s on %s", expression, value).isEqualTo(normal(cel[0]));
      return 0;
    }
    return 1;
  }

  private static Object normal(Object value) {
    if (value instanceof ModelValue<?> model) {
      return model.value();
    }
    if (value instanceof List<?> list) {
      List<Object> normal = new ArrayList<>();
      list.forEach(item -> normal.add(normal(item)));
      return normal;
    }
    return value instanceof Integer number ? (Object) number.longValue() : value;
  }

  static RuleContext context(Portfolio portfolio) {
    return new RuleContext() {
      @Override
      public Clock clock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
      }

      @Override
      public <T> T parameter(Parameter<T> parameter) {
        return parameter.defaultValue();
      }

      @Override
      public Portfolio portfolio() {
        return portfolio;
      }

      @Override
      public Optional<Organisation> organisation(OrganisationId id) {
        return portfolio.organisations().stream().filter(o -> o.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Programme> programme(ProgrammeId id) {
        return portfolio.programmes().stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Partnership> partnership(PartnershipId id) {
        return portfolio.partnerships().stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public Optional<Initiative> initiative(InitiativeId id) {
        return portfolio.initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
      }

      @Override
      public List<ReciprocityAssessment> assessmentsOf(PartnershipId id) {
        return portfolio.assessments().stream().filter(a -> a.partnership().equals(id)).toList();
      }

      @Override
      public List<VolunteerMission> missionsOf(InitiativeId id) {
        return portfolio.missions().stream().filter(m -> m.initiative().filter(id::equals).isPresent()).toList();
      }

      @Override
      public Optional<FundingAgreement> agreement(AgreementId id) {
        return portfolio.agreements().stream().filter(a -> a.id().equals(id)).findFirst();
      }

      @Override
      public List<FundingAgreement> agreementsOf(InitiativeId id) {
        return portfolio.agreements().stream().filter(a -> a.initiatives().contains(id)).toList();
      }

      @Override
      public List<Transaction> transactionsOf(AgreementId id) {
        return portfolio.transactions().stream().filter(t -> t.agreement().filter(id::equals).isPresent()).toList();
      }
    };
  }
}

package org.partnershipsdk.benchmarks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.benchmarks.Portfolios;
import org.partnershipsdk.core.initiative.Initiative;
import org.partnershipsdk.core.organisation.Organisation;
import org.partnershipsdk.core.partnership.Partnership;
import org.partnershipsdk.core.portfolio.Portfolio;
import org.partnershipsdk.core.programme.Programme;
import org.partnershipsdk.core.results.Indicator;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.testkit.Broken;
import org.partnershipsdk.testkit.Defect;
import org.partnershipsdk.testkit.GenContext;
import org.partnershipsdk.testkit.Generators;
import org.partnershipsdk.testkit.RealCases;
import org.partnershipsdk.testkit.Seeds;

/** The baseline is honest only if it finds what validation finds: the same codes at the same paths. */
class PlainChecksTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final Set<Class<?>> COVERED =
      Set.of(Initiative.class, Organisation.class, Programme.class, Partnership.class, Portfolio.class, Indicator.class);

  @Test
  void theBenchmarkValuesAreValidForBoth() {
    Portfolio portfolio = Portfolios.withoutMissionsOrAssessments(2_000);

    assertThat(VALIDATOR.validate(portfolio).violations()).isEmpty();
    assertThat(PlainChecks.of(portfolio)).isEmpty();
    assertThat(VALIDATOR.validate(RealCases.comasaguaMontauban()).violations()).isEmpty();
    assertThat(PlainChecks.of(RealCases.comasaguaMontauban())).isEmpty();
  }

  @Test
  void findsEachDefectWhereValidationDoes() {
    List<Defect> defects = EnumSet.allOf(Defect.class).stream().filter(d -> COVERED.contains(d.type())).toList();
    assertThat(defects).hasSizeGreaterThan(20);
    for (Defect defect : defects) {
      for (long seed : Seeds.list(20)) {
        Broken<?> broken = Generators.withDefect(defect).generate(GenContext.of(seed));
        Object value = withoutMissionsAndAssessments(broken.value());
        List<String> plain = problems(value);
        assertThat(plain).as("%s, seed %d", defect, seed).containsExactlyInAnyOrderElementsOf(violations(value));
        if (value == broken.value()) {
          assertThat(plain).as("%s, seed %d", defect, seed).contains(broken.code() + " " + broken.path());
        }
      }
    }
  }

  @Test
  void findsWhatValidationFindsOnGeneratedValues() {
    for (long seed : Seeds.list(100)) {
      GenContext context = GenContext.of(seed, 8);
      for (Object value : List.of(Generators.initiatives().generate(context), Generators.organisations().generate(context),
          Generators.programmes().generate(context), Generators.partnerships().generate(context),
          withoutMissionsAndAssessments(Generators.portfolios().generate(context)))) {
        assertThat(problems(value)).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(violations(value));
      }
    }
  }

  private static Object withoutMissionsAndAssessments(Object value) {
    return value instanceof Portfolio portfolio && (!portfolio.missions().isEmpty() || !portfolio.assessments().isEmpty()
        || !portfolio.agreements().isEmpty() || !portfolio.transactions().isEmpty())
        ? portfolio.withMissions(List.of()).withAssessments(List.of()).withAgreements(List.of())
            .withTransactions(List.of())
        : value;
  }

  private static List<String> problems(Object value) {
    return PlainChecks.of(value).stream().map(p -> p.code() + " " + p.path()).toList();
  }

  private static List<String> violations(Object value) {
    return VALIDATOR.validate(value).violations().stream().map(v -> v.code() + " " + v.path()).toList();
  }
}

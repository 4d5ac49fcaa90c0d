package org.partnershipsdk.core.results;

import java.time.LocalDate;
import org.partnershipsdk.core.model.Money;

/**
 * Results frameworks drawn from the real cases of the domain (Grdr 2023, Fonda 2020). Names and figures
 * come from the seeds; dates and the cost are illustrative, the seeds give none.
 */
final class ResultsExamples {
  private ResultsExamples() {}

  /** EXPLOR, Benin, Kpomassé: 15 employees of the tomato-preserve unit trained in bottling. */
  static Indicator employeesTrained() {
    return Indicator.builder()
        .name("Number of employees of the production unit trained in bottling")
        .measure(IndicatorMeasure.NUMBER)
        .unit("employees")
        .baseline(IndicatorValue.ofNumber(0).withDate(LocalDate.of(2022, 3, 1)))
        .addTarget(IndicatorValue.ofNumber(15).withDate(LocalDate.of(2022, 12, 31)))
        .addMeasurement(IndicatorValue.ofNumber(15)
            .withDate(LocalDate.of(2022, 11, 30))
            .withSourceOfVerification("Return report of the Les Anges Gardins volunteer"))
        .build();
  }

  /** EXPLOR, Benin, Kpomassé: a sanitary control plan meeting the health agency's requirements. */
  static Indicator sanitaryPlan() {
    return Indicator.builder()
        .name("Sanitary control plan conforming to the health agency's requirements")
        .measure(IndicatorMeasure.YES_NO)
        .baseline(IndicatorValue.ofYesNo(false).withDate(LocalDate.of(2022, 3, 1)))
        .addTarget(IndicatorValue.ofYesNo(true).withDate(LocalDate.of(2022, 12, 31)))
        .addMeasurement(IndicatorValue.ofYesNo(true).withDate(LocalDate.of(2022, 11, 30))
            .withSourceOfVerification("Sanitary control plan handed over to CRIPADD"))
        .build();
  }

  /** The Kpomassé tomato-preserve initiative held by AHPA with CRIPADD. */
  static ResultsFramework kpomasse() {
    return ResultsFramework.builder()
        .overallObjective(OverallObjective.of(
            "Local tomato-preserve production strengthens the economy of the commune of Kpomassé"))
        .addSpecificObjective(SpecificObjective.builder()
            .statement("The production unit sells tomato preserves of guaranteed quality")
            .addIndicator(Indicator.builder()
                .name("Marketing authorisation certificate obtained")
                .measure(IndicatorMeasure.YES_NO)
                .baseline(IndicatorValue.ofYesNo(false))
                .addTarget(IndicatorValue.ofYesNo(true))
                .build())
            .addAssumption("The health agency examines the application within the initiative's time")
            .addExpectedResult(ExpectedResult.builder()
                .statement("Employees of the production unit are trained in bottling")
                .addIndicator(employeesTrained())
                .addActivity(Activity.builder()
                    .statement("Train the employees in bottling during an 8-day volunteer mission")
                    .means("One volunteer from Les Anges Gardins; bottling equipment of the unit")
                    .cost(Money.of("2500", "EUR"))
                    .addAssumption("The employees are available during the mission")
                    .build())
                .build())
            .addExpectedResult(ExpectedResult.builder()
                .statement("The unit has a sanitary control plan")
                .addIndicator(sanitaryPlan())
                .addActivity(Activity.builder()
                    .statement("Draw up the sanitary control plan and send a sample to a partner laboratory")
                    .build())
                .build())
            .build())
        .build();
  }

  /** CAAC 2015–2018, Comasagua ↔ Montauban: 300 people in precarity reached by the solidarity garden. */
  static Indicator peopleReachedInMontauban() {
    return Indicator.builder()
        .name("Number of people in economic and social precarity taking part in the solidarity garden")
        .measure(IndicatorMeasure.NUMBER)
        .unit("people")
        .baseline(IndicatorValue.ofNumber(0).withDate(LocalDate.of(2015, 1, 1)))
        .addTarget(IndicatorValue.ofNumber(300).withDate(LocalDate.of(2018, 12, 31)))
        .addMeasurement(IndicatorValue.ofNumber(300).withDate(LocalDate.of(2018, 12, 31))
            .withSourceOfVerification("Capitalisation of the CAAC programme"))
        .build();
  }

  /** "Des paniers paysans de Comasagua au jardin solidaire de Montauban". */
  static ResultsFramework comasaguaMontauban() {
    return ResultsFramework.builder()
        .overallObjective(OverallObjective.builder()
            .statement("Recreate social ties and give people in precarity perspective, recognition and self-esteem")
            .addIndicator(Indicator.builder()
                .name("How participants describe their self-esteem and social ties")
                .measure(IndicatorMeasure.QUALITATIVE)
                .build())
            .build())
        .addSpecificObjective(SpecificObjective.builder()
            .statement("Young people and women of Comasagua grow vegetables on market-garden plots")
            .addExpectedResult(ExpectedResult.builder()
                .statement("Farmers' baskets are supplied by the Canasta Campesina cooperative")
                .build())
            .build())
        .addSpecificObjective(SpecificObjective.builder()
            .statement("The Montauban solidarity garden brings together people in precarity, "
                + "an agricultural lycée and organic farmers")
            .addIndicator(peopleReachedInMontauban())
            .addAssumption("The Capou agricultural lycée and GAB 65 keep supporting the garden")
            .addExpectedResult(ExpectedResult.builder()
                .statement("The garden is run with the Capou agricultural lycée and GAB 65")
                .addActivity(Activity.builder()
                    .statement("Hold gardening sessions with organic farmers")
                    .addIndicator(Indicator.builder()
                        .name("Share of sessions led jointly with an organic farmer")
                        .measure(IndicatorMeasure.PERCENTAGE)
                        .build())
                    .build())
                .build())
            .build())
        .build();
  }
}

package org.partnershipsdk.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.model.OrganisationId;
import org.partnershipsdk.core.model.Period;
import org.partnershipsdk.core.model.ProgrammeId;
import org.partnershipsdk.core.model.Territory;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.validation.ModelValidator;
import org.partnershipsdk.core.validation.Violation;

class ProgrammeTest {

  private static List<Violation> violations(Object value) {
    return ModelValidator.create().validate(value).violations();
  }

  private static ProgrammePhase phase(String name, LocalDate start, LocalDate end) {
    Period.Builder period = Period.builder();
    if (start != null) {
      period.start(start);
    }
    if (end != null) {
      period.end(end);
    }
    return ProgrammePhase.of(name, period.build());
  }

  private static List<Violation> phasesViolations(ProgrammePhase... phases) {
    return violations(ProgrammeExamples.caac().withPhases(phases));
  }

  @Test
  void caacAndExplorValidateClean() {
    assertThat(violations(ProgrammeExamples.caac())).isEmpty();
    assertThat(violations(ProgrammeExamples.explor())).isEmpty();
  }

  @Test
  void caacHasItsOperatorAndPhases() {
    Programme caac = ProgrammeExamples.caac();

    assertThat(caac.acronym()).contains("CAAC");
    assertThat(caac.operator()).contains(OrganisationId.of("cfsi"));
    assertThat(caac.since()).contains(Year.of(2014));
    assertThat(caac.phases()).extracting(ProgrammePhase::name).containsExactly("CAAC 1", "CAAC 2", "CAAC 3");
    assertThat(caac.phases().get(2).period().days()).hasValue(1096);
    assertThat(caac.regions()).isEmpty();
  }

  @Test
  void explorHasItsOperatorAndRegions() {
    Programme explor = ProgrammeExamples.explor();

    assertThat(explor.operator()).contains(OrganisationId.of("lianes-cooperation"));
    assertThat(explor.since()).contains(Year.of(2021));
    assertThat(explor.regions()).extracting(Territory::name)
        .containsExactly("Centre-Val de Loire", "Pays de la Loire", "Hauts-de-France", "Auvergne-Rhône-Alpes");
    assertThat(explor.regions()).allSatisfy(region -> assertThat(region.isInFrance()).isTrue());
    assertThat(explor.phases()).isEmpty();
  }

  @Test
  void withCopiesAndEquality() {
    Programme explor = ProgrammeExamples.explor();

    Programme before = Programme.builder().from(explor).regions(explor.regions().subList(0, 3)).build();

    assertThat(before.regions()).hasSize(3);
    assertThat(explor.regions()).hasSize(4);
    assertThat(explor.withDescription("Missions courtes").description()).contains("Missions courtes");
    assertThat(explor).isEqualTo(ProgrammeExamples.explor()).hasSameHashCodeAs(ProgrammeExamples.explor())
        .isNotEqualTo(before);
    ProgrammePhase caac3 = ProgrammeExamples.caac().phases().get(2);
    assertThat(caac3.withName("Phase triennale")).isNotEqualTo(caac3);
    assertThat(caac3).isEqualTo(ProgrammePhase.builder().from(caac3).build());
  }

  @Test
  void onlyTheIdentifierIsNeededToBuild() {
    Programme draft = Programme.builder().id(ProgrammeId.of("draft")).build();

    assertThat(violations(draft)).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("value.blank", "name"));
    assertThatThrownBy(() -> Programme.builder().name("CAAC").build())
        .isInstanceOfSatisfying(IncompleteValueException.class, e -> assertThat(e.attributes()).containsExactly("id"));
    assertThat(ProgrammePhase.builder().build().period()).isEqualTo(Period.unknown());
  }

  @Test
  void phasesAndRegionsAreValidatedInDepth() {
    Programme programme = ProgrammeExamples.explor()
        .withRegions(ProgrammeExamples.region(""), Territory.of(CountryCode.of("QQ"), TerritoryLevel.REGION, "Nowhere"))
        .withPhases(ProgrammePhase.of(" ", Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1))));

    assertThat(violations(programme)).extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple("value.blank", "phases[0].name"),
            tuple("period.order", "phases[0].period.end"),
            tuple("value.blank", "regions[0].name"),
            tuple("country.unassigned", "regions[1].country"));
  }

  @Test
  void overlappingPhasesAreReportedOnTheLaterOne() {
    List<Violation> found = phasesViolations(
        phase("CAAC 1", LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31)),
        phase("CAAC 2", LocalDate.of(2016, 6, 1), LocalDate.of(2018, 12, 31)));

    assertThat(found).extracting(Violation::code, Violation::path)
        .containsExactly(tuple("programme.phases.overlap", "phases[1].period"));
    assertThat(found.get(0).message(Locale.ENGLISH)).contains("CAAC 2", "CAAC 1");
    assertThat(found.get(0).message(Locale.FRENCH)).contains("La phase CAAC 2", "CAAC 1");
  }

  @Test
  void phasesSharingADayOverlap() {
    assertThat(phasesViolations(
        phase("CAAC 1", LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31)),
        phase("CAAC 2", LocalDate.of(2016, 12, 31), LocalDate.of(2018, 12, 31))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("programme.phases.overlap", "phases[1].period"));
  }

  @Test
  void phasesOutOfOrderAreReported() {
    assertThat(phasesViolations(
        phase("CAAC 3", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)),
        phase("CAAC 1", LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("programme.phases.overlap", "phases[1].period"));
    assertThat(phasesViolations(
        phase("CAAC 2", LocalDate.of(2016, 1, 1), null),
        phase("CAAC 1", LocalDate.of(2014, 1, 1), null)))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("programme.phases.overlap", "phases[1].period"));
  }

  @Test
  void aPhaseClashingWithSeveralEarlierOnesIsReportedOnce() {
    assertThat(phasesViolations(
        phase("CAAC 1", LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31)),
        phase("CAAC 2", LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31)),
        phase("CAAC 3", LocalDate.of(2015, 6, 1), LocalDate.of(2017, 12, 31))))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("programme.phases.overlap", "phases[2].period"));
  }

  @Test
  void unknownDatesAreNotHeldAgainstADraft() {
    assertThat(phasesViolations(
        phase("CAAC 1", LocalDate.of(2014, 1, 1), null),
        phase("CAAC 2", LocalDate.of(2015, 1, 1), null),
        phase("CAAC 3", null, null))).isEmpty();
    assertThat(phasesViolations(
        phase("CAAC 1", null, null),
        phase("CAAC 2", null, LocalDate.of(2018, 12, 31)))).isEmpty();
    assertThat(phasesViolations(
        phase("CAAC 1", LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31)),
        phase("CAAC 2", null, LocalDate.of(2017, 12, 31))))
        .extracting(Violation::path).containsExactly("phases[1].period");
  }
}

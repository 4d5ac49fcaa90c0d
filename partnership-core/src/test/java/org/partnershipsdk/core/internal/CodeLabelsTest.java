package org.partnershipsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.initiative.DesignMode;
import org.partnershipsdk.core.initiative.EvaluationKind;
import org.partnershipsdk.core.initiative.FollowUpContactKind;
import org.partnershipsdk.core.initiative.InitiativeTrait;
import org.partnershipsdk.core.initiative.ParticipantRole;
import org.partnershipsdk.core.mission.MissionAdaptation;
import org.partnershipsdk.core.mission.MissionDirection;
import org.partnershipsdk.core.mission.MissionType;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.core.model.Sdg;
import org.partnershipsdk.core.model.TerritoryLevel;
import org.partnershipsdk.core.organisation.OrganisationNature;
import org.partnershipsdk.core.partnership.OfficerFocus;
import org.partnershipsdk.core.partnership.SupportKind;
import org.partnershipsdk.core.reciprocity.Side;
import org.partnershipsdk.core.reciprocity.TrendDirection;
import org.partnershipsdk.core.results.IndicatorMeasure;
import org.partnershipsdk.core.results.IndicatorValueKind;
import org.partnershipsdk.core.results.ResultsLevelKind;
import org.partnershipsdk.core.rules.Severity;
import org.partnershipsdk.core.rules.Subject;

/** Every code of every list has a Spanish label, read through the one text loader. */
class CodeLabelsTest {
  static final List<Class<? extends Coded>> LISTS = List.of(Stage.class, DesignMode.class, EvaluationKind.class,
      FollowUpContactKind.class, InitiativeTrait.class, ParticipantRole.class, MissionAdaptation.class,
      MissionDirection.class, MissionType.class, FieldOfAction.class, Sdg.class, TerritoryLevel.class,
      OrganisationNature.class, OfficerFocus.class, SupportKind.class, Side.class, TrendDirection.class,
      IndicatorMeasure.class, IndicatorValueKind.class, ResultsLevelKind.class, Severity.class);

  @Test
  void everyCodeHasASpanishLabel() throws IOException {
    Properties spanish = TextsTest.load(Path.of("src/main/resources/org/partnershipsdk/core/texts/codes_es.properties"));
    for (Class<? extends Coded> list : LISTS) {
      String name = list.getSimpleName().replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(Locale.ROOT);
      for (Coded code : list.getEnumConstants()) {
        assertThat(spanish.getProperty(name + "." + code.code())).as("%s.%s in codes_es.properties", name, code.code())
            .isNotBlank();
        assertThat(code.label(Locale.forLanguageTag("es"))).isEqualTo(spanish.getProperty(name + "." + code.code()));
      }
    }
    for (Subject<?> subject : Subject.all()) {
      assertThat(spanish.getProperty("subject." + subject.code())).as("subject.%s", subject.code()).isNotBlank();
    }
    assertThat(Stage.IMPLEMENTATION.label(Locale.forLanguageTag("es-SV"))).isEqualTo("Ejecución");
    assertThat(Stage.IMPLEMENTATION.label(Locale.GERMAN)).isEqualTo("Implementation");
  }
}

package org.partnershipsdk.core.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.UnknownCodeException;

class MissionCodeListsTest {

  @Test
  void missionTypesHaveTheProgrammesFourKinds() {
    assertThat(Arrays.stream(MissionType.values()).map(MissionType::code))
        .containsExactly("diagnostic", "training", "evaluation", "installation");
    assertThat(MissionType.INSTALLATION.label(Locale.FRENCH)).isEqualTo("Installation et maîtrise d'ouvrage");
    assertThat(MissionType.DIAGNOSTIC.label(Locale.ENGLISH)).isEqualTo("Diagnostic or feasibility study");
    assertThat(Coded.fromCode(MissionType.class, "training")).isEqualTo(MissionType.TRAINING);
  }

  @Test
  void directionsTellWhichMissionsMobiliseExpertiseFromTheSouth() {
    assertThat(Arrays.stream(MissionDirection.values()).map(MissionDirection::code))
        .containsExactly("north-south", "south-north", "south-south");
    assertThat(MissionDirection.NORTH_SOUTH.isFromTheSouth()).isFalse();
    assertThat(MissionDirection.SOUTH_NORTH.isFromTheSouth()).isTrue();
    assertThat(MissionDirection.SOUTH_SOUTH.isFromTheSouth()).isTrue();
    assertThat(MissionDirection.SOUTH_SOUTH.label(Locale.FRENCH)).isEqualTo("Sud-Sud");
  }

  @Test
  void adaptationsAreFoundByTheirCodes() {
    for (MissionAdaptation adaptation : MissionAdaptation.values()) {
      assertThat(Coded.fromCode(MissionAdaptation.class, adaptation.code())).isSameAs(adaptation);
      assertThat(adaptation.code()).matches("[a-z]+(-[a-z]+)*");
      assertThat(adaptation.label(Locale.FRENCH)).isNotEqualTo(adaptation.label(Locale.ENGLISH));
    }
    assertThat(MissionAdaptation.HOLDER_STEPPED_BACK.code()).isEqualTo("holder-stepped-back");
  }

  @Test
  void anUnknownCodeIsACallersMistakeWithAStableCode() {
    assertThatThrownBy(() -> Coded.fromCode(MissionDirection.class, "east-west"))
        .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
          assertThat(e.code()).isEqualTo("code.unknown");
          assertThat(e.list()).isEqualTo("MissionDirection");
          assertThat(e.unknownCode()).isEqualTo("east-west");
        });
  }
}

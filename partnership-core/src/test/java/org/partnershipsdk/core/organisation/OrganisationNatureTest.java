package org.partnershipsdk.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.UnknownCodeException;

class OrganisationNatureTest {

  @ParameterizedTest
  @EnumSource(OrganisationNature.class)
  void eachNatureHasAStableCodeAndTwoLabels(OrganisationNature nature) {
    assertThat(nature.code()).matches("[a-z]+(-[a-z]+)*");
    assertThat(Coded.fromCode(OrganisationNature.class, nature.code())).isSameAs(nature);
    assertThat(nature.label(Locale.ENGLISH)).isNotBlank();
    assertThat(nature.label(Locale.FRENCH)).isNotBlank();
  }

  @Test
  void codesAreTheDocumentedOnes() {
    assertThat(Arrays.stream(OrganisationNature.values()).map(OrganisationNature::code))
        .containsExactly("association", "diaspora-organisation", "solidarity-economy-actor", "cooperative",
            "trade-union", "local-authority", "public-agency", "university", "school", "company", "network",
            "foundation", "community-group", "other");
    assertThat(OrganisationNature.DIASPORA_ORGANISATION.label(Locale.FRENCH)).contains("OSIM");
    assertThat(OrganisationNature.SOLIDARITY_ECONOMY_ACTOR.label(Locale.FRENCH)).contains("ESS");
  }

  @Test
  void anUnknownCodeIsACallersMistake() {
    assertThatThrownBy(() -> Coded.fromCode(OrganisationNature.class, "ngo"))
        .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
          assertThat(e.code()).isEqualTo("code.unknown");
          assertThat(e.unknownCode()).isEqualTo("ngo");
        });
  }
}

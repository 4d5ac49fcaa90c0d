package org.partnershipsdk.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Coded;

class PartnershipCodesTest {

  @Test
  void supportKindsHaveStableCodesAndFrenchLabels() {
    assertThat(Arrays.stream(SupportKind.values()).map(SupportKind::code))
        .containsExactly("process-support", "support-to-actions", "technical-support", "linking-partners");
    assertThat(Arrays.stream(SupportKind.values()).map(k -> k.label(Locale.FRENCH)))
        .containsExactly("Accompagnement", "Appui aux actions", "Appui technique à la demande", "Mise en relation");
    for (SupportKind kind : SupportKind.values()) {
      assertThat(Coded.fromCode(SupportKind.class, kind.code())).isSameAs(kind);
      assertThat(kind.label(Locale.ENGLISH)).isNotBlank();
    }
  }

  @Test
  void officerFocusesHaveStableCodesAndLabels() {
    assertThat(Arrays.stream(OfficerFocus.values()).map(OfficerFocus::code)).containsExactly("geographic", "thematic");
    assertThat(Coded.fromCode(OfficerFocus.class, "thematic")).isSameAs(OfficerFocus.THEMATIC);
    assertThat(OfficerFocus.GEOGRAPHIC.label(Locale.FRENCH)).isEqualTo("Géographique");
    assertThat(OfficerFocus.THEMATIC.label(Locale.ENGLISH)).isEqualTo("Thematic");
  }
}

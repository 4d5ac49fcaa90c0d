package org.partnershipsdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

class ModuleVersionTest {

  @Test
  void theModuleGivesTheBuildsVersionNotUnknown() {
    Version version = new PartnershipJsonModule().version();

    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("org.partnershipsdk");
    assertThat(version.getArtifactId()).isEqualTo("partnership-json");
    assertThat(version.toString()).isEqualTo(System.getProperty("project.version"))
        .matches("\\d+\\.\\d+\\.\\d+.*");
  }
}

package org.partnershipsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExampleDocumentsTest {
  @Test
  void namesTheTwoDocumentsAndWhereTheyAreOnTheClasspath() {
    assertThat(ExampleDocuments.names()).containsExactly("real-cases.json", "defects.json");
    assertThat(ExampleDocuments.resource(ExampleDocuments.DEFECTS)).isEqualTo("examples/defects.json");
    assertThat(ExampleDocuments.text(ExampleDocuments.REAL_CASES)).startsWith("{\n  \"type\" : \"portfolio\"");
  }

  @Test
  void refusesADocumentItDoesNotShip() {
    assertThatThrownBy(() -> ExampleDocuments.open("../pom.xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("real-cases.json");
  }
}

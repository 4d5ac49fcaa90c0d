package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Label;

class CriteriaSetsTest {
  private final CriteriaSet standard = CriteriaSets.standard();

  @Test
  void theStandardSetIsVersionOneOnAOneToFourScale() {
    assertThat(standard.id()).isEqualTo("default");
    assertThat(standard.version()).isEqualTo(1);
    assertThat(standard.scale()).isEqualTo(Scale.of(1, 4));
    assertThat(CriteriaSets.standard()).isSameAs(standard);
  }

  @Test
  void theStandardSetHoldsTheElevenCriteriaInOrder() {
    assertThat(standard.codes()).containsExactly("listening", "mutual-benefit", "mutual-learning",
        "power-balance", "trust", "commitments", "co-construction", "sovereignty", "transparency",
        "shared-vision", "reflection");
    assertThat(standard.codes()).doesNotHaveDuplicates();
  }

  @Test
  void everyStandardCriterionHasAWordingAndAQuestionInBothLanguages() {
    for (Criterion criterion : standard.criteria()) {
      assertThat(criterion.wording().en()).as(criterion.code()).isNotBlank();
      assertThat(criterion.wording().fr()).as(criterion.code()).isNotBlank();
      assertThat(criterion.question().en()).as(criterion.code()).endsWith("?");
      assertThat(criterion.question().fr()).as(criterion.code()).endsWith(" ?");
    }
    assertThat(standard.criterion("sovereignty")).map(c -> c.wording().in(Locale.FRENCH))
        .contains("Respect de la souveraineté du partenaire");
  }

  @Test
  void aProgrammeDefinesItsOwnVersionedSet() {
    CriteriaSet own = CriteriaSet.builder().from(standard).id("caac-3").version(2).scale(Scale.of(0, 10))
        .addCriterion(Criterion.of("territorial-anchoring", new Label("Territorial anchoring", "Ancrage territorial"),
            new Label("Is the action rooted in both territories?", "L'action est-elle ancrée dans les deux territoires ?")))
        .build();

    assertThat(own.codes()).hasSize(12).endsWith("territorial-anchoring");
    assertThat(own.criterion("listening")).isEqualTo(standard.criterion("listening"));
    assertThat(own.criterion("unknown")).isEmpty();
    assertThat(own).isNotEqualTo(standard);
  }
}

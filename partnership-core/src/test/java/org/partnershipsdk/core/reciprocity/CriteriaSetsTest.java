package org.partnershipsdk.core.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.Label;
import org.partnershipsdk.core.text.Texts;

class CriteriaSetsTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");
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

  /** The standard criteria read in Spanish; English and French are the criteria's own data, unchanged. */
  @Test
  void theStandardCriteriaAreShownInEachShippedLanguage() {
    Criterion listening = standard.criterion(CriteriaSets.LISTENING).orElseThrow();
    assertThat(listening.wording(SPANISH)).isEqualTo("Escucha");
    assertThat(listening.question(Locale.forLanguageTag("es-SV")))
        .isEqualTo("¿Se toma cada parte el tiempo de escuchar lo que dice la otra, y cambia eso lo que se decide?");
    assertThat(standard.criterion(CriteriaSets.SOVEREIGNTY).orElseThrow().wording(SPANISH))
        .isEqualTo("Respeto de la autonomía del socio");
    for (Criterion criterion : standard.criteria()) {
      assertThat(criterion.wording(Locale.ENGLISH)).as(criterion.code()).isEqualTo(criterion.wording().en());
      assertThat(criterion.wording(Locale.CANADA_FRENCH)).as(criterion.code()).isEqualTo(criterion.wording().fr());
      assertThat(criterion.question(Locale.ENGLISH)).as(criterion.code()).isEqualTo(criterion.question().en());
      assertThat(criterion.question(Locale.FRENCH)).as(criterion.code()).isEqualTo(criterion.question().fr());
      assertThat(criterion.wording(SPANISH)).as(criterion.code()).isNotEqualTo(criterion.wording().en());
      assertThat(criterion.question(SPANISH)).as(criterion.code()).startsWith("¿").endsWith("?")
          .isNotEqualTo(criterion.question().en());
      assertThat(criterion.wording(Locale.GERMAN)).as(criterion.code()).isEqualTo(criterion.wording().en());
    }
  }

  /** The standard set's English and French are the texts the SDK ships, whatever bundle a user registers. */
  @Test
  void theStandardSetsDataAreTheShippedEnglishAndFrenchTexts() {
    Criterion trust = standard.criterion(CriteriaSets.TRUST).orElseThrow();
    assertThat(trust.wording()).isEqualTo(new Label("Trust", "Confiance"));
    assertThat(trust.question()).isEqualTo(new Label(
        "Can each side raise a difficulty or admit a mistake without fearing for the relation?",
        "Chaque partie peut-elle signaler une difficulté ou reconnaître une erreur sans craindre pour la relation ?"));
  }

  /** A criterion of another set that reuses a standard code with its own wording keeps it: the SDK's Spanish is not its. */
  @Test
  void aCriterionWithItsOwnWordingIsShownByIt() {
    Criterion reworded = Criterion.of(CriteriaSets.LISTENING, new Label("Active listening", "Écoute active"),
        standard.criterion(CriteriaSets.LISTENING).orElseThrow().question());

    assertThat(reworded.wording(SPANISH)).isEqualTo("Active listening");
    assertThat(reworded.wording(Locale.FRENCH)).isEqualTo("Écoute active");
    assertThat(reworded.question(SPANISH)).as("its question is still the standard one")
        .isEqualTo("¿Se toma cada parte el tiempo de escuchar lo que dice la otra, y cambia eso lo que se decide?");
  }

  /** A user's bundle changes a standard criterion's texts, adds a language, and names criteria of its own. */
  @Test
  void aBundleOfTheUsersOverridesTheWordingsAndAddsALanguage() {
    Criterion listening = standard.criterion(CriteriaSets.LISTENING).orElseThrow();
    Criterion own = Criterion.of("territorial-anchoring", new Label("Territorial anchoring", "Ancrage territorial"),
        new Label("Is the action rooted in both territories?", "L'action est-elle ancrée dans les deux territoires ?"));
    Texts.addBundle("acme-criteria.texts", CriteriaSetsTest.class.getClassLoader());
    try {
      assertThat(listening.wording(SPANISH)).isEqualTo("Escucha mutua");
      assertThat(listening.question(SPANISH)).as("not overridden: the SDK's Spanish")
          .isEqualTo("¿Se toma cada parte el tiempo de escuchar lo que dice la otra, y cambia eso lo que se decide?");
      assertThat(listening.wording(Locale.forLanguageTag("pt-BR"))).isEqualTo("Escuta");
      assertThat(listening.wording(Locale.FRENCH)).isEqualTo("Écoute");
      assertThat(own.wording(SPANISH)).isEqualTo("Arraigo territorial");
      assertThat(own.question(SPANISH)).isEqualTo("Is the action rooted in both territories?");
      assertThat(CriteriaSets.standard().criterion(CriteriaSets.LISTENING).orElseThrow().wording())
          .as("the set's data do not change").isEqualTo(new Label("Listening", "Écoute"));
    } finally {
      assertThat(Texts.removeBundle("acme-criteria.texts")).isTrue();
    }
    assertThat(listening.wording(SPANISH)).isEqualTo("Escucha");
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

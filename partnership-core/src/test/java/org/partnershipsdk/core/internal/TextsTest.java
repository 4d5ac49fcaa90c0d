package org.partnershipsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.model.Money;
import org.partnershipsdk.core.reciprocity.CriteriaSets;
import org.partnershipsdk.core.reciprocity.Criterion;

class TextsTest {
  @Test
  void aCodeLongerThanTheQuoteIsStillShownByItsLabel() {
    Map<String, ?> quoted = org.partnershipsdk.core.text.Texts.quoted(
        Map.of("stage", Stage.IMPLEMENTATION, "title", "Implementation of the programme"), 5);

    assertThat(quoted.get("stage")).isSameAs(Stage.IMPLEMENTATION);
    assertThat(quoted.get("title")).isEqualTo("Imple…");
    assertThat(org.partnershipsdk.core.text.Texts.fill("{stage}", Locale.FRENCH, quoted)).isEqualTo("Mise en œuvre");
  }

  private static final Path TEXTS = Path.of("src/main/resources/org/partnershipsdk/core/texts");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void fillsNamedPlaceholdersAndLeavesUnknownOnesAsWritten() {
    assertThat(Texts.fill("from {start} to {end} ({unknown})", Locale.ENGLISH, Map.of("start", "2015", "end", "2018")))
        .isEqualTo("from 2015 to 2018 ({unknown})");
    assertThat(Texts.fill("no placeholder", Locale.ENGLISH, Map.of("x", 1))).isEqualTo("no placeholder");
    assertThat(Texts.fill("dangling {brace", Locale.ENGLISH, Map.of("x", 1))).isEqualTo("dangling {brace");
  }

  @Test
  void picksTheReadersLanguageAndEnglishForOneWithoutTexts() {
    assertThat(Texts.text("value.blank", Locale.CANADA_FRENCH)).isEqualTo("Ne doit pas être vide");
    assertThat(Texts.text("value.blank", Locale.forLanguageTag("es-SV"))).isEqualTo("No debe estar vacío");
    assertThat(Texts.text("value.blank", Locale.GERMANY)).isEqualTo("Must not be blank");
    assertThat(Texts.text("no.such.code", Locale.FRENCH)).isEqualTo("no.such.code");
  }

  @Test
  void valuesAreShownForTheLocaleCodesByTheirLabel() {
    Map<String, Object> values = Map.of("date", LocalDate.of(2023, 11, 20), "stage", Stage.IMPLEMENTATION,
        "score", new BigDecimal("100.00"), "amount", Money.of("65000", "EUR"), "count", 65000);
    String template = "{date} | {stage} | {score} | {amount} | {count}";

    assertThat(Texts.fill(template, Locale.FRENCH, values))
        .isEqualTo("20 novembre 2023 | Mise en œuvre | 100,00 | 65\u202f000,00\u00a0€ | 65\u202f000");
    assertThat(Texts.fill(template, SPANISH, values))
        .isEqualTo("20 de noviembre de 2023 | Ejecución | 100,00 | 65.000,00\u00a0€ | 65.000");
    assertThat(Texts.fill(template, Locale.ENGLISH, values))
        .isEqualTo("November 20, 2023 | Implementation | 100.00 | €65,000.00 | 65,000");
  }

  @Test
  void aBundleOfTheUsersAddsALanguageAndOverridesATextForItsLanguagesOnly() {
    org.partnershipsdk.core.text.Texts.addBundle("acme-texts.texts", TextsTest.class.getClassLoader());
    try {
      assertThat(Texts.text("value.required", Locale.forLanguageTag("pt-BR"))).isEqualTo("Um valor é obrigatório");
      assertThat(Texts.text("value.blank", Locale.FRENCH)).isEqualTo("Ce champ doit être rempli");
      assertThat(Texts.text("value.blank", SPANISH)).isEqualTo("No debe estar vacío");
      assertThat(Texts.text("value.blank", Locale.forLanguageTag("pt"))).isEqualTo("Must not be blank");
    } finally {
      assertThat(org.partnershipsdk.core.text.Texts.removeBundle("acme-texts.texts")).isTrue();
    }
    assertThat(Texts.text("value.blank", Locale.FRENCH)).isEqualTo("Ne doit pas être vide");
  }

  /**
   * A key in the user's root file is their text for every language they wrote no file for — the
   * SDK's French and Spanish included —, for messages and rule texts alike; a key in their
   * {@code _en} file changes English alone.
   */
  @Test
  void aKeyInTheUsersRootFileReplacesTheTextInEveryLanguageTheyGaveNoOtherTextFor() {
    org.partnershipsdk.core.text.Texts.addBundle("acme-house.texts", TextsTest.class.getClassLoader());
    String title = "initiative.legal-responsibility.missing.title";
    try {
      for (Locale reader : new Locale[] {Locale.ENGLISH, Locale.FRENCH, SPANISH, Locale.forLanguageTag("pt")}) {
        assertThat(Texts.text("value.blank", reader)).as("%s", reader).isEqualTo("Fill this field in");
        assertThat(Texts.text(title, new org.partnershipsdk.core.model.Label("Legal responsibility", "Responsabilité"),
            reader)).as("%s", reader).isEqualTo("Who is legally responsible?");
      }
      assertThat(Texts.text("value.required", Locale.US)).isEqualTo("Please give a value");
      assertThat(Texts.text("value.required", Locale.FRENCH)).isEqualTo("Une valeur est obligatoire");
      assertThat(Texts.text("value.required", SPANISH)).isEqualTo("Se requiere un valor");
    } finally {
      assertThat(org.partnershipsdk.core.text.Texts.removeBundle("acme-house.texts")).isTrue();
    }
    assertThat(Texts.text("value.blank", Locale.FRENCH)).isEqualTo("Ne doit pas être vide");
  }

  /**
   * Every text has a French and a Spanish one with the same placeholders. A message added in
   * English only fails here, naming the file and the key to translate.
   */
  @Test
  void everyTextExistsInEveryShippedLanguageWithTheSamePlaceholders() throws IOException {
    try (Stream<Path> files = Files.list(TEXTS)) {
      for (Path root : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
        Properties english = load(root);
        for (String language : new String[] {"fr", "es"}) {
          Path translated = Path.of(root.toString().replace(".properties", "_" + language + ".properties"));
          Properties texts = load(translated);
          Set<String> missing = new TreeSet<>(english.stringPropertyNames());
          missing.removeAll(texts.stringPropertyNames());
          assertThat(missing).as("keys of %s without a text in %s", root.getFileName(), translated.getFileName())
              .isEmpty();
          for (String code : english.stringPropertyNames()) {
            assertThat(placeholders(texts.getProperty(code))).as("%s in %s", code, translated.getFileName())
                .isEqualTo(placeholders(english.getProperty(code)));
          }
        }
        for (String code : english.stringPropertyNames()) {
          assertThat(Texts.has(code)).as("%s is loaded: is its area listed in Texts.AREAS?", code).isTrue();
        }
      }
    }
  }

  /**
   * The standard reciprocity criteria's wordings and questions are texts of their own area,
   * {@code criteria}, in every shipped language: exactly the keys {@code criterion.CODE.wording}
   * and {@code criterion.CODE.question} of the standard set's criteria, none missing, none left
   * over.
   */
  @Test
  void everyStandardCriterionHasItsWordingAndQuestionInEveryShippedLanguage() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (Criterion criterion : CriteriaSets.standard().criteria()) {
      expected.add("criterion." + criterion.code() + ".wording");
      expected.add("criterion." + criterion.code() + ".question");
    }
    for (String suffix : new String[] {"", "_fr", "_es"}) {
      Path file = TEXTS.resolve("criteria" + suffix + ".properties");
      assertThat(new TreeSet<>(load(file).stringPropertyNames())).as("the keys of %s", file.getFileName())
          .isEqualTo(expected);
    }
    for (String key : expected) {
      for (Locale language : org.partnershipsdk.core.text.Texts.LANGUAGES) {
        assertThat(Texts.CORE.ships(key, language)).as("%s in %s is loaded", key, language).isTrue();
      }
    }
    assertThat(Texts.text("criterion.power-balance.wording", SPANISH)).isEqualTo("Equilibrio de poder");
  }

  private static Set<String> placeholders(String text) {
    Matcher matcher = Pattern.compile("\\{([a-zA-Z0-9]+)}").matcher(text);
    Set<String> names = new TreeSet<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }
}

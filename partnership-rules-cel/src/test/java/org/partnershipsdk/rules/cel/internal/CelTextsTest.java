package org.partnershipsdk.rules.cel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.rules.cel.internal.Expressions.Issue;
import org.partnershipsdk.rules.cel.internal.RuleFileTexts.Phrase;

/** CEL's messages, which are in English, as rule files say them in English, French and Spanish. */
class CelTextsTest {
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static Phrase said(String message, Issue.Kind kind) {
    return CelTexts.of(new Issue(1, 0, message, kind));
  }

  @Test
  void theCommonMessagesAreSaidInOurOwnWordsInEachLanguage() {
    Phrase overload = said("found no matching overload for '_>_' applied to '(string, int)'", Issue.Kind.TYPE);
    assertThat(overload.apply(Locale.ENGLISH)).isEqualTo("'>' does not apply to (string, int)");
    assertThat(overload.apply(Locale.FRENCH)).isEqualTo("« > » ne s'applique pas à (string, int)");
    assertThat(overload.apply(SPANISH)).isEqualTo("«>» no se aplica a (string, int)");
    assertThat(said("undefined field 'budgt'", Issue.Kind.TYPE).apply(SPANISH))
        .isEqualTo("este valor no tiene el campo «budgt»");
    assertThat(said("more than 2 comprehensions nested in one another", Issue.Kind.LIMIT).apply(SPANISH))
        .isEqualTo("la expresión anida más de 2 comprensiones (exists, all, map, filter...) unas dentro de otras");
    assertThat(said("longer than 2000 characters", Issue.Kind.LIMIT).apply(SPANISH))
        .isEqualTo("la expresión supera los 2000 caracteres");
  }

  @Test
  void celsOtherMessagesAreQuotedWithANoteThatTheyAreCelsInEnglish() {
    Phrase other = said("expected type 'bool' but found 'string'", Issue.Kind.TYPE);
    assertThat(other.apply(Locale.ENGLISH)).isEqualTo("expected type 'bool' but found 'string'");
    assertThat(other.apply(Locale.FRENCH)).isEqualTo("expected type 'bool' but found 'string' (message de CEL, en anglais)");
    assertThat(other.apply(SPANISH)).isEqualTo("expected type 'bool' but found 'string' (mensaje de CEL, en inglés)");
    assertThat(said("expression recursion limit exceeded", Issue.Kind.LIMIT).apply(SPANISH))
        .isEqualTo("la expresión supera los límites de los archivos de reglas: expression recursion limit exceeded"
            + " (mensaje de CEL, en inglés)");
    assertThat(said("mismatched input '<EOF>'", Issue.Kind.SYNTAX).apply(SPANISH))
        .isEqualTo("error de sintaxis: mismatched input '<EOF>'");
  }

  /** Each rules.cel text is said by one of CEL's messages, and differently in Spanish than in English. */
  @Test
  void everyCelTextIsSaidAndInSpanish() {
    Set<String> said = new TreeSet<>();
    for (Phrase phrase : new Phrase[] {
        said("undeclared reference to 'initiatve' (in container '')", Issue.Kind.TYPE),
        said("undefined field 'budgt'", Issue.Kind.TYPE),
        said("found no matching overload for 'size' applied to '(string, int)'", Issue.Kind.TYPE),
        said("builds a value of a model type", Issue.Kind.TYPE),
        said("joins lists with +", Issue.Kind.LIMIT),
        said("mismatched input '<EOF>'", Issue.Kind.SYNTAX),
        said("longer than 2000 characters", Issue.Kind.LIMIT),
        said("more than 2 comprehensions nested in one another", Issue.Kind.LIMIT),
        said("expression recursion limit exceeded", Issue.Kind.LIMIT),
        said("expected type 'bool' but found 'string'", Issue.Kind.TYPE)}) {
      said.add(phrase.key());
      assertThat(phrase.apply(SPANISH)).as(phrase.key()).isNotEqualTo(phrase.apply(Locale.ENGLISH))
          .doesNotContain("rules.cel.");
    }
    Set<String> keys = new TreeSet<>();
    RuleFileTexts.RULE_FILES.keys().stream().filter(key -> key.startsWith("rules.cel.")).forEach(keys::add);
    assertThat(said).isEqualTo(keys);
  }
}

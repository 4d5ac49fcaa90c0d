package org.partnershipsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void optionsMayComeAnywhereWithASpaceOrAnEqualsSign() {
    CommandLine line = CommandLine.parse(new String[] {"--lang", "fr", "check", "a.json", "--profile=caac", "b.json",
        "--strict"});
    assertThat(line.command()).contains("check");
    assertThat(line.operands()).containsExactly("a.json", "b.json");
    assertThat(line.options()).isEqualTo(Map.of("lang", "fr", "profile", "caac", "strict", ""));
  }

  @Test
  void doubleDashEndsTheOptionsSoAFileMayStartWithADash() {
    CommandLine line = CommandLine.parse(new String[] {"check", "--", "--odd.json", "-"});
    assertThat(line.operands()).containsExactly("--odd.json", "-");
    assertThat(line.options()).isEmpty();
  }

  @Test
  void shortHelpIsHelp() {
    assertThat(CommandLine.parse(new String[] {"-h"}).has(CommandLine.HELP)).isTrue();
    assertThat(CommandLine.parse(new String[] {"-h"}).command()).isEmpty();
  }

  @Test
  void anUnknownOptionAMissingValueOrAValueOnAFlagIsAUsageError() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--profil", "caac"}))
        .isInstanceOfSatisfying(CliUsageException.class, e -> {
          assertThat(e.code()).isEqualTo(CliUsageException.OPTION_UNKNOWN);
          assertThat(e.getMessage()).isEqualTo("Unknown option --profil; did you mean --profile?");
          assertThat(e.getMessage(Locale.FRENCH)).isEqualTo("Option inconnue : --profil ; vouliez-vous dire --profile ?");
        });
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "-x"}))
        .isInstanceOfSatisfying(CliUsageException.class,
            e -> assertThat(e.code()).isEqualTo(CliUsageException.OPTION_UNKNOWN));
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "a.json", "--as-of"}))
        .isInstanceOfSatisfying(CliUsageException.class, e -> {
          assertThat(e.code()).isEqualTo(CliUsageException.OPTION_VALUE_MISSING);
          assertThat(e.getMessage()).isEqualTo("The option --as-of needs a value");
        });
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"check", "--strict=yes"}))
        .isInstanceOfSatisfying(CliUsageException.class,
            e -> assertThat(e.code()).isEqualTo(CliUsageException.OPTION_VALUE_INVALID));
  }

  @Test
  void theLanguageIsReadFirstSoThatEveryMessageIsInIt() {
    assertThat(CommandLine.language(new String[] {"check", "--lang", "fr"})).isEqualTo(Locale.FRENCH);
    assertThat(CommandLine.language(new String[] {"--lang=fr", "rules"})).isEqualTo(Locale.FRENCH);
    assertThat(CommandLine.language(new String[] {"rules"})).isEqualTo(Locale.ENGLISH);
    assertThat(CommandLine.language(new String[] {"check", "--", "--lang", "fr"})).isEqualTo(Locale.ENGLISH);
    assertThatThrownBy(() -> CommandLine.language(new String[] {"--lang", "de"}))
        .isInstanceOfSatisfying(CliUsageException.class, e -> {
          assertThat(e.code()).isEqualTo(CliUsageException.OPTION_VALUE_INVALID);
          assertThat(e.getMessage()).isEqualTo("Unknown language \"de\": use en, fr or es");
        });
  }

  @Test
  void operandsKeepTheirOrder() {
    assertThat(CommandLine.parse(new String[] {"check", "c", "b", "a"}).operands()).isEqualTo(List.of("c", "b", "a"));
  }
}

package org.partnershipsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.cycle.Stage;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.rules.Subject;

/** Every code of every list has a Spanish label, read through the one text loader. */
class CodeLabelsTest {
  static final List<Class<? extends Coded>> LISTS = org.partnershipsdk.core.text.Catalogues.CODE_LISTS;

  @Test
  void everyCodeHasASpanishLabel() throws IOException {
    Properties spanish = TextsTest.load(Path.of("src/main/resources/org/partnershipsdk/core/texts/codes_es.properties"));
    for (Class<? extends Coded> list : LISTS) {
      String name = org.partnershipsdk.core.text.Catalogues.listName(list);
      for (Coded code : list.getEnumConstants()) {
        assertThat(spanish.getProperty(name + "." + code.code())).as("%s.%s in codes_es.properties", name, code.code())
            .isNotBlank();
        assertThat(code.label(Locale.forLanguageTag("es"))).isEqualTo(spanish.getProperty(name + "." + code.code()));
      }
    }
    for (Subject<?> subject : Subject.all()) {
      assertThat(spanish.getProperty("subject." + subject.code())).as("subject.%s", subject.code()).isNotBlank();
    }
    assertThat(Stage.IMPLEMENTATION.label(Locale.forLanguageTag("es-SV"))).isEqualTo("Ejecución");
    assertThat(Stage.IMPLEMENTATION.label(Locale.GERMAN)).isEqualTo("Implementation");
  }
}

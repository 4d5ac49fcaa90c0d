package org.partnershipsdk.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.CountryCode;
import org.partnershipsdk.core.model.IncompleteValueException;
import org.partnershipsdk.core.validation.ModelValidator;

class SpikeTest {
  @Test
  void spike() {
    Organisation o = Organisation.builder().name(" ").country(CountryCode.of("zz")).addContactName("Awa Secret").addContactName("").build();
    System.out.println(o);
    var report = ModelValidator.create().validate(o);
    System.out.println(report.describe(Locale.FRENCH));
    System.out.println(report);
    Organisation p = o.withName("GDCAM");
    assertThat(p.name()).isEqualTo("GDCAM");
    assertThatThrownBy(() -> Organisation.builder().build()).isInstanceOf(IncompleteValueException.class).satisfies(e -> System.out.println(((IncompleteValueException) e).getMessage(Locale.FRENCH)));
    assertThatThrownBy(() -> Organisation.builder().name(null)).isInstanceOf(IncompleteValueException.class).satisfies(e -> System.out.println(e.getMessage()));
  }
}

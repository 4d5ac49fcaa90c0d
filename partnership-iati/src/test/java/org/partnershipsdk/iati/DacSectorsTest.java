package org.partnershipsdk.iati;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershipsdk.core.model.FieldOfAction;
import org.partnershipsdk.iati.internal.Codelists;

/** Every field of action maps onto a code the shipped IATI Sector list (OECD DAC 5-digit) holds and keeps active. */
class DacSectorsTest {

  @Test
  void everyFieldOfActionsDacSectorIsAnActiveCodeOfTheSectorList() {
    Codelists shipped = Codelists.shipped();
    assertThat(shipped.codes("Sector")).as("the shipped Sector list").hasSizeGreaterThan(200);
    for (FieldOfAction field : FieldOfAction.values()) {
      assertThat(shipped.item("Sector", field.dacSectorCode())).as(field + " → " + field.dacSectorCode())
          .hasValueSatisfying(item -> assertThat(item.withdrawn()).as("withdrawn").isFalse());
    }
  }
}

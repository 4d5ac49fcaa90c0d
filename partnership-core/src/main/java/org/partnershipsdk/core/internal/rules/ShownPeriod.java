package org.partnershipsdk.core.internal.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Period;

/**
 * A period named in a message: its dates shown for the reader's locale ("1 January 2024 – 31
 * December 2024"), "…" for an unknown end; its code the ISO dates, for machines.
 */
record ShownPeriod(Period period) implements Coded {
  @Override
  public String code() {
    return period.start().map(LocalDate::toString).orElse("…") + " – "
        + period.end().map(LocalDate::toString).orElse("…");
  }

  @Override
  public String label(Locale locale) {
    return period.start().map(d -> Texts.fill("{d}", locale, Map.of("d", d))).orElse("…") + " – "
        + period.end().map(d -> Texts.fill("{d}", locale, Map.of("d", d))).orElse("…");
  }

  @Override
  public String toString() {
    return code();
  }
}

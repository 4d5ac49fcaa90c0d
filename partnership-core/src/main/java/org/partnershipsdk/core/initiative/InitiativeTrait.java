package org.partnershipsdk.core.initiative;

import java.util.Locale;
import org.partnershipsdk.core.internal.Texts;
import org.partnershipsdk.core.model.Coded;
import org.partnershipsdk.core.model.Label;

/**
 * A trait of an {@link Initiative} that makes a co-constructed design expected
 * ({@link DesignMode#CO_CONSTRUCTED}).
 */
public enum InitiativeTrait implements Coded {
  /** Particularly innovative (innovante). */
  INNOVATIVE("innovative", "Innovative", "Innovante"),
  /** Particularly complex (complexe). */
  COMPLEX("complex", "Complex", "Complexe"),
  /** Co-financed by a funder with special procedures (cofinancement à procédures particulières). */
  SPECIAL_CO_FINANCING("special-co-financing", "Co-financed with special procedures",
      "Cofinancement à procédures particulières");

  private final String code;
  private final Label label;

  InitiativeTrait(String code, String en, String fr) {
    this.code = code;
    this.label = new Label(en, fr);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label(Locale locale) {
    return Texts.text("initiative-trait." + code(), label, locale);
  }
}

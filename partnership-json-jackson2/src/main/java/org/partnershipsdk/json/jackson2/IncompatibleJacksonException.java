package org.partnershipsdk.json.jackson2;

import java.util.Locale;
import java.util.function.Function;
import org.partnershipsdk.core.model.PartnershipException;

/**
 * Thrown when {@link PartnershipJackson2Module} is set up on a class path whose versions cannot
 * work together, instead of the {@code NoClassDefFoundError} or {@code NoSuchMethodError} that would
 * come later, from deep inside Jackson. The message names what was found and what is needed.
 *
 * <ul>
 *   <li>{@value #ANNOTATIONS}: jackson-annotations is older than 2.20, which Jackson 3 needs
 *       (Spring Boot 3.5's BOM picks 2.19), or older than Jackson 2's own minor version;</li>
 *   <li>{@value #DATABIND}: Jackson 2 databind is older than 2.15;</li>
 *   <li>{@value #SDK}: partnership-json is not of this module's version (import partnership-bom).</li>
 * </ul>
 */
public final class IncompatibleJacksonException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** jackson-annotations is too old. */
  public static final String ANNOTATIONS = "json.jackson2.annotations.incompatible";
  /** Jackson 2 databind is too old. */
  public static final String DATABIND = "json.jackson2.databind.incompatible";
  /** partnership-json and partnership-json-jackson2 are of different versions. */
  public static final String SDK = "json.jackson2.sdk.incompatible";

  /**
   * @param code one of the codes above
   * @param message the message in a reader's locale
   */
  public IncompatibleJacksonException(String code, Function<Locale, String> message) {
    super(code, message);
  }
}

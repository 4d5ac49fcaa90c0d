package org.partnershipsdk.iati;

import java.util.Map;
import org.partnershipsdk.core.model.PartnershipException;
import org.partnershipsdk.iati.internal.IatiTexts;

/**
 * Thrown by {@link IatiExporter.Builder} for a setting it cannot use: an IATI organisation identifier
 * that is not one ({@value #ORGANISATION_IDENTIFIER}), a language that is not an ISO 639-1 code
 * ({@value #LANGUAGE}), an activity-identifier prefix that cannot begin an identifier
 * ({@value #IDENTIFIER_PREFIX}), or a code that is not on the IATI codelist it is for
 * ({@value #CODE}). The message quotes the value, in English, French or Spanish
 * ({@link #getMessage(java.util.Locale)}; the module's texts under the code, which a bundle of yours
 * can change, see {@link org.partnershipsdk.core.text.Texts#addBundle(String)}).
 */
public final class IatiConfigurationException extends PartnershipException {
  private static final long serialVersionUID = 1L;

  /** Not an IATI organisation identifier of an active registration agency. */
  public static final String ORGANISATION_IDENTIFIER = "iati.config.organisation-identifier";
  /** Not an ISO 639-1 language code. */
  public static final String LANGUAGE = "iati.config.language";
  /** Not a prefix an activity identifier can begin with. */
  public static final String IDENTIFIER_PREFIX = "iati.config.identifier-prefix";
  /** Not a code of the IATI codelist the setting is for. */
  public static final String CODE = "iati.config.code";

  IatiConfigurationException(String code, Map<String, String> values) {
    super(code, IatiTexts.quoting(code, values));
  }
}

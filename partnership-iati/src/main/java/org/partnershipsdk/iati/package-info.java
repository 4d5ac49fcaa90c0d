/**
 * The IATI Standard, version 2.03 (International Aid Transparency Initiative), the reporting standard
 * many funders ask their grantees to publish in.
 *
 * <p>{@link org.partnershipsdk.iati.IatiChecker} checks any IATI activity file offline, as the IATI
 * Validator does online: against the 2.03 schema, the IATI Standard ruleset and the codelists. Each
 * problem is an {@link org.partnershipsdk.iati.IatiFinding} with the ruleset's rule id and severity,
 * the XPath of the element, its line, and a message in English, French or Spanish.
 */
package org.partnershipsdk.iati;

/**
 * The IATI Standard 2.03 for partnership-sdk: {@link org.partnershipsdk.iati.IatiChecker} checks any
 * IATI activity file offline against the 2.03 schema, the IATI Standard ruleset and the codelists,
 * with the SDK's findings. The schemas, ruleset and codelists are shipped under
 * {@code partnership-sdk/iati/2.03/} (IATI Standard, CC BY 4.0; the ruleset MIT; see {@code NOTICE.md}
 * there).
 */
module org.partnershipsdk.iati {
  requires transitive org.partnershipsdk.core;
  requires transitive java.xml;
  requires tools.jackson.databind;

  exports org.partnershipsdk.iati;
}

/**
 * partnership-sdk testkit: seeded generators of valid model values and of drafts with chosen
 * defects, for the SDK's property tests and its users' own tests.
 */
module org.partnershipsdk.testkit {
  requires transitive org.partnershipsdk.core;

  exports org.partnershipsdk.testkit;
}

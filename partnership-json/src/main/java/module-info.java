/**
 * partnership-sdk JSON: the documented, versioned, lossless wire format of the model, on Jackson 3.
 * Register {@link org.partnershipsdk.json.PartnershipJsonModule} on a mapper, or use
 * {@link org.partnershipsdk.json.PartnershipJson}.
 */
@SuppressWarnings("module") // org.partnershipsdk.json.jackson2 is built after this module
module org.partnershipsdk.json {
  requires transitive org.partnershipsdk.core;
  requires transitive tools.jackson.databind;

  exports org.partnershipsdk.json;
  // The JSON Schemas are under partnership-sdk/json/schema/v1/, outside any package, so that every
  // module can read them by path without an `opens` (which a package without classes cannot have).

  // The Jackson 2 twin reads and writes through this module's reader and binding table rather than a
  // copy of them, so that the two cannot drift; it checks at setup that it is the same version.
  exports org.partnershipsdk.json.internal to org.partnershipsdk.json.jackson2;

  // Jackson reads the mixin's annotations and instantiates the (de)serializers the binding names.
  opens org.partnershipsdk.json.internal to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with org.partnershipsdk.json.PartnershipJsonModule;
}

/**
 * partnership-sdk JSON: the documented, versioned, lossless wire format of the model, on Jackson 3.
 * Register {@link org.partnershipsdk.json.PartnershipJsonModule} on a mapper, or use
 * {@link org.partnershipsdk.json.PartnershipJson}.
 */
module org.partnershipsdk.json {
  requires transitive org.partnershipsdk.core;
  requires transitive tools.jackson.databind;

  exports org.partnershipsdk.json;

  // Jackson reads the mixins' annotations and instantiates the annotated (de)serializers.
  opens org.partnershipsdk.json.internal to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with org.partnershipsdk.json.PartnershipJsonModule;
}

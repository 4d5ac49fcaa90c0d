/**
 * partnership-sdk JSON for Jackson 2: the SDK's wire format for Jackson 2 mappers
 * ({@code com.fasterxml.jackson.databind}). Register
 * {@link org.partnershipsdk.json.jackson2.PartnershipJackson2Module} on an {@code ObjectMapper};
 * reading and writing go through partnership-json, so both Jacksons give the same documents and the
 * same errors.
 */
module org.partnershipsdk.json.jackson2 {
  requires transitive org.partnershipsdk.json;
  requires transitive com.fasterxml.jackson.databind;

  exports org.partnershipsdk.json.jackson2;

  provides com.fasterxml.jackson.databind.Module with org.partnershipsdk.json.jackson2.PartnershipJackson2Module;
}

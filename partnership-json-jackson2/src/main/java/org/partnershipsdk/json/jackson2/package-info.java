/**
 * The SDK's JSON wire format for Jackson 2: {@link org.partnershipsdk.json.jackson2.PartnershipJackson2Module}
 * for an {@code ObjectMapper}, {@link org.partnershipsdk.json.jackson2.JsonDocument} for whole documents,
 * and {@link org.partnershipsdk.json.jackson2.PartnershipJsonMappingException}, the Jackson 2 form of
 * {@link org.partnershipsdk.json.JsonReadException}.
 */
package org.partnershipsdk.json.jackson2;

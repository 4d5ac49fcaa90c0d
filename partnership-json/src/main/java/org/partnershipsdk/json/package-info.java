/**
 * The JSON wire format of the model, on Jackson 3: {@link org.partnershipsdk.json.PartnershipJson}
 * reads and writes documents (hardened reading, every failure a
 * {@link org.partnershipsdk.json.JsonReadException}), {@link org.partnershipsdk.json.PartnershipJsonModule}
 * binds the model for a mapper of your own, {@link org.partnershipsdk.json.JsonItemReader} and
 * {@link org.partnershipsdk.json.JsonItemWriter} read and write a portfolio's lists one item at a
 * time. The format is described in {@code docs/wire-format.md}.
 */
package org.partnershipsdk.json;

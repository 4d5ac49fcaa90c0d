/**
 * The Bean Validation constraints the model declares. Users rarely need them directly: they are read by
 * {@link org.partnershipsdk.core.validation.ModelValidator}.
 */
package org.partnershipsdk.core.validation.constraints;

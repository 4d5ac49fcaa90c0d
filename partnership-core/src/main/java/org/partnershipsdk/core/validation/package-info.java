/**
 * Validation of the model: one entry point ({@link org.partnershipsdk.core.validation.ModelValidator}) that
 * returns every violation at once with a stable code, a path and a message in English and French.
 */
package org.partnershipsdk.core.validation;

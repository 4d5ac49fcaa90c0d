/**
 * Implementation of validation: engine bootstrap, validators, violation mapping. Not for public use.
 */
package org.partnershipsdk.core.internal.validation;

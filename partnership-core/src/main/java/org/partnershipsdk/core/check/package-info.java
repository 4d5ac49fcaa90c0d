/**
 * Validation and good-practice rules in one call: {@link org.partnershipsdk.core.check.Checker}
 * validates a model value, runs a profile's rules on it, and gives one
 * {@link org.partnershipsdk.core.check.CheckReport} of every problem, each with its element, path,
 * JSON Pointer and message.
 */
package org.partnershipsdk.core.check;

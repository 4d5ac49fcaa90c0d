/**
 * Seeded, reproducible generators of model values for property tests, usable from any test
 * framework: {@link org.partnershipsdk.testkit.Gen} and {@link org.partnershipsdk.testkit.GenContext}
 * to generate, {@link org.partnershipsdk.testkit.Seeds} and {@link org.partnershipsdk.testkit.PropertyCheck}
 * to run a property over many seeds and name the one that fails.
 */
package org.partnershipsdk.testkit;

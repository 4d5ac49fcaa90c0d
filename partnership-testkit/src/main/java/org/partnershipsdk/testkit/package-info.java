/**
 * Seeded, reproducible generators of model values for property tests, usable from any test
 * framework.
 *
 * <ul>
 *   <li>{@link org.partnershipsdk.testkit.Generators}: valid values of every model type, from
 *       territories to whole portfolios, and drafts carrying one chosen
 *       {@link org.partnershipsdk.testkit.Defect} with the violation validation must report
 *       ({@link org.partnershipsdk.testkit.Broken});
 *   <li>{@link org.partnershipsdk.testkit.Gen} and {@link org.partnershipsdk.testkit.GenContext}:
 *       a generator and the seeded randomness and size it draws from;
 *   <li>{@link org.partnershipsdk.testkit.Seeds} and {@link org.partnershipsdk.testkit.PropertyCheck}:
 *       many seeds, the same on every run, and a runner that names the seed of the first failure so
 *       that it can be replayed with {@code -Dpartnership.seed=SEED};
 *   <li>{@link org.partnershipsdk.testkit.RealCases}: the real cases of the field as one portfolio,
 *       and the fixed day to run time-based rules on.
 * </ul>
 */
package org.partnershipsdk.testkit;

/**
 * Project-cycle checks: a rules engine that runs rules of good partnership practice over a whole
 * portfolio and reports findings with stable ids, severities, paths and messages in English and
 * French. {@link org.partnershipsdk.core.rules.Profiles} holds the built-in profiles (default, CAAC,
 * EXPLOR); {@link org.partnershipsdk.core.rules.Rule#of} writes a custom rule in a few lines.
 */
package org.partnershipsdk.core.rules;

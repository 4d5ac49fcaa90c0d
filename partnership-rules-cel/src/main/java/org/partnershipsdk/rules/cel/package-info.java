/**
 * Rules and profiles as files: YAML (or JSON) that people who do not write Java can write and
 * share, their conditions in the Common Expression Language (CEL), type-checked against the model
 * when a file is loaded, compiled once, and run by partnership-core's
 * {@link org.partnershipsdk.core.rules.RulesEngine} beside the built-in rules.
 * {@link org.partnershipsdk.rules.cel.RuleFiles} loads a file;
 * {@link org.partnershipsdk.rules.cel.RuleFile#applyTo} derives a profile from it. The format, the
 * variables and the functions are documented in {@code docs/rule-files.md}.
 */
package org.partnershipsdk.rules.cel;

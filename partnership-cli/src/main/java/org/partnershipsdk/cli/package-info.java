/**
 * partnership-cli, the command-line checker of the SDK's JSON documents: {@code check} validates
 * documents and runs on them the rules of each element's programme's profile, {@code rules} and
 * {@code explain} print the rules,
 * {@code schema} prints the JSON Schemas. Its entry point is {@link
 * org.partnershipsdk.cli.PartnershipCli}; the module's README documents the commands, the
 * exit codes and both output formats.
 */
package org.partnershipsdk.cli;

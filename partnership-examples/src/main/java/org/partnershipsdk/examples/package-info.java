/**
 * Runnable examples of the SDK on the real cases of the domain, each a small class with a
 * {@code main} to read and copy: building an initiative and a mission, validating a draft, moving an
 * initiative through its project cycle, running the CAAC and EXPLOR profiles, writing a custom rule,
 * reading and writing JSON, and analysing reciprocity assessments. {@link
 * org.partnershipsdk.examples.ExampleDocuments} loads the example documents shipped with them. Not
 * published: the module's README lists every example and how to run it.
 */
package org.partnershipsdk.examples;

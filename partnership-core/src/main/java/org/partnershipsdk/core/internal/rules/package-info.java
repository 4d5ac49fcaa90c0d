/** The built-in rules of good partnership practice. Not for public use: see {@code BuiltInRules}. */
package org.partnershipsdk.core.internal.rules;

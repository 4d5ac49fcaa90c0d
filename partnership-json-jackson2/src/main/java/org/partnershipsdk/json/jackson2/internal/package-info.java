/**
 * How the Jackson 2 module hands values to partnership-json and back: the token copies, the reading
 * of a Jackson 2 parser's value as text, the version checks. Not exported; not for public use.
 */
package org.partnershipsdk.json.jackson2.internal;

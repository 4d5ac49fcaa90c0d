/**
 * A portfolio: everything an organisation follows, in one value, as stored, exchanged and checked.
 */
package org.partnershipsdk.core.portfolio;

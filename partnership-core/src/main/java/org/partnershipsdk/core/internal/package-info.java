/**
 * Implementation details. Not for public use: anything here may change without notice.
 */
package org.partnershipsdk.core.internal;

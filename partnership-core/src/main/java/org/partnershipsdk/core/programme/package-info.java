/**
 * Programmes (dispositifs) such as CAAC and EXPLOR: the frame under which initiatives and missions are supported,
 * with their phases.
 */
package org.partnershipsdk.core.programme;

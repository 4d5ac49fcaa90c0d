/**
 * Short volunteer missions (missions courtes de volontaires, EXPLOR): type, direction, zone, holder, local
 * partner, volunteers' structure, volunteers (personal data), preparation and return.
 */
package org.partnershipsdk.core.mission;

/**
 * Initiatives (projects that emanate from partners): participants and their roles, design mode, territories,
 * budget and co-financing, evaluations, follow-up contacts and their project cycle.
 */
package org.partnershipsdk.core.initiative;

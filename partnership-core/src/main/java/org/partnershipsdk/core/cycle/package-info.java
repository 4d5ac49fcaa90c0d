/**
 * The project cycle (cycle de projet): stages in order, the dated stage history, and transitions as checked
 * operations that return the moved value or the reasons it cannot move.
 */
package org.partnershipsdk.core.cycle;

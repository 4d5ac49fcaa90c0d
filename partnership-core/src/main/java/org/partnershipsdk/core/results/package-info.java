/**
 * Results frameworks (cadre logique): objectives, expected results and activities, their indicators with
 * baselines, targets and measured values, and assumptions.
 */
package org.partnershipsdk.core.results;

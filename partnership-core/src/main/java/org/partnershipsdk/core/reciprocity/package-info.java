/**
 * Reciprocity assessments (baromètre de la réciprocité): criteria, declared scale, one answer set per side,
 * and their analysis.
 */
package org.partnershipsdk.core.reciprocity;

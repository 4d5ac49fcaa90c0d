/**
 * Reciprocity assessments (baromètre de la réciprocité): a self-diagnosis of one partnership through the lens
 * of reciprocity, answered by each side separately.
 *
 * <p>A {@link org.partnershipsdk.core.reciprocity.ReciprocityAssessment} holds the
 * {@link org.partnershipsdk.core.reciprocity.CriteriaSet} it was answered on (criteria and scale, versioned;
 * {@link org.partnershipsdk.core.reciprocity.CriteriaSets#standard()} by default) and one
 * {@link org.partnershipsdk.core.reciprocity.Response} per responding organisation.
 * {@link org.partnershipsdk.core.reciprocity.ReciprocityAnalysis} turns it into scores, indexes and perception
 * gaps on 0–100; {@link org.partnershipsdk.core.reciprocity.ReciprocityTrend} compares two assessments of the
 * same partnership.
 */
package org.partnershipsdk.core.reciprocity;

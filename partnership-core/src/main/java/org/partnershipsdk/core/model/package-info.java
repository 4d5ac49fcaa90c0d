/**
 * The shared vocabulary of the model: typed identifiers, countries, currencies and money, territories, periods,
 * Sustainable Development Goals, fields of action, and the SDK's exceptions.
 */
package org.partnershipsdk.core.model;

/**
 * Partnerships (relations partenariales): the lasting relation between a supporting organisation and a partner,
 * who follows it and what kind of support it gives.
 */
package org.partnershipsdk.core.partnership;

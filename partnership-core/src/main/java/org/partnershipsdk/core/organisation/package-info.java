/**
 * Organisations and partners (partenaires, OSC, OSIM, acteurs de l'ESS): their nature, where they are, their
 * fields of action and their contact persons (personal data).
 */
package org.partnershipsdk.core.organisation;

/**
 * Money and obligations (financements et engagements): budget lines, funding agreements with their
 * tranches and reporting obligations, signatories (personal data), and transactions whose kinds map
 * onto IATI's transaction types.
 */
package org.partnershipsdk.core.funding;

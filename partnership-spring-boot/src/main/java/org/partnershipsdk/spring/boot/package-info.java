/**
 * Spring Boot auto-configuration of partnership-sdk: {@link org.partnershipsdk.spring.boot.PartnershipAutoConfiguration}
 * and its {@code partnership.*} properties, and RFC 9457 problem details for the SDK's reports.
 */
package org.partnershipsdk.spring.boot;

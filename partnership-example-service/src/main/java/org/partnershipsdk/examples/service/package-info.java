/**
 * An example Spring Boot REST service over the real cases, built on partnership-spring-boot-starter.
 */
package org.partnershipsdk.examples.service;

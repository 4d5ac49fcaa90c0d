package org.partnershipsdk.core.internal.validation;

/**
 * One node of a violation's path as {@link ViolationMapper} renders it, whichever engine found the
 * violation. Not for public use.
 *
 * @param name the property's name; null for a bean, and names in angle brackets
 *     ({@code <list element>}) are not shown
 * @param index the node's index in a list, or null
 * @param key the node's key in a map, or null
 */
public record PathNode(String name, Integer index, Object key) {}

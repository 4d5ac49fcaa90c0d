/**
 * The binding's machinery: the table of model types, the introspector and mixin that give it to
 * Jackson, serializers and
 * deserializers, the hardened mapper, the document reader and writer. Not exported; not for public
 * use.
 */
package org.partnershipsdk.json.internal;

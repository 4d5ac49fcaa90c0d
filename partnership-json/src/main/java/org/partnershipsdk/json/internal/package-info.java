/**
 * The binding's machinery: mixins of the model types and their builders, serializers and
 * deserializers, the hardened mapper, the document reader and writer. Not exported; not for public
 * use.
 */
package org.partnershipsdk.json.internal;

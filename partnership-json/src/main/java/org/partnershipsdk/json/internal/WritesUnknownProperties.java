package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Marks {@code unknownProperties()} in the model types' mixin: the properties the SDK does not know
 * are written back, after the known ones, unchanged. Not for public use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@JacksonAnnotationsInside
@JsonAnyGetter
@JsonSerialize(using = UnknownPropertiesSerializer.class)
@interface WritesUnknownProperties {}

package org.partnershipsdk.json.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Marks {@code putUnknownProperty(String, String)} in the builders' mixin: every property the SDK
 * does not know is kept as raw JSON text (or, under the strict reader, recorded to be rejected). Not
 * for public use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@JacksonAnnotationsInside
@JsonAnySetter
@JsonDeserialize(contentUsing = UnknownPropertyDeserializer.class)
@interface KeepsUnknownProperties {}
